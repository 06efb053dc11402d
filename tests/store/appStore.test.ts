// The store as the screens use it: start a game, give orders (the rules
// refuse illegal ones with a code and a message, kept next to the control),
// end weeks, autosave and resume to the very same game, set aside a save that
// cannot be resumed, continue after going back to the title, and branch from
// an earlier week. The table's UI state is a slice of the store, changed by
// actions only.
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/engine/index';
import { parseRecord } from '../../src/engine/loader';
import { LEGACY_KEY, memoryStorage } from '../../src/store/SavedGames';
import { selectAdvice } from '../../src/store/selectOrdersModel';
import { CEASEFIRE, latestKey, makeApp, MINERALS, playToEnding, RU, startUkraine, UA, US } from './kit';
import { O } from '../ids';

/** The record in a record's text, or in an exported game's. */
function recordOf(text: string | null): GameRecord {
  const data = JSON.parse(text ?? 'null') as { format?: string; record?: unknown } | null;
  const parsed = parseRecord(data?.format === 'parley-saved-game' ? JSON.stringify(data.record) : (text ?? ''));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.record;
}

describe('app store', () => {
  it('lists the tutorial first, shows the roles, and starts a game on the table', () => {
    const { app } = makeApp();
    expect(app.store.getState().catalog.map((c) => c.id)).toEqual(['tutorial', 'ui-talks']);
    app.actions.openBundled('ui-talks.yaml');
    const role = app.store.getState();
    expect(role.screen).toBe('role');
    expect(role.role?.scenario.actors.map((a) => a.name)).toEqual(['Ukraine', 'Russia', 'United States']);
    expect(role.role?.briefings[UA]).toMatch(/^We want the guns to fall silent/);
    app.actions.chooseRole(UA);
    const s = app.store.getState();
    expect(s.screen).toBe('table');
    expect(s.seat).toBe(UA);
    expect(s.game?.view.actor).toBe(UA);
    expect(s.game?.view.week).toBe(1);
    expect(s.role).toBeNull();
    expect(s.choices?.points).toEqual({ total: 3, spent: 0, left: 3 });
  });

  it('adds legal orders, refuses illegal ones with a code and a message, removes orders', () => {
    const { app } = startUkraine();
    expect(
      app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] }),
    ).toBeNull();
    expect(app.actions.addOrder({ type: 'meet', actor: UA, with: [RU, US] }, 'meet')).toMatchObject({
      code: 'MEETING_RESTRICTED',
    });
    // The refusal is kept for its control, in plain words.
    expect(app.store.getState().ui.refusals['meet']?.message).toContain('meet alone');
    expect(
      app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(2) }] }),
    ).toMatchObject({ code: 'LEVER_IN_PLAY' });
    expect(
      app.actions.addOrder({ type: 'propose', actor: RU, clauses: [{ lever: CEASEFIRE, option: O(1) }] }),
    ).toMatchObject({ code: 'NOT_YOUR_SEAT' });
    expect(app.actions.addOrder({ type: 'meet', actor: UA, with: [US] })).toBeNull();
    // A success clears the refusals shown.
    expect(app.store.getState().ui.refusals).toEqual({});
    expect(
      app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] }),
    ).toBeNull();
    expect(app.actions.addOrder({ type: 'flexibility', actor: UA, lever: CEASEFIRE })).toMatchObject({
      code: 'NOT_ENOUGH_POINTS',
    });
    expect(app.store.getState().orders).toHaveLength(3);
    // The choices follow the orders: no points left, so nothing that costs one is possible.
    expect(app.store.getState().choices?.kinds.meet.refusal?.code).toBe('NOT_ENOUGH_POINTS');
    app.actions.removeOrder(1);
    expect(app.store.getState().orders.map((o) => o.type)).toEqual(['propose', 'propose']);
    expect(app.store.getState().choices?.points.left).toBe(1);
  });

  it('composes orders from the ui slice: a package, a counter-offer prefilled, a meeting, a statement', () => {
    const { app } = startUkraine();
    const { actions } = app;
    const ui = () => app.store.getState().ui;
    actions.setClause(MINERALS, O(1));
    actions.setClause(CEASEFIRE, O(2));
    actions.setClause(CEASEFIRE, null);
    expect(ui().draft).toEqual([{ lever: MINERALS, option: 1 }]);
    expect(actions.addPackage()).toBeNull();
    expect(ui()).toMatchObject({ draft: [], confirmation: 'Proposal added to your orders.' });
    // The same lever again: refused, kept for the composer, and the draft stays.
    actions.setClause(MINERALS, O(2));
    expect(actions.addPackage()).toMatchObject({ code: 'LEVER_IN_PLAY' });
    expect(ui().refusals['propose']?.code).toBe('LEVER_IN_PLAY');
    expect(ui().draft).toEqual([{ lever: MINERALS, option: 2 }]);
    // Changing the composer clears its refusal.
    actions.setClause(MINERALS, null);
    expect(ui().refusals['propose']).toBeUndefined();

    actions.setMeetWith(RU, true);
    actions.setMeetWith(US, true);
    expect(actions.addMeeting()).toMatchObject({ code: 'MEETING_RESTRICTED' });
    actions.setMeetWith(RU, false);
    expect(actions.addMeeting()).toBeNull();
    expect(ui().meetWith).toEqual([]);

    actions.selectOrdersTab('statement');
    actions.setStatementKind('red_line');
    actions.setRedLineOption(O(0), true);
    expect(actions.addStatement()).toMatchObject({ code: 'RED_LINE_STATUS_QUO' });
    actions.setRedLineOption(O(0), false);
    actions.setRedLineOption(O(2), true);
    expect(actions.addStatement()).toBeNull();
    expect(app.store.getState().orders.map((o) => o.type)).toEqual(['propose', 'meet', 'red_line']);

    actions.endWeek();
    // A new week opens on the answers when a package awaits one, with nothing composed.
    expect(ui()).toMatchObject({ ordersTab: 'answer', draft: [], refusals: {}, confirmation: null });
    // A proposal being composed is set aside while a counter-offer is made, and comes back when it is cancelled.
    actions.setClause(CEASEFIRE, O(1));
    expect(actions.startCounter('w1-usa-1')).toBeNull();
    const counter = app.store.getState().game?.view.toAnswer.find((p) => p.id === 'w1-usa-1');
    expect(counter?.clauses.map((c) => c.lever)).toEqual([MINERALS, CEASEFIRE]);
    // Prefilled with the terms Ukraine may propose: its own minerals offer of week 1 still holds that lever.
    expect(ui()).toMatchObject({
      ordersTab: 'propose',
      counterTo: 'w1-usa-1',
      draft: counter?.clauses.filter((c) => c.lever !== MINERALS),
      setAside: [{ lever: CEASEFIRE, option: 1 }],
    });
    actions.cancelCounter();
    expect(ui()).toMatchObject({ counterTo: null, draft: [{ lever: CEASEFIRE, option: 1 }], setAside: [] });
    actions.setClause(CEASEFIRE, null);
    expect(actions.answer('w1-usa-1', 'reject')).toBeNull();
    expect(ui().confirmation).toBe("You reject United States' offer of week 1.");
    expect(actions.answer('w1-usa-1', 'accept')).toMatchObject({ code: 'ALREADY_ANSWERED' });
    expect(ui().refusals['answer:w1-usa-1']?.code).toBe('ALREADY_ANSWERED');
    // Answered: no counter-offer either, said beside its button; the composer is left as it was.
    expect(actions.startCounter('w1-usa-1')).toMatchObject({ code: 'ALREADY_ANSWERED' });
    expect(ui().refusals['answer:w1-usa-1-counter']?.code).toBe('ALREADY_ANSWERED');
    expect(ui()).toMatchObject({ counterTo: null, draft: [] });
  });

  it('ends weeks: the AI answers, a package is signed, and the game reaches its ending with a debrief', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] });
    app.actions.endWeek();
    expect(app.store.getState().game?.view.week).toBe(2);
    expect(app.store.getState().orders).toEqual([]);
    expect(app.store.getState().game?.debrief).toBeNull();
    app.actions.endWeek();
    const week3 = app.store.getState().game;
    expect(week3?.view.levers[MINERALS]).toMatchObject({ settled: true, option: 1 });
    const counter = week3?.view.toAnswer.find((p) => p.counters === 'w1-ukraine-2');
    expect(counter?.proposer).toBe(RU);
    app.actions.addOrder({ type: 'accept', actor: UA, package: counter?.id ?? '' });
    app.actions.endWeek();
    const end = app.store.getState();
    expect(end.screen).toBe('ending');
    expect(end.game?.view.ended).toMatchObject({ week: 3 });
    expect(end.game?.debrief?.scores).toHaveLength(3);
    expect(end.choices?.kinds.propose.refusal?.code).toBe('GAME_OVER');
  });

  it('autosaves every change; a new store resumes the same game, log and orders, with nothing to animate', () => {
    const slot = memoryStorage();
    const { app } = startUkraine(slot);
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.endWeek();
    app.actions.addOrder({ type: 'reject', actor: UA, package: 'w1-usa-1' });
    const before = app.store.getState();
    expect(before.game?.fresh.length).toBeGreaterThan(0);
    expect(slot.data.get(latestKey(slot))).toBeDefined();
    // The save holds the record, with the AI's memories, and the draft orders.
    expect(recordOf(JSON.stringify(JSON.parse(slot.data.get(latestKey(slot)) ?? '{}').record)).memories).toHaveLength(
      2,
    );

    const resumed = makeApp(slot).app;
    const again = resumed.store.getState();
    expect(again.screen).toBe('table');
    expect(again.game?.view.week).toBe(2);
    expect(again.game?.view.values).toEqual(before.game?.view.values);
    expect(again.game?.view.inbox).toEqual(before.game?.view.inbox);
    expect(again.game?.view.estimates).toEqual(before.game?.view.estimates);
    expect(again.game?.log).toEqual(before.game?.log);
    expect(again.game?.fresh).toEqual([]);
    expect(again.orders).toEqual(before.orders);
    expect(resumed.actions.exportGame()).toBe(app.actions.exportGame());
  });

  it('a resumed game plays on exactly as the original would', () => {
    const slot = memoryStorage();
    const first = startUkraine(slot).app;
    first.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] });
    first.actions.endWeek();
    const resumed = makeApp(slot).app;
    first.actions.endWeek();
    resumed.actions.endWeek();
    expect(resumed.actions.exportGame()).toBe(first.actions.exportGame());
    expect(resumed.store.getState().game?.log).toEqual(first.store.getState().game?.log);
  });

  it('reports a saved order the rules now refuse instead of dropping it silently', () => {
    const slot = memoryStorage();
    startUkraine(slot).app.actions.addOrder({
      type: 'propose',
      actor: UA,
      clauses: [{ lever: MINERALS, option: O(1) }],
    });
    const saved = JSON.parse(slot.data.get(latestKey(slot)) ?? '{}') as { orders: unknown[] };
    saved.orders.push({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 2 }] });
    slot.data.set(latestKey(slot), JSON.stringify(saved));
    const s = makeApp(slot).app.store.getState();
    expect(s.orders).toHaveLength(1);
    expect(s.notice).toMatchObject({ kind: 'error', code: 'LEVER_IN_PLAY' });
  });

  it('sets aside a corrupted save and reports it, never throwing', () => {
    const slot = memoryStorage();
    slot.data.set(LEGACY_KEY, 'garbage{');
    const { app } = makeApp(slot);
    const s = app.store.getState();
    expect(s.screen).toBe('title');
    expect(s.saveProblem).toContain('could not be resumed (the save is not readable)');
    // Moved from the single slot of earlier versions into its own entry, kept as it was and marked set aside.
    expect(slot.data.get(latestKey(slot))).toBe('garbage{');
    expect(s.savedGames[0]?.setAside).toContain('the save is not readable');
    expect(slot.data.has(LEGACY_KEY)).toBe(false);
    expect(app.hasSave()).toBe(false);
  });

  it('sets aside a foreign save and a save whose record was edited', () => {
    const foreign = memoryStorage();
    foreign.data.set(LEGACY_KEY, JSON.stringify({ version: 2, scenario: {}, record: {} }));
    expect(makeApp(foreign).app.store.getState().saveProblem).toContain('another version or damaged');

    const slot = memoryStorage();
    startUkraine(slot).app.actions.endWeek();
    const saved = JSON.parse(slot.data.get(latestKey(slot)) ?? '{}') as { record: { seed: number } };
    saved.record.seed += 1;
    slot.data.set(latestKey(slot), JSON.stringify(saved));
    const { app } = makeApp(slot);
    expect(app.store.getState().saveProblem).toMatch(/changed by hand after it was saved/);
    expect(app.store.getState().screen).toBe('title');
  });

  it('goes back to the title with the save kept, and continues it', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    app.actions.backToTitle();
    expect(app.store.getState()).toMatchObject({ screen: 'title', game: null, choices: null });
    expect(app.hasSave()).toBe(true);
    expect(app.savedSummary()).toEqual({
      title: 'Test talks (frozen UI fixture)',
      week: 2,
      unit: 'week',
      ended: false,
    });
    app.actions.continueSaved();
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: UA });
    expect(app.store.getState().game?.view.week).toBe(2);
  });

  it('branches from an earlier week with the same seed, labelled as a branch', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.endWeek();
    app.actions.endWeek();
    const original = recordOf(app.actions.exportGame());
    app.actions.replayFromWeek(2);
    const branch = app.store.getState().game;
    const record = recordOf(app.actions.exportGame());
    expect(branch?.view.week).toBe(2);
    expect(branch?.branch).toBe(true);
    expect(record.seed).toBe(original.seed);
    expect(record.branchOf).toEqual({ checksum: original.checksum, week: 2 });
    // Week 1 is kept: the minerals proposal is awaiting its answer again.
    expect(branch?.view.awaiting.some((p) => p.id === 'w1-ukraine-1')).toBe(true);
  });

  it('a branch from the ending plays on', () => {
    const { app } = startUkraine();
    playToEnding(app);
    expect(app.store.getState().screen).toBe('ending');
    app.actions.replayFromWeek(3);
    expect(app.store.getState()).toMatchObject({ screen: 'table' });
    expect(app.store.getState().game).toMatchObject({ debrief: null, branch: true, fresh: [] });
    app.actions.endWeek();
    expect(app.store.getState().game?.view.week).toBe(4);
  });

  it('asks the adviser for the seat, and exports a game that imports back', () => {
    const { app } = startUkraine();
    app.actions.askAdviser();
    const advice = app.store.getState().advice;
    expect(advice && 'clauses' in advice ? advice.reservation : null).toEqual(expect.any(Number));
    expect(selectAdvice(app.store.getState())).toMatchObject({ reasons: expect.arrayContaining([expect.any(String)]) });
    app.actions.loadAdvice();
    expect(app.store.getState().ui.draft).toEqual(advice && 'clauses' in advice ? advice.clauses : []);
    app.actions.endWeek();
    const text = app.actions.exportGame() ?? '';
    const other = makeApp().app;
    other.actions.openBundled('ui-talks.yaml');
    other.actions.importGame(text);
    expect(other.actions.exportGame()).toBe(text);
    expect(other.store.getState().game?.view.values).toEqual(app.store.getState().game?.view.values);
  });
});
