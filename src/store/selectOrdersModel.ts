/**
 * What the orders panels show for the seat this week, as plain data computed
 * from the seat's view, its log, its choices after the orders drafted so far
 * and the `ui` slice — nothing else: the points left, the orders given so
 * far (in words, each with whether it still stands), every lever with whether
 * the seat may put it in a package (and why not), the packages to answer,
 * named for people, each compared with what the seat has now, no deal and
 * its adviser's aim, who may be invited, statements, and pressures with what
 * they move. Every "why not" is a refusal of the engine's (choicesOf,
 * checkOrder, checkOrders), shown by its plain-language message; the store
 * never re-derives a rule. A choice the rules refuse says why before it is
 * clicked: its control is marked unavailable (still focusable) with the
 * reason beside it, so no click meets a surprise refusal.
 */
import {
  capitalise,
  adviceReasons,
  adviserTarget,
  at,
  checkOrder,
  checkOrders,
  costOf,
  describePressure,
  endingDangers,
  estimatorFor,
  formatClauses,
  joinNames,
  noAdviceText,
  ownReservation,
  ownUtility,
  packageName,
  partiesOf,
  possessive,
  publicText,
  redLineAnswers,
  theName,
  type Action,
  type ActorIndex,
  type Advice,
  type Clause,
  type EffectLine,
  type Estimator,
  type Label,
  type LeverIndex,
  type OptionIndex,
  type Package,
  type PackageEstimate,
  type Provenance,
  type PublicScenario,
  type Refusal,
  type SeatView,
  overtakenClause,
} from '../engine/index';
import type { AppState, StatementKind } from './AppState';
import { composedMeeting, composedPackage, composedStatement, counterDraft, statementLeverOf } from './compose';
import { num, signed } from './num';
import { worldMetersText } from './worldMetersText';

export interface OrderLine {
  readonly index: number;
  readonly text: string;
  readonly cost: number;
  /** Why this order no longer stands after the ones before it (it would not be sent), or null. */
  readonly refusal: Refusal | null;
}

/** What a package is worth to the seat beside its yardsticks, on the one scale (worth to the seat, in points: docs/model.md §1, utility). */
export interface WorthComparison {
  readonly worth: number;
  readonly rows: readonly {
    readonly label: string;
    readonly value: number;
    readonly subject: boolean;
    /** What the yardstick means, in one line (null for the package itself). */
    readonly meaning: string | null;
  }[];
  /** The comparison in one sentence: against what the seat has now, no deal, and its adviser's aim. */
  readonly verdict: string;
  /** What a point is, naming what besides the terms moves a worth in this scenario. */
  readonly points: string;
  /** good: better than what the seat has now and than no deal; bad: worse than both; mixed otherwise. */
  readonly tone: 'good' | 'mixed' | 'bad';
}

/** What a package is measured against: what the seat has now, what no deal is worth to it, its adviser's aim. */
export interface Yardsticks {
  readonly current: number;
  readonly reservation: number;
  readonly target: number;
}

export interface ComposerLever {
  readonly index: LeverIndex;
  readonly name: string;
  readonly description: string;
  /** Every option but the status quo (a clause must change its lever), each with whether it may go into a package. */
  readonly options: readonly { readonly index: OptionIndex; readonly name: string; readonly refusal: Refusal | null }[];
  readonly statusQuo: OptionIndex;
  /** The option in force now. */
  readonly option: OptionIndex;
  readonly optionName: string;
  /** As they read inside a sentence: "the United States". */
  readonly signatories: readonly string[];
  /** Null when the seat may put it in a package now; else the rules' refusal. */
  readonly blocked: Refusal | null;
  /** The option chosen in the composer, if any. */
  readonly chosen: OptionIndex | null;
  readonly label: Label;
  /** Where the lever comes from: its label, and the quote and source or the note that back it. */
  readonly provenance: Provenance;
  /**
   * Every option (the status quo too) whose provenance is not the lever's, with its own: an option invented for
   * play on a reported lever is simulated, and an option may carry a note of its own.
   */
  readonly optionSources: readonly { readonly name: string; readonly provenance: Provenance }[];
}

