// What the screens are given: the composer's estimate (parties derived from
// the levers, the seat's own value against no deal, estimates of the others
// from what the seat has seen only), the orders model (every lever, with why
// it cannot be proposed now), the seat's log, and the ending with grades.
import { describe, expect, it } from 'vitest';
import { makeEstimator } from '../../src/store/estimatePackage';
import { selectEnding } from '../../src/store/selectEnding';
import { selectLog } from '../../src/store/selectLog';
import { selectOrdersModel } from '../../src/store/selectOrdersModel';
import { CEASEFIRE, MINERALS, RU, SANCTIONS, startUkraine, UA, US } from './kit';

describe('store selectors', () => {
  it('estimates a package: derived parties, own value against no deal, the others as estimates', () => {
    const { app } = startUkraine();
    const scenario = app.scenario()!;
    const { state, events } = app.store.getState().game!;
    const estimate = makeEstimator(scenario, state, events, UA);
    const fund = estimate([{ lever: MINERALS, option: 1 }]);
    expect(fund.parties).toEqual([UA, US]);
    // Ukraine's own numbers: minerals 0.3 × (80 − 50) = +9 over the status quo.
    expect(fund.own - fund.current).toBeCloseTo(9, 6);
    expect(fund.reservation).toBeCloseTo(43 - 0.05 * 60, 6);
    expect(fund.others.map((o) => o.actor)).toEqual([US]);
    // Nothing seen yet: every option is "unknown" to the model, so no gain either way.
    expect(fund.others[0]!.gain).toBe(0);
    expect(
      estimate([
        { lever: MINERALS, option: 1 },
        { lever: CEASEFIRE, option: 2 },
      ]).parties,
    ).toEqual([UA, RU, US]);
  });

  it('lists every lever for the composer, saying why one cannot be proposed now', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] });
    const s = app.store.getState();
    const model = selectOrdersModel(app.scenario()!, s.game!.state, s.game!.events, UA, s.orders);
    expect(model.points).toEqual({ total: 3, spent: 1, left: 2 });
    expect(model.levers.map((l) => [l.name, l.blocked])).toEqual([
      ['Minerals fund', 'you already have a package in play on it'],
      ['Ceasefire', null],
      ['Sanctions relief', 'not on the table yet'],
      ['Elections in Ukraine', null],
    ]);
    expect(model.orders[0]!.text).toBe('Propose Minerals fund = A joint fund to United States');
    expect(model.pressures).toEqual([
      expect.objectContaining({ name: 'Appeal to allies', cost: 1, cooldown: 2, blocked: null }),
    ]);
    expect(model.others.map((o) => o.name)).toEqual(['Russia', 'United States']);
    expect(model.meetingRules[0]).toContain('meet alone');
  });

  it("shows packages to answer with the proposer's public reasons and the seat's worth", () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    app.actions.addOrder({ type: 'reject', actor: UA, package: 'w1-usa-1' });
    const s = app.store.getState();
    const model = selectOrdersModel(app.scenario()!, s.game!.state, s.game!.events, UA, s.orders);
    expect(model.toAnswer).toHaveLength(1);
    expect(model.toAnswer[0]).toMatchObject({
      id: 'w1-usa-1',
      proposer: 'United States',
      reasons: 'its opening position',
      answer: 'reject',
    });
    expect(model.unanswered).toBe(0);
    expect(model.levers[SANCTIONS]!.blocked).toBe('only United States and Russia may propose it');
  });

  it("groups the seat's log by week, with no other seat's private reasons", () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const { events } = app.store.getState().game!;
    const log = selectLog(app.scenario()!, events, UA);
    expect(log.map((w) => w.heading)).toEqual(['— Week 1 of 6 —', '— Week 2 of 6 —']);
    expect(log[0]!.lines.some((l) => l.kind === 'news')).toBe(true);
    const text = log.flatMap((w) => w.lines.map((l) => l.text)).join('\n');
    expect(text).toContain('United States proposes w1-usa-1');
    expect(text).not.toMatch(/\[.*(target|worth \d).*\]/);
  });

  it('gives the ending: what was signed, the narrative, and a grade with numbers for every actor', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: 1 }] });
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: 2 }] });
    app.actions.endWeek();
    app.actions.endWeek();
    const counter = app.store.getState().game!.state.inbox.find((p) => p.counters === 'w1-ukraine-2')!;
    app.actions.addOrder({ type: 'accept', actor: UA, package: counter.id });
    app.actions.endWeek();
    const { state, events } = app.store.getState().game!;
    const ending = selectEnding(app.scenario()!, state, events, UA)!;
    expect(ending.title).toBe('A settlement');
    expect(ending.signed.map((p) => [p.id, p.week])).toEqual([
      ['w1-ukraine-1', 2],
      [counter.id, 3],
    ]);
    expect(ending.grades).toHaveLength(3);
    const me = ending.grades.find((g) => g.isSeat)!;
    expect(me.result).toBeCloseTo(me.utility - me.startReservation, 9);
    expect(me.sentence).toMatch(/outcome for Ukraine/);
    expect(ending.weeks).toEqual([1, 2, 3]);
  });
});
