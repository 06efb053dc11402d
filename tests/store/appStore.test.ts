// The store as the screens use it: start a game, give orders (the rules
// refuse illegal ones with a code and a message), end weeks, autosave and
// resume to the very same state, set aside a save that cannot be resumed,
// continue after going back to the title, and branch from an earlier week.
import { describe, expect, it } from 'vitest';
import { stateHashOf } from '../../src/engine/replay/hashes';
import { memorySlot, SAVE_KEY, SET_ASIDE_KEY } from '../../src/store/SaveSlot';
import { CEASEFIRE, makeApp, MINERALS, RU, startUkraine, UA, US } from './kit';

describe('app store', () => {
  it('lists the tutorial first and starts a game on the table', () => {
    const { app } = makeApp();
    expect(app.store.getState().catalog.map((c) => c.id)).toEqual(['tutorial', 'ui-talks']);
    app.actions.openBundled('ui-talks.yaml');
    expect(app.store.getState().screen).toBe('role');
    app.actions.chooseRole(UA);
    const s = app.store.getState();
    expect(s.screen).toBe('table');
    expect(s.seat).toBe(UA);
    expect(s.game?.state.week).toBe(1);
  });

  it('adds legal orders, refuses illegal ones with a code and a message, removes orders', () => {
    const { app } = startUkraine();
    expect(app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] })).toBeNull();
    expect(app.actions.addOrder({ type: 'meet', actor: UA, with: [RU, US] })).toMatchObject({
      code: 'MEETING_RESTRICTED',
    });
    expect(
      app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 2 }] }),
    ).toMatchObject({ code: 'LEVER_IN_PLAY' });
    expect(
      app.actions.addOrder({ type: 'propose', actor: RU, clauses: [{ lever: CEASEFIRE, option: 1 }] }),
    ).toMatchObject({ code: 'NOT_YOUR_SEAT' });
    expect(app.actions.addOrder({ type: 'meet', actor: UA, with: [US] })).toBeNull();
    expect(app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: 2 }] })).toBeNull();
    expect(app.actions.addOrder({ type: 'flexibility', actor: UA, lever: CEASEFIRE })).toMatchObject({
      code: 'NOT_ENOUGH_POINTS',
    });
    expect(app.store.getState().orders).toHaveLength(3);
    app.actions.removeOrder(1);
    expect(app.store.getState().orders.map((o) => o.type)).toEqual(['propose', 'propose']);
  });

  it('ends weeks: the AI answers, a package is signed, and the game reaches its ending', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] });
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: 2 }] });
    app.actions.endWeek();
    expect(app.store.getState().game?.state.week).toBe(2);
    expect(app.store.getState().orders).toEqual([]);
    app.actions.endWeek();
    const week3 = app.store.getState().game!;
    expect(week3.state.levers[MINERALS]).toMatchObject({ settled: true, option: 1 });
    const counter = week3.state.inbox.find((p) => p.counters === 'w1-ukraine-2')!;
    expect(counter.proposer).toBe(RU);
    app.actions.addOrder({ type: 'accept', actor: UA, package: counter.id });
    app.actions.endWeek();
    const end = app.store.getState();
    expect(end.screen).toBe('ending');
    expect(end.game?.state.ended).toMatchObject({ week: 3 });
  });

  it('autosaves every change; a new store resumes the same state, events and orders', () => {
    const slot = memorySlot();
    const { app } = startUkraine(slot);
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] });
    app.actions.endWeek();
    app.actions.addOrder({ type: 'reject', actor: UA, package: 'w1-usa-1' });
    const before = app.store.getState();
    expect(slot.data.get(SAVE_KEY)).toBeDefined();

    const again = makeApp(slot).app.store.getState();
    expect(again.screen).toBe('table');
    expect(stateHashOf(again.game!.state)).toBe(stateHashOf(before.game!.state));
    expect(again.game!.events).toEqual(before.game!.events);
    expect(again.orders).toEqual(before.orders);
    expect(again.game!.record.checksum).toBe(before.game!.record.checksum);
  });

  it('a resumed game plays on exactly as the original would', () => {
    const slot = memorySlot();
    const first = startUkraine(slot).app;
    first.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: 2 }] });
    first.actions.endWeek();
    const resumed = makeApp(slot).app;
    first.actions.endWeek();
    resumed.actions.endWeek();
    expect(stateHashOf(resumed.store.getState().game!.state)).toBe(stateHashOf(first.store.getState().game!.state));
  });

  it('sets aside a corrupted save and reports it, never throwing', () => {
    const slot = memorySlot();
    slot.write('garbage{');
    const { app } = makeApp(slot);
    const s = app.store.getState();
    expect(s.screen).toBe('title');
    expect(s.saveProblem).toContain('could not be resumed (the save is not readable)');
    expect(slot.data.get(SET_ASIDE_KEY)).toBe('garbage{');
    expect(slot.data.has(SAVE_KEY)).toBe(false);
    expect(app.hasSave()).toBe(false);
  });

  it('sets aside a foreign save and a save whose record was edited', () => {
    const foreign = memorySlot();
    foreign.write(JSON.stringify({ version: 2, scenario: {}, record: {} }));
    expect(makeApp(foreign).app.store.getState().saveProblem).toContain('another version or damaged');

    const slot = memorySlot();
    startUkraine(slot).app.actions.endWeek();
    const saved = JSON.parse(slot.data.get(SAVE_KEY)!) as { record: { seed: number } };
    saved.record.seed += 1;
    slot.write(JSON.stringify(saved));
    const { app } = makeApp(slot);
    expect(app.store.getState().saveProblem).toMatch(/edited/);
    expect(app.store.getState().screen).toBe('title');
  });

  it('goes back to the title with the save kept, and continues it', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    app.actions.backToTitle();
    expect(app.store.getState().screen).toBe('title');
    expect(app.hasSave()).toBe(true);
    expect(app.savedSummary()).toEqual({ title: 'Test talks (frozen UI fixture)', week: 2 });
    app.actions.continueSaved();
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: UA });
    expect(app.store.getState().game?.state.week).toBe(2);
  });

  it('branches from an earlier week with the same seed, labelled as a branch', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] });
    app.actions.endWeek();
    app.actions.endWeek();
    const original = app.store.getState().game!;
    app.actions.replayFromWeek(2);
    const branch = app.store.getState().game!;
    expect(branch.state.week).toBe(2);
    expect(branch.record.seed).toBe(original.record.seed);
    expect(branch.record.branchOf).toEqual({ checksum: original.record.checksum, week: 2 });
    // Week 1 is kept: the minerals proposal is awaiting its answer again.
    expect(branch.state.inbox.some((p) => p.id === 'w1-ukraine-1')).toBe(true);
  });

  it('asks the adviser for the seat, and exports a game that imports back', () => {
    const { app } = startUkraine();
    app.actions.askAdviser();
    const advice = app.store.getState().advice;
    expect(advice && 'clauses' in advice ? advice.reasons.length : 0).toBeGreaterThan(0);
    app.actions.endWeek();
    const text = app.actions.exportGame()!;
    const other = makeApp().app;
    other.actions.openBundled('ui-talks.yaml');
    other.actions.importGame(text);
    expect(stateHashOf(other.store.getState().game!.state)).toBe(stateHashOf(app.store.getState().game!.state));
  });
});