export interface PackageToAnswer {
  readonly id: string;
  /** As people name it: "Russia's offer of week 6" (capitalised). */
  readonly name: string;
  /** As it reads inside a sentence: "the United States' offer of week 1". */
  readonly called: string;
  /** "The United States' reasons": what heads the proposer's public reasons. */
  readonly reasonsHeading: string;
  readonly proposerIndex: ActorIndex;
  readonly terms: string;
  readonly clauses: Package['clauses'];
  /** Who must sign it, in a sentence: "Ukraine, Russia and the United States". */
  readonly parties: string;
  /** The package this one counters, named for the seat ("your offer of week 1"), if any. */
  readonly counters: string | null;
  /** The proposer's public reasons, as the seat was told them. */
  readonly reasons: string;
  readonly worth: WorthComparison;
  /**
   * The answer the numbers favour, for the screen to emphasise: accept only what beats both what the seat has now
   * and no deal; reject what is worse than both; else counter — only when a counter-offer could ask for better
   * terms on at least one of its levers (else reject, the best answer left).
   */
  readonly primary: 'accept' | 'counter' | 'reject' | null;
  /** The emphasis said as advice, with its reason: "Suggested: Reject — …"; null once answered. */
  readonly suggestion: string | null;
  /** The seat's answer in this week's orders, if any, and where it is in them (to take it back). */
  readonly answer: 'accept' | 'reject' | 'counter' | null;
  readonly answerOrder: number | null;
  readonly accept: Refusal | null;
  readonly reject: Refusal | null;
  readonly counter: Refusal | null;
}

export interface Composer {
  readonly clauses: readonly Clause[];
  /** The package countered, when the composer makes a counter-offer. */
  readonly counterTo: PackageToAnswer | null;
  /** Terms of the package countered the seat may not propose, left out of the counter-offer, with why. */
  readonly leftOut: readonly { readonly terms: string; readonly refusal: Refusal }[];
  readonly cost: number;
  /** Who must sign it, in a sentence ("Ukraine and the United States"); null while it has no clause. */
  readonly signers: string | null;
  /** Worth and estimates, shown only for a package that may be proposed as it stands. */
  readonly worth: WorthComparison | null;
  readonly estimate: PackageEstimate | null;
  /** The estimate of each other party in words, and what "likely yes" assumes; empty without an estimate. */
  readonly estimates: readonly { readonly name: string; readonly text: string; readonly likely: boolean }[];
  readonly assumption: string | null;
  /** Others who are not parties and may be shown it, with whether they are. */
  readonly copyable: readonly { readonly index: ActorIndex; readonly name: string; readonly copied: boolean }[];
  /** The rules' verdict on the package as composed (or on proposing at all, while it is empty). */
  readonly refusal: Refusal | null;
}

export interface StatementLever {
  readonly index: LeverIndex;
  readonly name: string;
  /** Why no statement on this lever is possible now (settled, points…), or null. */
  readonly refusal: Refusal | null;
  readonly options: readonly {
    readonly index: OptionIndex;
    readonly name: string;
    readonly statusQuo: boolean;
    readonly declared: boolean;
    readonly chosen: boolean;
    readonly refusal: Refusal | null;
    /** What the scenario's rules answer a red line on it with (redLineAnswers): shown before it is declared. */
    readonly answers: readonly string[];
  }[];
}

export interface PressureChoice {
  readonly index: number;
  readonly name: string;
  readonly description: string;
  readonly cost: number;
  readonly cooldown: number;
  /** What it moves and what it risks, and what it costs the seat (describePressure). */
  readonly does: readonly EffectLine[];
  readonly costs: readonly EffectLine[];
  /** Null when it may be used now; else the rules' refusal (cooldown, condition, points…). */
  readonly blocked: Refusal | null;
  readonly label: Label;
}

export interface OrdersModel {
  readonly seat: ActorIndex;
  readonly seatName: string;
  /** Every actor's name, by index. */
  readonly names: readonly string[];
  readonly week: number;
  readonly weeks: number;
  readonly unit: string;
  readonly lastWeek: boolean;
  readonly points: { readonly total: number; readonly spent: number; readonly left: number };
  readonly costs: {
    readonly propose: number;
    readonly counter: number;
    readonly meet: number;
    readonly statement: number;
  };
  readonly yardsticks: Yardsticks;
  readonly orders: readonly OrderLine[];
  /** Levers the composer offers: those open to a package now, and any with a clause chosen. */
  readonly levers: readonly ComposerLever[];
  /** The scenario's sources, which a lever's or an option's provenance names. */
  readonly sources: PublicScenario['sources'];
  /** The others, each with why it cannot go into a package now (when that is about the lever). */
  readonly closedLevers: readonly {
    readonly index: LeverIndex;
    readonly name: string;
    readonly refusal: Refusal;
    readonly label: Label;
  }[];
  readonly composer: Composer;
  readonly toAnswer: readonly PackageToAnswer[];
  /** The seat's own packages awaiting the others' answers this week. */
  readonly awaiting: readonly {
    readonly id: string;
    readonly name: string;
    readonly terms: string;
    /** The others who must sign it, in a sentence. */
    readonly parties: string;
    /** Why it can no longer be signed, when a signature since it was made overtook it (docs/model.md §3.2). */
    readonly overtaken: string | null;
  }[];
  readonly others: readonly {
    readonly index: ActorIndex;
    readonly name: string;
    readonly leader: string;
    readonly invited: boolean;
    /** Why meeting this actor alone is not possible now, or null. */
    readonly refusal: Refusal | null;
    /**
     * Why inviting this actor too, with those invited already, is not possible (a rule of the room), or null: set
     * only for one not invited yet whom the seat could meet alone.
     */
    readonly joining: Refusal | null;
  }[];
  /**
   * The rules' verdict on the meeting as composed (while nobody is invited: why no meeting is possible at all, else
   * the rules' "invite someone"); `empty` while nobody is invited.
   */
  readonly meeting: { readonly refusal: Refusal | null; readonly empty: boolean };
  readonly meetingRules: readonly string[];
  readonly meet: { readonly trustGain: number; readonly leftOutTrust: number; readonly narrowTo: number };
  readonly statementRules: {
    readonly redLineSupportCost: number;
    readonly redLineTrust: number;
    readonly flexibilityTrust: number;
  };
  readonly statementLevers: readonly StatementLever[];
  /**
   * The statement composer: its lever and kind, and the rules' verdict on the statement as composed; `empty` while a
   * red line names no option yet (the verdict then says what to do).
   */
  readonly statement: {
    readonly lever: LeverIndex | null;
    readonly kind: StatementKind;
    readonly refusal: Refusal | null;
    readonly empty: boolean;
  };
  readonly pressures: readonly PressureChoice[];
  /** Packages to answer that have no answer in the orders yet (no answer means reject). */
  readonly unanswered: number;
}

