// What the screens are given: the composer's estimate (parties derived from
// the levers, the seat's own value against no deal, estimates of the others
// from what the seat has seen only), the orders model (the levers open to a
// package, the others with the rules' refusal; offers named for people and
// compared with what the seat has now, no deal and its adviser's aim), the
// seat's log, and the ending with grades, from the debrief.
import { describe, expect, it } from 'vitest';
import { selectEnding } from '../../src/store/selectEnding';
import { selectLog } from '../../src/store/selectLog';
import { compareWorth, estimatorOf, selectAdvice, selectOrdersModel } from '../../src/store/selectOrdersModel';
import { selectTableModel } from '../../src/store/selectTableModel';
import { CEASEFIRE, MINERALS, playToEnding, RU, SANCTIONS, startUkraine, UA, US } from './kit';
import { L, O } from '../ids';

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

  it("offers the levers open to a package, lists the others with the rules' reason, and names orders for people", () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    const model = selectOrdersModel(app.store.getState());
    if (!model) throw new Error('no model');
    expect(model.points).toEqual({ total: 3, spent: 1, left: 2 });
    expect(model.levers.map((l) => [l.name, l.blocked])).toEqual([
      ['Ceasefire', null],
      ['Elections in Ukraine', null],
    ]);
    expect(model.closedLevers.map((l) => [l.name, l.refusal.code, l.refusal.message])).toEqual([
      [
        'Minerals fund',
        'LEVER_IN_PLAY',
        'You already have an offer out on Minerals fund: one per lever until it is answered.',
      ],
      ['Sanctions relief', 'LEVER_CLOSED', 'Sanctions relief is not on the table yet.'],
    ]);
    // The composer offers every option but the status quo.
    expect(model.levers[0]?.options.map((o) => [o.name, o.refusal])).toEqual([
      ['Partial ceasefire', null],
      ['Full ceasefire', null],
    ]);
    expect(model.orders).toEqual([
      { index: 0, text: 'Propose Minerals fund: A joint fund to United States', cost: 1, refusal: null },
    ]);
    expect(model.pressures).toEqual([
      expect.objectContaining({ name: 'Appeal to allies', cost: 1, cooldown: 2, blocked: null }),
    ]);
    expect(model.pressures[0]?.does.map((d) => d.text)).toEqual([
      expect.stringMatching(/^Western unity \+5 \(now [\d.]+/),
    ]);
    expect(model.pressures[0]?.costs.map((d) => d.text)).toEqual([expect.stringMatching(/ −2 \(now [\d.]+\)$/)]);
    expect(model.others.map((o) => o.name)).toEqual(['Russia', 'United States']);
    expect(model.meetingRules[0]).toContain('meet alone');
    // The statement tab's rules, in the scenario's amounts; a red line's trust cost is 0 where it is left out.
    expect(model.statementRules).toEqual({ redLineSupportCost: 8, redLineTrust: 0, flexibilityTrust: 4 });
  });

  it("says before a click whether the composed order is allowed, in the rules' words, and values only what may be proposed", () => {
    const { app } = startUkraine();
    const { actions } = app;
    const model = () => {
      const m = selectOrdersModel(app.store.getState());
      if (!m) throw new Error('no model');
      return m;
    };
    expect(model().composer).toMatchObject({ estimate: null, worth: null, refusal: null, cost: 1, signers: null });
    actions.setClause(MINERALS, O(1));
    expect(model().composer.estimate?.parties).toEqual([UA, US]);
    expect(model().composer.signers).toBe('Ukraine and United States');
    expect(model().composer.worth?.rows.map((r) => r.label)).toEqual([
      'Your package',
      'What you have now',
      'No deal',
      'Your adviser aims for',
    ]);
    expect(model().composer.copyable.map((c) => c.name)).toEqual(['Russia']);
    // A clause the rules refuse: the lever is offered (to clear it), its options marked, and nothing is valued.
    actions.setClause(SANCTIONS, O(1));
    expect(model().composer).toMatchObject({
      refusal: { code: 'LEVER_CLOSED', lever: SANCTIONS },
      worth: null,
      estimate: null,
    });
    expect(
      model()
        .levers.find((l) => l.index === SANCTIONS)
        ?.options.every((o) => o.refusal?.code === 'LEVER_CLOSED'),
    ).toBe(true);
    actions.setClause(SANCTIONS, null);
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
    // Out of points: every kind that costs one says so, the composer once for every lever.
    actions.addMeeting();
    expect(model().composer.refusal).toMatchObject({ code: 'NOT_ENOUGH_POINTS' });
    expect(model().composer.refusal?.message).toBe('This costs 1 action point; you have 0 left this week.');
    expect(model().meeting.refusal).toMatchObject({ code: 'NOT_ENOUGH_POINTS' });
    expect(model().levers).toEqual([]);
    expect(model().closedLevers.map((l) => l.refusal.code)).toEqual([]);
  });

  it('names each offer for people and compares it with what the seat has now, no deal and its adviser’s aim', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.endWeek();
    const before = selectOrdersModel(app.store.getState());
    if (!before) throw new Error('no model');
    const offer = before.toAnswer[0];
    if (!offer) throw new Error('no offer');
    expect(offer).toMatchObject({
      id: 'w1-usa-1',
      name: "United States' offer of week 1",
      reasonsHeading: "United States' reasons",
    });
    expect(offer.reasons).toContain('opening position');
    const [worth, now, noDeal, aim] = offer.worth.rows.map((r) => r.value);
    expect([now, noDeal, aim]).toEqual([
      before.yardsticks.current,
      before.yardsticks.reservation,
      before.yardsticks.target,
    ]);
    // The answer emphasised follows the numbers: accept what beats both what the seat has now and no deal, reject
    // what is worse than both, else counter.
    const beats = worth! > now! && worth! > noDeal!;
    const worse = worth! < now! && worth! < noDeal!;
    expect(offer.worth.tone).toBe(beats ? 'good' : worse ? 'bad' : 'mixed');
    expect(offer.primary).toBe(beats ? 'accept' : worse || offer.counter !== null ? 'reject' : 'counter');
    expect(before.awaiting.map((p) => p.name)).toEqual(['Your offer of week 1']);

    app.actions.addOrder({ type: 'reject', actor: UA, package: 'w1-usa-1' });
    const model = selectOrdersModel(app.store.getState());
    if (!model) throw new Error('no model');
    expect(model.toAnswer[0]).toMatchObject({ answer: 'reject', primary: null, accept: { code: 'ALREADY_ANSWERED' } });
    expect(model.orders.map((o) => o.text)).toEqual(["Reject United States' offer of week 1"]);
    expect(model.unanswered).toBe(0);
    expect(model.closedLevers.find((l) => l.index === SANCTIONS)?.refusal).toMatchObject({
      code: 'NOT_A_PROPOSER',
      message: 'Only United States and Russia may propose Sanctions relief.',
    });
  });

  it('says how an offer compares, in one wording, whatever the numbers', () => {
    const y = { current: 72.5, reservation: 58.7, target: 74.2 };
    const WEEKS = { turns: { unit: 'week' }, values: [] };
    expect(compareWorth('This offer', 54.5, y, WEEKS)).toMatchObject({
      tone: 'bad',
      verdict:
        'Worse than what you have now (−18); worse than no deal. It falls short of the 74.2 your adviser aims for this week.',
    });
    expect(compareWorth('This offer', 80, y, WEEKS)).toMatchObject({
      tone: 'good',
      verdict:
        'Better than what you have now (+7.5); better than no deal. It reaches what your adviser aims for this week.',
    });
    expect(compareWorth('This offer', 65, y, WEEKS)).toMatchObject({
      tone: 'mixed',
      verdict:
        'Worse than what you have now (−7.5); better than no deal. It falls short of the 74.2 your adviser aims for this week.',
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
    expect(text).toContain('United States makes an offer to you and Russia (Minerals fund: U.S. majority rights');
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
    expect(table.levers[MINERALS]?.proposals.map((p) => [p.packageId, p.name, p.direction])).toEqual([
      ['w1-ukraine-1', 'Your offer of week 1', 'from-seat'],
      ['w1-usa-1', "United States' offer of week 1", 'to-seat'],
    ]);
  });

  it("puts the adviser's package in words, on the same scale as every offer, and follows the orders drafted", () => {
    const { app } = startUkraine();
    app.actions.askAdviser();
    const advice = selectAdvice(app.store.getState());
    if (!advice || 'none' in advice) throw new Error('no advice');
    expect(advice.clauses.join('; ')).toMatch(/^[^=]+: [^=]+$/);
    expect(advice.worth.rows[0]?.label).toBe('Suggested package');
    expect(advice.worth.verdict).toMatch(/^(Better|Worse) than what you have now/);
    // In week 1 nothing is known yet of what the others want: said in words, not as a gain of 0.
    expect(advice.reasons.join(' ')).toMatch(/^(You alone sign it|By your estimates|You do not know yet what)/);
    // With every lever it could use already in its orders, it says so rather than suggest a refused package.
    for (const lever of [MINERALS, CEASEFIRE])
      app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever, option: O(1) }] });
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: L(3), option: O(1) }] });
    app.actions.askAdviser();
    expect(selectAdvice(app.store.getState())).toEqual({
      none: 'No package to suggest now. This costs 1 action point; you have 0 left this week.',
    });
  });

  it('gives the ending from the debrief: what was signed, the narrative, and a grade with numbers for every actor', () => {
    const { app } = startUkraine();
    playToEnding(app);
    const ending = selectEnding(app.store.getState().game);
    if (!ending) throw new Error('no ending');
    expect(ending.title).toBe('A settlement');
    expect(ending.seatCalled).toBe('Ukraine');
    expect(ending.signed.map((p) => p.name)).toEqual(['Your offer of week 1', "Russia's counter-offer of week 2"]);
    expect(ending.signed.map((p) => p.week)).toEqual([2, 3]);
    expect(ending.grades).toHaveLength(3);
    const me = ending.grades.find((g) => g.isSeat);
    expect(me ? me.result - (me.utility - me.startReservation) : NaN).toBeCloseTo(0, 9);
    expect(me?.sentence).toMatch(/outcome for Ukraine/);
    expect(ending.weeks).toEqual([1, 2, 3]);
    expect(ending.branch).toBe(false);
  });
});
