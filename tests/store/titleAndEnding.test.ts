/**
 * After the ending: the title offers an ended game as one to see, in the week
 * it ended (never "continue … week N+1"), and the ending names what was
 * signed for people and says which of it was broken later.
 */
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/engine/index';
import { selectEnding } from '../../src/store/selectEnding';
import { CEASEFIRE, playToEnding, startUkraine, UA } from './kit';
import { O } from '../ids';

describe('the title after a game', () => {
  it('offers a game in play at its next week, and an ended game at the week it ended', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] });
    app.actions.endWeek();
    app.actions.backToTitle();
    expect(app.savedSummary()).toEqual({
      title: 'Test talks (frozen UI fixture)',
      week: 2,
      unit: 'week',
      ended: false,
    });

    app.actions.continueSaved();
    expect(app.store.getState().screen).toBe('table');
    app.actions.endWeek();
    const counter = app.store.getState().game?.view.toAnswer.find((p) => p.counters === 'w1-ukraine-1');
    if (counter) app.actions.addOrder({ type: 'accept', actor: UA, package: counter.id });
    while (app.store.getState().screen === 'table') app.actions.endWeek();
    const ended = app.store.getState().game?.debrief?.state.ended;
    app.actions.backToTitle();
    expect(app.savedSummary()).toEqual({
      title: 'Test talks (frozen UI fixture)',
      week: ended?.week,
      unit: 'week',
      ended: true,
    });

    app.actions.continueSaved();
    expect(app.store.getState().screen).toBe('ending');
  });
});

describe('the ending', () => {
  it('names each signed package for people and marks a lever broken after it was signed', () => {
    const { app } = startUkraine();
    playToEnding(app);
    const game = app.store.getState().game;
    const debrief = game?.debrief;
    if (!game || !debrief) throw new Error('no ending');
    const plain = selectEnding(game);
    expect(plain?.signed.map((s) => [s.name, s.broken])).toEqual([
      ['Your offer of week 1', []],
      ["Russia's counter-offer of week 2", []],
    ]);
    const ceasefire = plain?.levers[CEASEFIRE];
    expect(ceasefire).toMatchObject({ settled: true, signedWeek: 3, brokenWeek: null });

    // The same game with the ceasefire broken before the end: the package and the lever both say so.
    const ending = debrief.events.findIndex((e) => e.type === 'game_ended');
    const broken: GameEvent = { type: 'lever_broken', lever: CEASEFIRE };
    const events = [...debrief.events.slice(0, ending), broken, ...debrief.events.slice(ending)];
    const levers = debrief.state.levers.map((l, i) => (i === CEASEFIRE ? { ...l, option: O(0), settled: false } : l));
    const after = selectEnding({ ...game, debrief: { ...debrief, events, state: { ...debrief.state, levers } } });
    expect(after?.signed[1]?.broken).toEqual([`${ceasefire?.name} (week 3)`]);
    expect(after?.levers[CEASEFIRE]).toMatchObject({ settled: false, signedWeek: 3, brokenWeek: 3 });
  });
});