const estimators = new WeakMap<SeatView, Estimator>();

/** The composer's estimator for the seat now: from its view and every event it has seen (docs/model.md §3.3). */
export function estimatorOf(state: AppState): Estimator | null {
  const game = state.game;
  if (!game) return null;
  let estimate = estimators.get(game.view);
  if (!estimate) {
    estimate = estimatorFor(game.view, game.log.events);
    estimators.set(game.view, estimate);
  }
  return estimate;
}

/** What the seat has now, what no deal is worth to it, and what its adviser aims for this week. */
export function yardsticksOf(view: SeatView): Yardsticks {
  return {
    current: ownUtility(view, []),
    reservation: ownReservation(view.scenario, view),
    target: adviserTarget(view),
  };
}

/** A worth as the screens write it (`num`: one decimal): differences are taken between these, so they add up. */
function tenth(x: number): number {
  return Math.round(x * 10) / 10;
}

/** What each yardstick means, in one line, where the numbers are shown. */
export function worthMeanings(unit: string): {
  readonly current: string;
  readonly reservation: string;
  readonly target: string;
} {
  return {
    current: `The levers as they stand and the world as it is this ${unit}, if nothing more is signed.`,
    reservation: `What walking away is worth to you: the world as it is, with no agreement at all. It moves with the world, so it changes from ${unit} to ${unit}; a package below it is worse than no deal.`,
    // The target moves for reasons the seat's numbers do not tell apart (the deadline, a lever opened or settled, the
    // world): the words name them all and claim none for a given week.
    target: `What your adviser would hold out for this ${unit}: between no deal and the best you could hope for on the levers now on the table. The deadline pulls it down towards no deal ${unit} by ${unit}, but it moves with the world too: a lever put on the table or settled, or a change in what no deal is worth, can raise it as well as lower it.`,
  };
}

/** What compareWorth needs of the scenario: its unit of time and its values (to name the world's meters). */
export interface WorthScenario {
  readonly turns: { readonly unit: string };
  readonly values: readonly { readonly kind: string; readonly name: string }[];
}

/** `worth` (of the package called `label`) beside the seat's yardsticks, in one wording. */
export function compareWorth(label: string, worth: number, y: Yardsticks, scenario: WorthScenario): WorthComparison {
  const unit = scenario.turns.unit;
  // Between the numbers as shown: 72.8 beside 62 is "+10.8", never "+10.7" from the unrounded values.
  const change = tenth(tenth(worth) - tenth(y.current));
  const now =
    change > 0
      ? `Better than what you have now (${signed(change)})`
      : change < 0
        ? `Worse than what you have now (${signed(change)})`
        : 'The same as what you have now';
  const overNoDeal = tenth(tenth(worth) - tenth(y.reservation));
  const noDeal = overNoDeal > 0 ? 'better than no deal' : overNoDeal < 0 ? 'worse than no deal' : 'the same as no deal';
  const aim =
    tenth(worth) >= tenth(y.target)
      ? `It reaches what your adviser aims for this ${unit}.`
      : `It falls short of the ${num(y.target)} your adviser aims for this ${unit}.`;
  const beatsNow = change > 0;
  const beatsNoDeal = overNoDeal > 0;
  const meaning = worthMeanings(unit);
  return {
    worth,
    rows: [
      { label, value: worth, subject: true, meaning: null },
      { label: 'What you have now', value: y.current, subject: false, meaning: meaning.current },
      { label: 'No deal', value: y.reservation, subject: false, meaning: meaning.reservation },
      { label: 'Your adviser aims for', value: y.target, subject: false, meaning: meaning.target },
    ],
    verdict: `${now}; ${noDeal}. ${aim}`,
    points: pointsMeaning(scenario),
    tone: beatsNow && beatsNoDeal ? 'good' : !beatsNow && !beatsNoDeal ? 'bad' : 'mixed',
  };
}

