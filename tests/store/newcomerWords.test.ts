// What a first-time player found unclear in week 1, held where the words come
// from (the store): the worth yardsticks explained and differences taken
// between the numbers as shown (the adviser and the composer agree to the
// last digit; the adviser's aim said to move with the world as well as the
// deadline); a side whose wishes the seat has not seen yet said to be
// unknown, not "gains 0", in the composer and in the adviser's reasons; the
// Propose button's true reason when every lever already has an offer out; the
// suggested answer said as advice with its reason, never a counter-offer that
// could keep none of the offer's terms; the rules of the room, and
// whom a rule keeps out of the meeting as ticked, before any click; a
// pressure's "now" as its meter shows it, and its warning only near an
// ending; an offer named inside a sentence with a small article, and the
// answer given with its place in the orders; the guide's meeting step naming
// who may trust you less; the log's week opening with what concerns the
// seat, its values in whole numbers; and the table's one wording for
// support, meters and signers.
import { describe, expect, it } from 'vitest';
import { describePressure, endingDangers } from '../../src/engine/index';
import { createAppStore } from '../../src/store/createAppStore';
import { memoryStorage } from '../../src/store/SavedGames';
import { selectGuideStep } from '../../src/store/selectGuideStep';
import { selectLog, summaryTitle } from '../../src/store/selectLog';
import { compareWorth, selectAdvice, selectOrdersModel } from '../../src/store/selectOrdersModel';
import { meterReading, signersText, supportText } from '../../src/store/tableWords';
import { A, L, O } from '../ids';
import { bundledOf, MINERALS, READERS, RU, startUkraine, UA, US } from './kit';

const UKRAINE_2025 = bundledOf('scenarios/ukraine-2025.yaml');

function startReal(seat: 'Ukraine' | 'Russia', seed = 123) {
  const app = createAppStore({
    bundled: [UKRAINE_2025],
    readers: READERS,
    storage: memoryStorage(),
    newSeed: () => seed,
  });
  app.actions.openBundled('ukraine-2025.yaml');
  const index = app.store.getState().role?.scenario.actors.findIndex((a) => a.name === seat) ?? -1;
  app.actions.chooseRole(A(index));
  return app;
}

function ordersOf(app: ReturnType<typeof startUkraine>['app']) {
  const model = selectOrdersModel(app.store.getState());
  if (!model) throw new Error('no orders model');
  return model;
}

