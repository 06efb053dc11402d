// What the screens are given: the composer's estimate (parties derived from
// the levers, the seat's own value against no deal, estimates of the others
// from what the seat has seen only), the orders model (every lever, with the
// rules' refusal when it cannot be proposed now), the seat's log, and the
// ending with grades, from the debrief.
import { describe, expect, it } from 'vitest';
import { selectEnding } from '../../src/store/selectEnding';
import { selectLog } from '../../src/store/selectLog';
import { estimatorOf, selectAdvice, selectOrdersModel } from '../../src/store/selectOrdersModel';
import { selectTableModel } from '../../src/store/selectTableModel';
import { CEASEFIRE, MINERALS, playToEnding, RU, SANCTIONS, startUkraine, UA, US } from './kit';
import { O } from '../ids';

describe('store selectors', () => {
  it('estimates a package: derived parties, own value against no deal, the others as estimates', () => {
    const { app } = startUkraine();
    const estimate = estimatorOf(app.store.getState());
    if (!estimate) throw new Error('no estimator');
    const fund = estimate([{ lever: MINERALS, option: O(1) }]);
    expect(fund.parties).toEqual([UA, US]);
    // Ukraine's own numbers: minerals 0.3 × (80 − 50) = +9 over the status quo.
    expect(fund.own - fund.current).toBeCloseTo(9, 6);
    expect(fund.reservation).toBeCloseTo(43 - 0.05 * 60, 6);
    expect(fund.others.map((o) => o.actor)).toEqual([US]);
    // Nothing seen yet: every option is "unknown" to the model, so no gain either way.
    expect(fund.others[0]?.gain).toBe(0);
    expect(
      estimate([
        { lever: MINERALS, option: O(1) },
        { lever: CEASEFIRE, option: O(2) },
      ]).parties,
    ).toEqual([UA, RU, US]);
  });

  it("lists every lever for the composer, with the rules' refusal when one cannot be proposed now", () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    const model = selectOrdersModel(app.store.getState());
    if (!model) throw new Error('no model');
    expect(model.points).toEqual({ total: 3, spent: 1, left: 2 });
    expect(model.levers.map((l) => [l.name, l.blocked?.code ?? null])).toEqual([
      ['Minerals fund', 'LEVER_IN_PLAY'],
      ['Ceasefire', null],
      ['Sanctions relief', 'LEVER_CLOSED'],
      ['Elections in Ukraine', null],
    ]);
    expect(model.levers[MINERALS]?.blocked?.message).toBe('You already have a package in play on Minerals fund.');
    // The composer offers every option but the status quo.
    expect(model.levers[MINERALS]?.options.map((o) => o.name)).toEqual(['A joint fund', 'U.S. majority rights']);
    expect(model.orders[0]?.text).toBe('Propose Minerals fund = A joint fund to United States');
    expect(model.pressures).toEqual([
      expect.objectContaining({ name: 'Appeal to allies', cost: 1, cooldown: 2, blocked: null }),
    ]);
    expect(model.others.map((o) => o.name)).toEqual(['Russia', 'United States']);
    expect(model.meetingRules[0]).toContain('meet alone');
  });

  it("says before a click whether the composed order is allowed, in the rules' words", () => {
    const { app } = startUkraine();
    const { actions } = app;
    const model = () => {
      const m = selectOrdersModel(app.store.getState());
      if (!m) throw new Error('no model');
      return m;
    };
    expect(model().composer).toMatchObject({ estimate: null, refusal: null, cost: 1 });
    actions.setClause(MINERALS, O(1));
    expect(model().composer.estimate?.parties).toEqual([UA, US]);
    expect(model().composer.copyable.map((c) => c.name)).toEqual(['Russia']);
    actions.setMeetWith(RU, true);
    actions.setMeetWith(US, true);
    expect(model().meeting.refusal).toMatchObject({ code: 'MEETING_RESTRICTED' });
    actions.setMeetWith(RU, false);
    expect(model().meeting.refusal).toBeNull();
    actions.setRedLineOption(O(0), true);
    expect(model().statement.refusal).toMatchObject({ code: 'RED_LINE_STATUS_QUO' });
    actions.addPackage();
    actions.applyPressure(0);
    expect(model().pressures[0]?.blocked).toMatchObject({ code: 'ALREADY_ORDERED' });
    // Out of points: every kind that costs one says so.
    actions.addMeeting();
    expect(model().composer.refusal).toMatchObject({ code: 'NOT_ENOUGH_POINTS' });
    expect(model().meeting.refusal).toMatchObject({ code: 'NOT_ENOUGH_POINTS' });
    expect(model().levers[CEASEFIRE]?.blocked?.message).toBe('This costs 1 action point; you have 0 left this week.');
  });

  it("shows packages to answer with the proposer's public reasons and the seat's worth", () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    app.actions.addOrder({ type: 'reject', actor: UA, package: 'w1-usa-1' });
    const model = selectOrdersModel(app.store.getState());
    if (!model) throw new Error('no model');
    expect(model.toAnswer).toHaveLength(1);
    expect(model.toAnswer[0]).toMatchObject({
      id: 'w1-usa-1',
      proposer: 'United States',
      reasons: 'its opening position',
      answer: 'reject',
      accept: { code: 'ALREADY_ANSWERED' },
    });
    expect(model.unanswered).toBe(0);
    expect(model.levers[SANCTIONS]?.blocked).toMatchObject({
      code: 'NOT_A_PROPOSER',
      message: 'Only United States and Russia may propose Sanctions relief.',
    });
  });

  it("groups the seat's log by week, with no other seat's private reasons", () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const game = app.store.getState().game;
    if (!game) throw new Error('no game');
    const log = selectLog(game.view.scenario, game.log);
    expect(log.map((w) => w.heading)).toEqual(['Week 1 of 6', 'Week 2 of 6']);
    expect(log[0]?.groups[0]?.kind).toBe('news');
    const text = log.flatMap((w) => w.lines.map((l) => l.text)).join('\n');
    expect(text).toContain('United States makes an offer to you and Russia: Minerals fund = U.S. majority rights');
    expect(text).not.toMatch(/\[.*(target|worth \d).*\]/);
  });

  it("draws the table from the seat's view: its share of the packages, this week's news", () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.endWeek();
    const game = app.store.getState().game;
    if (!game) throw new Error('no game');
    const table = selectTableModel(game);
    expect(table).toMatchObject({ week: 2, weeks: 6, unit: 'week', ended: false });
    expect(table.actors.map((a) => a.isSeat)).toEqual([true, false, false]);
    expect(table.news.map((n) => n.headline)).toEqual(['Sanctions relief is put on the table.']);
    expect(table.levers[MINERALS]?.proposals.map((p) => [p.packageId, p.direction])).toEqual([
      ['w1-ukraine-1', 'from-seat'],
      ['w1-usa-1', 'to-seat'],
    ]);
  });

  it("puts the adviser's package in words", () => {
    const { app } = startUkraine();
    app.actions.askAdviser();
    const advice = selectAdvice(app.store.getState());
    expect(advice && 'clauses' in advice ? advice.clauses.join('; ') : '').toMatch(/ = /);
  });

  it('gives the ending from the debrief: what was signed, the narrative, and a grade with numbers for every actor', () => {
    const { app } = startUkraine();
    playToEnding(app);
    const ending = selectEnding(app.store.getState().game);
    if (!ending) throw new Error('no ending');
    expect(ending.title).toBe('A settlement');
    expect(ending.seatName).toBe('Ukraine');
    expect(ending.signed.map((p) => p.id)).toEqual(['w1-ukraine-1', 'w2-russia-1']);
    expect(ending.signed.map((p) => p.week)).toEqual([2, 3]);
    expect(ending.grades).toHaveLength(3);
    const me = ending.grades.find((g) => g.isSeat);
    expect(me ? me.result - (me.utility - me.startReservation) : NaN).toBeCloseTo(0, 9);
    expect(me?.sentence).toMatch(/outcome for Ukraine/);
    expect(ending.weeks).toEqual([1, 2, 3]);
    expect(ending.branch).toBe(false);
  });
});