/** What a point is: the terms give 0–100, and what else in this scenario adds or takes away. */
function pointsMeaning(scenario: WorthScenario): string {
  const world = worldMetersText(scenario.values);
  return `Points: the terms of a deal give from 0 (the worst terms for you) to 100 (the best); options that go well together${world ? `, ${world}` : ''} and support at home add or take away more, so a worth can fall outside 0–100.`;
}

/** Whether two provenances say the same: an option without a label of its own has its lever's. */
function sameProvenance(a: Provenance, b: Provenance): boolean {
  return a.label === b.label && a.source === b.source && a.quote === b.quote && a.note === b.note;
}

/** Actor `i` as named inside a sentence, with its article: "the United States". */
function calledIn(scenario: PublicScenario, i: number): string {
  const actor = scenario.actors[i];
  return actor ? theName(actor) : '?';
}

/** Every package the seat has seen, by id: its share of the inbox and every one delivered in its log. */
function packagesSeen(state: AppState): Map<string, Package> {
  const seen = new Map<string, Package>();
  for (const e of state.game?.log.events ?? []) if (e.type === 'package_delivered') seen.set(e.package.id, e.package);
  for (const p of state.game?.view.inbox ?? []) seen.set(p.id, p);
  return seen;
}

export function selectOrdersModel(state: AppState): OrdersModel | null {
  const { game, choices, orders, ui } = state;
  if (!game || !choices) return null;
  const { view } = game;
  const { scenario, actor: seat } = view;
  const name = (i: number) => scenario.actors[i]?.name ?? '?';
  // Inside a sentence a name takes its article: "the United States".
  const called = (i: number) => calledIn(scenario, i);
  const names = (list: readonly number[]) => joinNames(list.map(called));
  const unit = scenario.turns.unit;
  const yardsticks = yardsticksOf(view);
  const seen = packagesSeen(state);
  const nameOf = (id: string) => {
    const p = seen.get(id);
    return p ? packageName(scenario, p, seat) : 'an earlier offer';
  };
  const reasonsOf = new Map<string, string>();
  for (const e of game.log.events)
    if (e.type === 'package_delivered' && e.reasons)
      reasonsOf.set(e.package.id, publicText(scenario, e.package.proposer, e.reasons.public));

  const answerOf = (id: string) => {
    for (const [index, a] of orders.entries()) {
      if ((a.type === 'accept' || a.type === 'reject') && a.package === id) return { type: a.type, index };
      if (a.type === 'counter' && a.to === id) return { type: 'counter' as const, index };
    }
    return null;
  };

  // Why an offer can no longer be signed, in the words its refusal says it in.
  const overtakenWords = (lever: number) => publicText(scenario, seat, { kind: 'overtaken', lever, countered: false });

  const toAnswer = choices.answers.map(({ package: p, accept, reject, counter }): PackageToAnswer => {
    const overtaken = overtakenClause(scenario.levers, view.levers, p.clauses);
    const terms = compareWorth('This offer', ownUtility(view, p.clauses), yardsticks, scenario);
    // An offer that can no longer be signed changes nothing: its terms' worth is what it would have been.
    const worth: WorthComparison =
      overtaken === null
        ? terms
        : {
            ...terms,
            rows: terms.rows.map((r) => (r.subject ? { ...r, label: 'This offer, if it could still be signed' } : r)),
            verdict: 'It can no longer be signed, so it would change nothing: you keep what you have now.',
            tone: 'mixed',
          };
    const answered = answerOf(p.id);
    // A counter-offer asks for better terms on the offer's own levers: with none of them open to the seat, its form
    // would start empty, every term left out, so Counter is not what the numbers favour.
    const counterable = counter === null && counterDraft(choices, p).length > 0;
    // What the numbers favour: accept what beats both yardsticks, reject what is worse than both, else bargain; and
    // never accept what can no longer be signed (docs/model.md §3.2).
    const primary =
      answered !== null
        ? null
        : overtaken !== null
          ? 'reject'
          : worth.tone === 'good' && accept === null
            ? 'accept'
            : worth.tone === 'mixed' && counterable
              ? 'counter'
              : 'reject';
    const inSentence = packageName(scenario, p, seat);
    return {
      id: p.id,
      name: capitalise(inSentence),
      called: inSentence,
      reasonsHeading: `${capitalise(possessive(called(p.proposer)))} reasons`,
      proposerIndex: p.proposer,
      terms: formatClauses(scenario, p.clauses),
      clauses: p.clauses,
      parties: names(p.parties),
      counters: p.counters === null ? null : nameOf(p.counters),
      reasons: reasonsOf.get(p.id) ?? '',
      worth,
      primary,
      suggestion:
        primary === null
          ? null
          : overtaken !== null
            ? `Suggested: Reject — ${overtakenWords(overtaken.lever)}: even if everyone accepted it, it would fall.`
            : suggestionText(primary, worth.tone, accept, counter),
      answer: answered?.type ?? null,
      answerOrder: answered?.index ?? null,
      accept,
      reject,
      counter,
    };
  });

  // The package composer.
  const composed = composedPackage(scenario, ui, seat);
  const parties = partiesOf(scenario, seat, composed.clauses);
  const refusal =
    composed.clauses.length > 0
      ? checkOrder(view, orders, composed)
      : composed.type === 'counter'
        ? (choices.answers.find((a) => a.package.id === composed.to)?.counter ?? null)
        : choices.kinds.propose.refusal;
  const proposable = composed.clauses.length > 0 && refusal === null;
  const estimate = proposable ? (estimatorOf(state)?.(composed.clauses) ?? null) : null;
  const counterTo = ui.counterTo ? (toAnswer.find((p) => p.id === ui.counterTo) ?? null) : null;
  const composer: Composer = {
    clauses: composed.clauses,
    counterTo,
    leftOut: (counterTo?.clauses ?? []).flatMap((c) => {
      const why = choices.levers[c.lever]?.options[c.option]?.refusal;
      return why && !composed.clauses.some((d) => d.lever === c.lever)
        ? [{ terms: formatClauses(scenario, [c]), refusal: why }]
        : [];
    }),
    cost: costOf(scenario, composed),
    signers: composed.clauses.length > 0 ? names(parties) : null,
    worth: proposable
      ? compareWorth(
          counterTo ? 'Your counter-offer' : 'Your package',
          ownUtility(view, composed.clauses),
          yardsticks,
          scenario,
        )
      : null,
    estimate,
    ...estimateWords(estimate, name, called, unknownWants(state, composed.clauses)),
    copyable: scenario.actors
      .filter((a) => a.index !== seat && !parties.includes(a.index))
      .map((a) => ({ index: a.index, name: a.name, copied: ui.copied.includes(a.index) })),
    refusal,
  };

  const meeting = composedMeeting(ui, seat);
  const statementLever = statementLeverOf(state);
  const statement = statementLever === null ? null : composedStatement(ui, seat, statementLever);
  const statementRefusal = statement
    ? statement.type === 'red_line' && statement.options.length === 0
      ? (choices.statements.find((s) => s.lever === statementLever)?.flexibility ?? checkOrder(view, orders, statement))
      : checkOrder(view, orders, statement)
    : choices.kinds.flexibility.refusal;

  const standing = checkOrders(view, orders).refusals;
  // A pressure says where each value stands "now" as its meter shows it (whole numbers, meterValue): "now 48" beside
  // a meter at 48, never "now 48.5"; what it would take the value to follows from that.
  const shownValues = view.values.map((v) => Math.round(v));
  const levers = choices.levers.map(({ lever, refusal: blocked, options }): ComposerLever => {
    const l = at(scenario.levers, lever, 'lever');
    const now = at(view.levers, lever, 'lever');
    // The status quo is never a clause (STATUS_QUO_CLAUSE), so the composer offers only the others.
    const settable = options
      .filter((o) => o.option !== l.statusQuo)
      .map((o) => ({ index: o.option, name: l.options[o.option]?.name ?? '?', refusal: o.refusal }));
    return {
      index: lever,
      name: l.name,
      description: l.description,
      options: settable,
      statusQuo: l.statusQuo,
      option: now.option,
      optionName: l.options[now.option]?.name ?? '?',
      signatories: l.signatories.map(called),
      blocked,
      chosen: ui.draft.find((c) => c.lever === lever)?.option ?? null,
      label: l.provenance.label,
      provenance: l.provenance,
      optionSources: l.options
        .filter((o) => !sameProvenance(o.provenance, l.provenance))
        .map((o) => ({ name: o.name, provenance: o.provenance })),
    };
  });
  return {
    seat,
    seatName: name(seat),
    names: scenario.actors.map((a) => a.name),
    week: view.week,
    weeks: scenario.turns.count,
    unit,
    lastWeek: view.week >= scenario.turns.count,
    points: choices.points,
    costs: {
      propose: choices.kinds.propose.cost,
      counter: choices.kinds.counter.cost,
      meet: choices.kinds.meet.cost,
      statement: choices.kinds.flexibility.cost,
    },
    yardsticks,
    orders: orders.map((a, index) => ({
      index,
      text: formatOrder(view, a, nameOf),
      cost: costOf(scenario, a),
      refusal: standing.find((r) => r.order === index) ?? null,
    })),
    // A lever the seat cannot use is listed with its reason, unless a clause on it is chosen (to be cleared);
    // a reason that is not about the lever (points, the last week) is the composer's, said once.
    levers: levers.filter((l) => l.blocked === null || l.chosen !== null),
    sources: scenario.sources,
    closedLevers: levers.flatMap((l) =>
      l.blocked && l.chosen === null && l.blocked.lever !== undefined
        ? [{ index: l.index, name: l.name, refusal: l.blocked, label: l.label }]
        : [],
    ),
    composer,
    toAnswer,
    awaiting: view.awaiting.map((p) => {
      const overtaken = overtakenClause(scenario.levers, view.levers, p.clauses);
      return {
        id: p.id,
        name: capitalise(packageName(scenario, p, seat)),
        terms: formatClauses(scenario, p.clauses),
        parties: names(p.parties.filter((a) => a !== seat)),
        overtaken:
          overtaken === null
            ? null
            : `${capitalise(overtakenWords(overtaken.lever))}: it will fall, whatever the answers.`,
      };
    }),
    others: choices.meet.map((m) => {
      const invited = ui.meetWith.includes(m.actor);
      return {
        index: m.actor,
        name: name(m.actor),
        leader: scenario.actors[m.actor]?.leader ?? '',
        invited,
        refusal: m.refusal,
        // The rules' answer for the meeting this tick would make: a rule of the room shows before the tick.
        joining:
          invited || m.refusal !== null || meeting.with.length === 0
            ? null
            : checkOrder(view, orders, { ...meeting, with: [...meeting.with, m.actor].sort((a, b) => a - b) }),
      };
    }),
    meeting: {
      refusal:
        meeting.with.length > 0
          ? checkOrder(view, orders, meeting)
          : (choices.kinds.meet.refusal ?? checkOrder(view, orders, meeting)),
      empty: meeting.with.length === 0,
    },
    // Rules about meetings the seat would sit in come first.
    meetingRules: [
      ...scenario.meetingRules.filter((r) => r.includes.includes(seat)).map((r) => r.message),
      ...scenario.meetingRules.filter((r) => !r.includes.includes(seat)).map((r) => r.message),
    ],
    meet: {
      trustGain: scenario.actions.meet.trust_gain,
      leftOutTrust: scenario.actions.meet.left_out_trust,
      narrowTo: scenario.actions.meet.narrow_to,
    },
    statementRules: {
      redLineSupportCost: scenario.actions.statement.red_line_support_cost,
      redLineTrust: scenario.actions.statement.red_line_trust,
      flexibilityTrust: scenario.actions.statement.flexibility_trust,
    },
    statementLevers: choices.statements.map((s) => {
      const l = at(scenario.levers, s.lever, 'lever');
      return {
        index: s.lever,
        name: l.name,
        refusal: s.flexibility,
        options: s.redLine.map((o) => ({
          index: o.option,
          name: l.options[o.option]?.name ?? '?',
          statusQuo: o.option === l.statusQuo,
          declared: view.redLines[seat]?.[s.lever]?.includes(o.option) ?? false,
          chosen: ui.redLineOptions.includes(o.option),
          refusal: o.refusal,
          answers: redLineAnswers(scenario, seat, s.lever, o.option),
        })),
      };
    }),
    statement: {
      lever: statementLever,
      kind: ui.statementKind,
      refusal: statementRefusal,
      empty: statement?.type === 'red_line' && statement.options.length === 0,
    },
    pressures: choices.pressures.map(({ pressure, cost, refusal: blocked }): PressureChoice => {
      const p = at(scenario.pressures, pressure, 'pressure');
      const described = describePressure(scenario, shownValues, pressure);
      return {
        index: pressure,
        name: p.name,
        description: p.description,
        cost,
        cooldown: p.cooldown,
        does: warnOnlyNear(scenario, view.values, described.does, p.effects),
        costs: warnOnlyNear(scenario, view.values, described.costs, p.userCost),
        blocked,
        label: p.provenance.label,
      };
    }),
    unanswered: toAnswer.filter((p) => p.answer === null).length,
  };
}