describe('words a newcomer reads in week 1', () => {
  it('explains each yardstick and takes differences between the numbers as shown', () => {
    // 72.75 is shown as 72.8 and 62.04 as 62: the difference shown is +10.8, not +10.7 from the raw values.
    const harbour = {
      turns: { unit: 'week' },
      values: [
        { kind: 'world', name: 'Harbour tension' },
        { kind: 'support', name: 'Support for Northport' },
      ],
    };
    const worth = compareWorth('Your package', 72.75, { current: 62.04, reservation: 59.8, target: 74.2 }, harbour);
    expect(worth.verdict).toMatch(/^Better than what you have now \(\+10\.8\); better than no deal\./);
    const meanings = Object.fromEntries(worth.rows.map((r) => [r.label, r.meaning]));
    expect(meanings['Your package']).toBeNull();
    expect(meanings['What you have now']).toMatch(/^The levers as they stand .* if nothing more is signed\.$/);
    expect(meanings['No deal']).toMatch(/^What walking away is worth to you: .* from week to week/);
    // The aim falls with the deadline but moves with the world too, either way: the words claim no cause for a week.
    expect(meanings['Your adviser aims for']).toMatch(/pulls it down towards no deal week by week, but it moves with/);
    expect(meanings['Your adviser aims for']).toMatch(/can raise it as well as lower it\.$/);
    // What a point is names this scenario's own meters: a harbour dispute has no war and no economy.
    expect(worth.points).toBe(
      "Points: the terms of a deal give from 0 (the worst terms for you) to 100 (the best); options that go well together, the world's meters (Harbour tension) and support at home add or take away more, so a worth can fall outside 0–100.",
    );
  });

  it("gives the adviser's package the same worth as the same package in the composer", () => {
    const { app } = startUkraine();
    app.actions.askAdviser();
    const advice = selectAdvice(app.store.getState());
    if (!advice || 'none' in advice) throw new Error('no advice');
    app.actions.loadAdvice();
    const composed = ordersOf(app).composer.worth;
    expect(composed?.worth).toBe(advice.worth.worth);
    expect(composed?.verdict).toBe(advice.worth.verdict);
  });

  it('says a side whose wishes it has not seen is unknown, and words the assumption plainly', () => {
    const { app } = startUkraine();
    app.actions.setClause(MINERALS, O(1));
    const { composer } = ordersOf(app);
    expect(composer.estimates).toEqual([
      {
        name: 'United States',
        likely: false,
        text: 'you do not know yet what these levers are worth to United States: offers, answers and red lines will tell you. Count it as a likely no until then.',
      },
    ]);
    expect(composer.assumption).toMatch(/^“Likely yes” means a side gains at least \+[\d.]+ points? by your estimates/);
    expect(composer.assumption).not.toMatch(/you assume each wants/);
  });

  it('words the assumption as a loss the others would accept once the seat would itself settle for less', () => {
    // The European allies on seed 7: their target falls below what they have by week 6 (docs/model.md §6).
    const app = createAppStore({
      bundled: [UKRAINE_2025],
      readers: READERS,
      storage: memoryStorage(),
      newSeed: () => 7,
    });
    app.actions.openBundled('ukraine-2025.yaml');
    app.actions.chooseRole(A(3));
    const SECURITY = L(4);
    const SEAT = L(7);
    let seat: { name: string; likely: boolean; text: string } | undefined;
    const said: { week: number; assumption: string; estimates: { likely: boolean; text: string }[] }[] = [];
    for (let week = 3; week <= 9; week++) {
      while (app.store.getState().game?.view.week !== week) app.actions.endWeek();
      app.actions.setClause(SECURITY, O(2));
      const { composer } = ordersOf(app);
      if (composer.assumption) said.push({ week, assumption: composer.assumption, estimates: [...composer.estimates] });
      app.actions.setClause(SECURITY, null);
      if (week === 7) {
        // Ukraine and Europe at the table costs Russia a little by the allies' estimates, within what the assumption
        // allows, but gives it nothing in return: ukraine-2025's sides give nothing for nothing (docs/model.md §6).
        app.actions.setClause(SEAT, O(1));
        seat = ordersOf(app).composer.estimates.find((e) => e.name === 'Russia');
        app.actions.setClause(SEAT, null);
      }
    }
    expect(seat).toEqual({
      name: 'Russia',
      likely: false,
      text: expect.stringMatching(
        /^gains −[\d.]+ by your estimates, and no clause gives Russia anything in return — likely no\.$/,
      ),
    });
    expect(said[0]?.assumption).toMatch(
      /^“Likely yes” means a side gains at least \+[\d.]+ points? by your estimates: you assume each side, like you, still wants a gain\.$/,
    );
    const late = said.filter((s) => s.assumption.includes('loses at most'));
    expect(late.length).toBeGreaterThan(0);
    for (const { assumption, estimates } of late) {
      expect(assumption).toMatch(
        /^“Likely yes” means a side loses at most [\d.]+ points? by your estimates: your adviser now aims for less than you have, and you assume the others would also accept a small loss, if some clause gives them something in return or they owe you for what you gave them\.$/,
      );
      const loss = Number(/loses at most ([\d.]+)/.exec(assumption)?.[1]);
      // Each estimate's verdict follows the assumption: a gain of at least −loss is a likely yes, unless it is a loss
      // with nothing in return.
      for (const e of estimates) {
        const gain = /gains ([+−-]?[\d.]+)/.exec(e.text);
        const nothingInReturn = e.text.includes('anything in return');
        if (gain) expect(e.likely).toBe(Number(gain[1]!.replace('−', '-')) >= -loss && !nothingInReturn);
      }
    }
  });

  it('once a side has made an offer on a lever, gives its estimated gain there instead', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    // The United States proposed on the minerals fund in week 1 (the fixture's seed): its wishes there are seen.
    const offer = app.store.getState().game?.view.toAnswer.find((p) => p.proposer === US);
    if (!offer) throw new Error('no U.S. offer');
    const lever = offer.clauses[0]!.lever;
    app.actions.setClause(lever, offer.clauses[0]!.option);
    const us = ordersOf(app).composer.estimates.find((e) => e.name === 'United States');
    expect(us?.text).toMatch(/^gains [+−]?[\d.]+ by your estimates — likely (yes|no)\.$/);
  });

  it('says why no package can be made when every lever already has an offer out, before any click', () => {
    const { app } = startUkraine();
    const open = ordersOf(app).levers.map((l) => ({ lever: l.index, option: l.options[0]!.index }));
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: open });
    const model = ordersOf(app);
    expect(model.points.left).toBeGreaterThan(0);
    expect(model.levers).toEqual([]);
    // The true reason, shown beside the button (which does nothing while the package is empty), not "a package
    // needs at least one clause".
    expect(model.composer.refusal?.message).toBe(
      'No lever is open for you to put in a package this week; each lever says why.',
    );
    expect(model.closedLevers.map((l) => l.refusal.code)).toContain('LEVER_IN_PLAY');
  });

  it('says the emphasised answer is a suggestion, with its reason', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const offers = ordersOf(app).toAnswer;
    expect(offers.length).toBeGreaterThan(0);
    for (const p of offers) {
      const word = { accept: 'Accept', counter: 'Counter', reject: 'Reject' }[p.primary!];
      expect(p.suggestion).toMatch(new RegExp(`^Suggested: ${word} — .+\\.$`));
    }
    const first = offers[0]!;
    app.actions.answer(first.id, 'reject');
    expect(ordersOf(app).toAnswer.find((p) => p.id === first.id)?.suggestion).toBeNull();
  });

  it('lists the rules of the room, and says before any click whom a rule keeps out of the meeting as ticked', () => {
    const { app } = startUkraine();
    // The fixture's only rule is about a Washington–Moscow meeting: its words alone, the form says what it forbids.
    expect(ordersOf(app).meetingRules).toEqual([
      'In week 1 Washington and Moscow meet alone; a three-way summit is possible from week 2.',
    ]);
    // Nobody ticked: what to do, not a refusal (the button is marked unavailable).
    expect(ordersOf(app).meeting).toMatchObject({
      empty: true,
      refusal: { message: 'Invite at least one other actor.' },
    });
    app.actions.setMeetWith(US, true);
    const ticked = ordersOf(app);
    expect(ticked.meeting).toEqual({ empty: false, refusal: null });
    // Russia may be met alone, but not with the United States in week 1: said beside Russia before the tick.
    expect(ticked.others.find((o) => o.index === RU)).toMatchObject({
      refusal: null,
      joining: { code: 'MEETING_RESTRICTED' },
    });
    expect(ticked.others.find((o) => o.index === US)?.joining).toBeNull();
    app.actions.setMeetWith(RU, true);
    expect(ordersOf(app).meeting.refusal?.message).toBe(
      'In week 1 Washington and Moscow meet alone; a three-way summit is possible from week 2.',
    );
  });

  it('says in the guide that those left out of a meeting may trust you less', () => {
    const { app } = startUkraine();
    app.actions.startGuide();
    app.actions.nextGuideStep();
    expect(selectGuideStep(app.store.getState())?.why).toMatch(/those you leave out .* may trust you less/);
  });

  it('opens each week of the log with what concerns the seat, and writes values as whole numbers', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.addOrder({ type: 'meet', actor: UA, with: [US] });
    app.actions.endWeek();
    const game = app.store.getState().game!;
    const week1 = selectLog(game.view.scenario, game.log)[0]!;
    const summary = week1.summary.map((l) => l.text);
    expect(summary).toContain('You make an offer to United States (Minerals fund: A joint fund).');
    expect(summary).toContain('You meet United States.');
    // What came of the orders, then what was learnt, then what waits.
    const kinds = week1.summary.map((l) => (l.kind === 'estimates' ? 1 : l.text.startsWith('Waiting') ? 2 : 0));
    expect(kinds).toEqual([...kinds].sort());
    expect(kinds).toContain(1);
    expect(summary.slice(-2)).toEqual([
      "Waiting for the others' answers next week: your offer of week 1.",
      "Waiting for your answer, on the Answer tab: United States' offer of week 1.",
    ]);
    // Nothing said twice: the rest holds none of the summary's lines, and what was learnt is all in the summary.
    const rest = week1.groups.flatMap((g) => g.lines.map((l) => l.text));
    expect(rest.filter((l) => summary.includes(l))).toEqual([]);
    expect(week1.groups.map((g) => g.kind)).not.toContain('estimates');
    expect(week1.lines.slice(0, summary.length).map((l) => l.text)).toEqual(summary);
    expect(summaryTitle('week')).toBe('For you this week');
    // The world and trust in whole numbers, as the meters and trust lines show them.
    for (const g of week1.groups.filter((g) => g.kind === 'world' || g.kind.startsWith('trust')))
      for (const l of g.lines) expect(l.text.replace(/“[^”]*”/g, '')).not.toMatch(/(rose|fell)[^:]*\d\.\d/);
  });

  it('warns on a pressure only when it would leave a value one bad week from an ending', () => {
    const russia = startReal('Russia');
    const view = russia.store.getState().game!.view;
    expect(endingDangers(view.scenario, view.values)).toEqual([]);
    const pressures = ordersOf(russia).pressures;
    const warned = (name: string) => {
      const p = pressures.find((x) => x.name === name)!;
      const d = describePressure(view.scenario, view.values, p.index);
      return {
        engine: [...d.does, ...d.costs].filter((l) => l.warns).map((l) => l.text),
        shown: [...p.does, ...p.costs].filter((l) => l.warns).map((l) => l.text),
      };
    };
    // Western unity from 58 to 54, with the talks collapsing at 25: a push towards an ending, but far from it.
    expect(warned('Offer business deals to Washington')).toEqual({
      engine: ['Western unity −4 (now 58; at 25 or less the game ends: The talks collapse)'],
      shown: [],
    });
    // War intensity from 73 to 88, escalation at 90: one bad week from it, a warning.
    expect(warned('Launch an offensive').shown).toEqual([
      'War intensity +15 (now 73; at 90 or more the game ends: Escalation)',
    ]);
  });

  it('writes support, meters and who must sign in one wording', () => {
    expect(supportText(59.6)).toBe('support 60 of 100');
    expect(meterReading(7.2, { min: 0, max: 100 })).toBe('7 of 100');
    expect(meterReading(-3, { min: -50, max: 50 })).toBe('−3 (from −50 to 50)');
    expect(signersText(['Ukraine', 'Russia'])).toBe('a deal on it needs the signature of Ukraine and Russia');
  });

  it('never suggests a counter-offer that could keep none of the offer’s terms', () => {
    // Seed 2, as a student met it: Ukraine sends its adviser's package (Ceasefire among its terms) in week 1, and
    // Russia offers Ceasefire and Relief from sanctions. Ukraine has an offer out on Ceasefire and may not propose
    // sanctions relief, so a counter-offer would leave out both: not Counter, but the best answer left.
    const ukraine = startReal('Ukraine', 2);
    ukraine.actions.askAdviser();
    ukraine.actions.loadAdvice();
    ukraine.actions.addPackage();
    ukraine.actions.endWeek();
    const russia = ordersOf(ukraine).toAnswer.find((p) => p.name === "Russia's offer of week 1")!;
    expect(russia.terms).toBe('Ceasefire: Partial ceasefire; Relief from sanctions: Lift sanctions');
    expect(russia.worth.tone).toBe('mixed');
    expect(russia.counter).toBeNull();
    expect(russia.primary).toBe('reject');
    expect(russia.suggestion).toBe(
      'Suggested: Reject — it beats only one of what you have now and no deal, and none of its levers is open to an offer of yours now, so a counter-offer could not ask for better terms on it.',
    );
  });

  it('suggests rejecting an offer that can no longer be signed, and says why', () => {
    // Russia's offer of week 1 holds a partial ceasefire; say a full ceasefire was signed since. The offer would be
    // void even if everyone accepted it (docs/model.md §3.2), however much it would be worth.
    const ukraine = startReal('Ukraine', 2);
    ukraine.actions.endWeek();
    const state = ukraine.store.getState();
    const view = state.game!.view;
    const ceasefire = view.scenario.levers.findIndex((l) => l.name === 'Ceasefire');
    const full = view.scenario.levers[ceasefire]!.options.findIndex((o) => o.name === 'Full ceasefire');
    const levers = view.levers.map((l, i) => (i === ceasefire ? { option: O(full), settled: true, open: true } : l));
    const model = selectOrdersModel({ ...state, game: { ...state.game!, view: { ...view, levers } } })!;
    const russia = model.toAnswer.find((p) => p.name === "Russia's offer of week 1")!;
    expect(russia.terms).toMatch(/^Ceasefire: Partial ceasefire/);
    expect(russia.primary).toBe('reject');
    // Its worth is said to be what its terms would have been worth: signed or not, nothing would change.
    expect(russia.worth.rows[0]?.label).toBe('This offer, if it could still be signed');
    expect(russia.worth.verdict).toBe(
      'It can no longer be signed, so it would change nothing: you keep what you have now.',
    );
    expect(russia.worth.tone).toBe('mixed');
    expect(russia.suggestion).toBe(
      'Suggested: Reject — the clause on Ceasefire can no longer be signed, as that lever was settled after the offer was made: even if everyone accepted it, it would fall.',
    );
    // As it stands, unsettled, the same offer gets no such words.
    const before = ordersOf(ukraine).toAnswer.find((p) => p.name === "Russia's offer of week 1")!;
    expect(before.suggestion).not.toMatch(/no longer/);
    expect(before.worth.rows[0]?.label).toBe('This offer');
  });

  it("says of the seat's own offer that a signature since overtook that it will fall", () => {
    // Seed 2: Ukraine sends its adviser's package, with Ceasefire among its terms, in week 1. Say another package
    // signed that ceasefire in week 1's signatures: the offer reaches the others when it can no longer be signed.
    const ukraine = startReal('Ukraine', 2);
    ukraine.actions.askAdviser();
    ukraine.actions.loadAdvice();
    ukraine.actions.addPackage();
    ukraine.actions.endWeek();
    const state = ukraine.store.getState();
    const view = state.game!.view;
    const [own] = ordersOf(ukraine).awaiting;
    expect(own?.terms).toMatch(/Ceasefire: /);
    expect(own?.overtaken).toBeNull();
    // The same ceasefire signed in another package: once signed there, it cannot be signed again.
    const clause = view.awaiting[0]!.clauses.find((c) => view.scenario.levers[c.lever]!.name === 'Ceasefire')!;
    const levers = view.levers.map((l, i) =>
      i === clause.lever ? { option: clause.option, settled: true, open: true } : l,
    );
    const model = selectOrdersModel({ ...state, game: { ...state.game!, view: { ...view, levers } } })!;
    expect(model.awaiting[0]?.overtaken).toBe(
      'The clause on Ceasefire can no longer be signed, as that lever was settled after the offer was made: it will fall, whatever the answers.',
    );
  });

  it("says in the adviser's reasons that the seat does not know yet what a side wants, never 'Russia 0'", () => {
    const ukraine = startReal('Ukraine');
    ukraine.actions.askAdviser();
    const advice = selectAdvice(ukraine.store.getState());
    if (!advice || 'none' in advice) throw new Error('no advice');
    expect(advice.reasons[0]).toMatch(
      /^You do not know yet what these levers are worth to Russia and the United States: offers, answers and red lines will tell you\. Count each as a likely no until then\./,
    );
    expect(advice.reasons.join(' ')).not.toMatch(/\b(Russia|States) [+−]?0\b/);
  });

  it('writes where a value stands now, on a pressure, as its meter shows it', () => {
    const ukraine = startReal('Ukraine');
    const state = ukraine.store.getState();
    const view = state.game!.view;
    // Values between whole numbers, as after a few weeks: War intensity 73.46 shows as 73 on its meter, not 73.5.
    const values = view.values.map((v) => v + 0.46);
    const model = selectOrdersModel({ ...state, game: { ...state.game!, view: { ...view, values } } })!;
    const lines = model.pressures.flatMap((p) => [...p.does, ...p.costs].map((l) => l.text));
    const war = view.scenario.values.findIndex((v) => v.name === 'War intensity');
    expect(lines.filter((l) => l.startsWith('War intensity')).length).toBeGreaterThan(0);
    for (const l of lines.filter((x) => x.startsWith('War intensity')))
      expect(l).toContain(`(now ${meterReading(values[war]!, { min: 0, max: 100 }).split(' ')[0]}`);
    for (const l of lines) expect(l).not.toMatch(/\(now [−\d]+\.\d/);
  });

  it('names an offer inside a sentence with a small article, and keeps the answer given with its place in the orders', () => {
    const ukraine = startReal('Ukraine');
    ukraine.actions.endWeek();
    const offer = ordersOf(ukraine).toAnswer.find((p) => p.name.startsWith('The United States'));
    if (!offer) throw new Error('no offer from the United States');
    expect(offer.called).toBe(offer.name.replace(/^The /, 'the '));
    ukraine.actions.addOrder({ type: 'meet', actor: UA, with: [A(3)] });
    ukraine.actions.answer(offer.id, 'reject');
    const answered = ordersOf(ukraine).toAnswer.find((p) => p.id === offer.id)!;
    expect(answered).toMatchObject({ answer: 'reject', answerOrder: 1, primary: null, suggestion: null });
    // Changing the answer takes it out of the orders: the answers are offered again.
    ukraine.actions.removeOrder(1);
    expect(ordersOf(ukraine).toAnswer.find((p) => p.id === offer.id)).toMatchObject({
      answer: null,
      answerOrder: null,
    });
    ukraine.actions.startCounter(offer.id);
    expect(ordersOf(ukraine).composer.counterTo?.called).toMatch(/^the United States' offer of week 1$/);
  });
});