/** One order in words, for the list of this week's orders (`nameOf` names a package for the seat). */
export function formatOrder(view: SeatView, action: Action, nameOf: (id: string) => string): string {
  const { scenario } = view;
  const names = (list: readonly number[]) => joinNames(list.map((i) => calledIn(scenario, i)));
  const lever = (i: number) => scenario.levers[i]?.name ?? '?';
  switch (action.type) {
    case 'propose': {
      const to = names(partiesOf(scenario, action.actor, action.clauses).filter((p) => p !== action.actor));
      return `Propose ${formatClauses(scenario, action.clauses)}${to ? ` to ${to}` : ' (you alone sign it)'}`;
    }
    case 'counter':
      return `Counter ${nameOf(action.to)} with ${formatClauses(scenario, action.clauses)}`;
    case 'accept':
      return `Accept ${nameOf(action.package)}`;
    case 'reject':
      return `Reject ${nameOf(action.package)}`;
    case 'meet':
      return `${action.with.length >= 2 ? 'Summit' : 'Meet'} with ${names(action.with)}`;
    case 'red_line': {
      const l = scenario.levers[action.lever];
      return `Red line on ${lever(action.lever)}: never ${action.options.map((o) => `"${l?.options[o]?.name ?? '?'}"`).join(' or ')}`;
    }
    case 'flexibility':
      return `Signal flexibility on ${lever(action.lever)}`;
    case 'pressure':
      return `Pressure: ${scenario.pressures[action.pressure]?.name ?? '?'}`;
  }
}

export type AdviceModel =
  | { readonly none: string }
  | {
      readonly clauses: readonly string[];
      readonly worth: WorthComparison;
      readonly reasons: readonly string[];
    };

/** The adviser's last answer in words (it was computed from the seat's view, log and draft only). */
export function selectAdvice(state: AppState): AdviceModel | null {
  const { advice, game } = state;
  if (!advice || !game) return null;
  const { scenario } = game.view;
  if ('none' in advice) return { none: noAdviceText(scenario, game.view.actor, advice) };
  return {
    clauses: advice.clauses.map((c) => formatClauses(scenario, [c])),
    // Worth by the same function as the composer's, so the two tabs never differ in the last digit.
    worth: compareWorth('Suggested package', ownUtility(game.view, advice.clauses), yardsticksOf(game.view), scenario),
    // The first reason compares its worth with the aim and no deal, which the worth comparison shows already; the
    // next, on the others' gains, says so in words where the seat has seen nothing of what a party wants.
    reasons: adviceReasons(scenario, advice)
      .slice(1)
      .map((r, i) => (i === 0 ? (unknownGainsReason(state, advice) ?? r) : r)),
  };
}

/**
 * The adviser's reason about the others' gains when the seat has seen nothing yet of what some of them want on its
 * levers (their estimated gain is 0 because it does not know, not because they do not care): said in the composer's
 * words, never as "Russia 0". Null when every party's gain is an estimate from what the seat has seen.
 */
function unknownGainsReason(state: AppState, advice: Advice): string | null {
  const scenario = state.game?.view.scenario;
  if (!scenario || advice.gains.length === 0) return null;
  const unknown = unknownWants(state, advice.clauses);
  const name = (actor: number) => calledIn(scenario, actor);
  const blind = advice.gains.filter((g) => g.gain === 0 && unknown(g.actor));
  if (blind.length === 0) return null;
  const seen = advice.gains.filter((g) => !blind.includes(g));
  const estimates =
    seen.length > 0 ? ` By your estimates ${joinNames(seen.map((g) => `${name(g.actor)} ${signed(g.gain)}`))}.` : '';
  const who = joinNames(blind.map((g) => name(g.actor)));
  const notYet = `You do not know yet what these levers are worth to ${who}: offers, answers and red lines will tell you.`;
  // Late in the talks a side may be assumed to accept a small loss (docs/model.md §6), so a gain of 0 can pass.
  if (advice.likelyAccepted)
    return `${notYet}${estimates} By your estimates, even no gain may be enough now for ${who} to accept, so it may well pass.`;
  const counted =
    advice.demand <= 0
      ? ` By your estimates even no gain may be enough now for ${who}, but not every other side would accept yet.`
      : ` Count ${blind.length === 1 ? 'it' : 'each'} as a likely no until then.`;
  return `${notYet}${counted}${estimates} So no package you could propose looks acceptable to all the others yet: this one states what you want. Meet them to learn what they value.`;
}

/** "Suggested: Reject — …": the emphasised answer said as advice, with the reason the numbers give. */
function suggestionText(
  primary: 'accept' | 'counter' | 'reject',
  tone: WorthComparison['tone'],
  accept: Refusal | null,
  counter: Refusal | null,
): string {
  switch (primary) {
    case 'accept':
      return 'Suggested: Accept — it is worth more to you than what you have now and than no deal.';
    case 'counter':
      return 'Suggested: Counter — it beats only one of what you have now and no deal: ask for better terms.';
    case 'reject':
      if (tone === 'bad') return 'Suggested: Reject — it is worth less to you than what you have now and than no deal.';
      if (tone === 'good' && accept)
        return `Suggested: Reject — it would be worth more to you, but you cannot accept it now: ${accept.message}`;
      if (counter)
        return `Suggested: Reject — it beats only one of what you have now and no deal, and you cannot counter it now: ${counter.message}`;
      return 'Suggested: Reject — it beats only one of what you have now and no deal, and none of its levers is open to an offer of yours now, so a counter-offer could not ask for better terms on it.';
  }
}

/**
 * Levers of `clauses` on which the seat has seen nothing of each other actor's wishes: no offer of theirs, no
 * answer of theirs, no red line (what the opponent model learns option values from, docs/model.md §6). Its
 * estimate of such an actor's gain is 0 because it does not know, not because the actor does not care.
 */
function unknownWants(state: AppState, clauses: readonly Clause[]): (actor: number) => boolean {
  const levers = new Set<number>(clauses.map((c) => c.lever));
  const known = new Set<number>();
  const seen = packagesSeen(state);
  for (const e of state.game?.log.events ?? []) {
    const touches = (cs: readonly Clause[]) => cs.some((c) => levers.has(c.lever));
    if (e.type === 'package_delivered' && touches(e.package.clauses)) known.add(e.package.proposer);
    if (e.type === 'answered' && touches(seen.get(e.package)?.clauses ?? [])) known.add(e.actor);
    if (e.type === 'red_line_declared' && levers.has(e.lever)) known.add(e.actor);
  }
  return (actor) => !known.has(actor);
}

/** The estimate of each other party in words: its estimated gain, or that the seat does not know yet. */
function estimateWords(
  estimate: PackageEstimate | null,
  name: (i: number) => string,
  called: (i: number) => string,
  unknown: (actor: number) => boolean,
): Pick<Composer, 'estimates' | 'assumption'> {
  if (!estimate || estimate.others.length === 0) return { estimates: [], assumption: null };
  return {
    estimates: estimate.others.map((o) => ({
      name: name(o.actor),
      likely: o.likely,
      text:
        o.gain === 0 && unknown(o.actor)
          ? `you do not know yet what these levers are worth to ${called(o.actor)}: offers, answers and red lines will tell you. ${o.likely ? `By your estimates even no gain may be enough now for ${called(o.actor)}, so count it as a likely yes` : 'Count it as a likely no until then'}.`
          : o.nothingInReturn
            ? `gains ${signed(o.gain)} by your estimates, and no clause gives ${called(o.actor)} anything in return — likely no.`
            : `gains ${signed(o.gain)} by your estimates — ${o.likely ? 'likely yes' : 'likely no'}.`,
    })),
    assumption: assumptionWords(estimate.demand, estimate.nothingForNothing),
  };
}

/**
 * What "likely yes" assumes (docs/model.md §6): each side needs a share of what the seat itself still needs above
 * what it has now — a gain early in the talks, and once the seat's own target has fallen below what it has, a loss
 * the side would accept; for a seat that gives nothing for nothing, only with something in return or owed.
 */
function assumptionWords(demand: number, nothingForNothing: boolean): string {
  const unit = (x: number) => (num(x) === '1' ? 'point' : 'points');
  if (demand > 0)
    return num(demand) === '0'
      ? '“Likely yes” means a side gains something by your estimates, if only a little: you assume nobody signs for nothing.'
      : `“Likely yes” means a side gains at least ${signed(demand)} ${unit(demand)} by your estimates: you assume each side, like you, still wants a gain.`;
  return num(demand) === '0'
    ? '“Likely yes” means a side loses nothing by your estimates: you assume nobody signs for less than they have now.'
    : `“Likely yes” means a side loses at most ${num(-demand)} ${unit(-demand)} by your estimates: your adviser now aims for less than you have, and you assume the others would also accept a small loss${nothingForNothing ? ', if some clause gives them something in return or they owe you for what you gave them' : ''}.`;
}

/**
 * Keeps the warning mark only where the push leaves its value one bad week from an ending (the engine's
 * `endingDangers`, docs/model.md §3.4): "War intensity +15 (now 80; …)" warns, "Western unity −4 (now 60; at 25 …)"
 * does not. A value set to an amount the words do not give keeps the engine's mark.
 */
function warnOnlyNear(
  scenario: SeatView['scenario'],
  values: readonly number[],
  lines: readonly EffectLine[],
  effects: {
    readonly add: readonly { readonly target: number }[];
    readonly set: readonly { readonly target: number }[];
  },
): EffectLine[] {
  // describePressure writes one line per value moved, adds first then sets, after any lever lines.
  const moved = [...new Set([...effects.add.map((a) => a.target), ...effects.set.map((x) => x.target)])];
  const offset = lines.length - moved.length;
  return lines.map((l, i) => {
    const value = moved[i - offset];
    const by = /^.+ ([+−])(\d+(?:\.\d+)?) \(now /.exec(l.text);
    if (!l.warns || value === undefined || !by) return l;
    const after = values.map((v, j) => (j === value ? v + (by[1] === '−' ? -1 : 1) * Number(by[2]) : v));
    return endingDangers(scenario, after).some((d) => d.value === value) ? l : { ...l, warns: false };
  });
}
