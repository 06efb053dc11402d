/**
 * What the orders panels show for the seat this week, as plain data computed
 * from the seat's view, its log, its choices after the orders drafted so far
 * and the `ui` slice — nothing else: the points left, the orders given so
 * far (in words), every lever with whether the seat may put it in a package
 * (and why not), the packages to answer with their public reasons, who may be
 * invited, statements and pressure, and each composer's order as it stands.
 * Every "why not" is a refusal of the engine's (choicesOf, checkOrder), with
 * its code and its plain-language message; the store never re-derives a rule.
 * Controls built from this stay enabled: a choice the rules refuse says why
 * before it is clicked, and again, as an alert, when it is.
 */
import {
  adviceReasons,
  at,
  checkOrder,
  costOf,
  estimatorFor,
  formatClauses,
  noAdviceText,
  ownReservation,
  ownUtility,
  partiesOf,
  publicText,
  type Action,
  type ActorIndex,
  type Clause,
  type Estimator,
  type Label,
  type LeverIndex,
  type OptionIndex,
  type Package,
  type PackageEstimate,
  type Refusal,
  type SeatView,
} from '../engine/index';
import type { AppState, StatementKind } from './AppState';
import { composedMeeting, composedPackage, composedStatement, statementLeverOf } from './compose';

export interface OrderLine {
  readonly index: number;
  readonly text: string;
  readonly cost: number;
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
  readonly signatories: readonly string[];
  /** Null when the seat may put it in a package now; else the rules' refusal. */
  readonly blocked: Refusal | null;
  /** The option chosen in the composer, if any. */
  readonly chosen: OptionIndex | null;
  readonly label: Label;
}

export interface PackageToAnswer {
  readonly id: string;
  readonly proposer: string;
  readonly proposerIndex: ActorIndex;
  readonly terms: string;
  readonly clauses: Package['clauses'];
  readonly parties: string;
  /** The seat's own package this one counters, if any. */
  readonly counters: string | null;
  /** The proposer's public reasons, as the seat was told them. */
  readonly reasons: string;
  readonly worth: number;
  readonly current: number;
  readonly reservation: number;
  /** The seat's answer in this week's orders, if any. */
  readonly answer: 'accept' | 'reject' | 'counter' | null;
  readonly accept: Refusal | null;
  readonly reject: Refusal | null;
  readonly counter: Refusal | null;
}

export interface Composer {
  readonly clauses: readonly Clause[];
  /** The package countered, when the composer makes a counter-offer. */
  readonly counterTo: PackageToAnswer | null;
  readonly cost: number;
  /** Parties, worth and estimates of the package; null while it has no clause. */
  readonly estimate: PackageEstimate | null;
  /** Others who are not parties and may be copied in, with whether they are. */
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
  }[];
}

export interface PressureChoice {
  readonly index: number;
  readonly name: string;
  readonly description: string;
  readonly cost: number;
  readonly cooldown: number;
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
  readonly orders: readonly OrderLine[];
  readonly levers: readonly ComposerLever[];
  readonly composer: Composer;
  readonly toAnswer: readonly PackageToAnswer[];
  /** The seat's own packages awaiting the others' answers this week. */
  readonly awaiting: readonly { readonly id: string; readonly terms: string; readonly parties: string }[];
  readonly others: readonly {
    readonly index: ActorIndex;
    readonly name: string;
    readonly leader: string;
    readonly invited: boolean;
    /** Why meeting this actor alone is not possible now, or null. */
    readonly refusal: Refusal | null;
  }[];
  /** The rules' verdict on the meeting as composed (or on meeting at all, while nobody is invited). */
  readonly meeting: { readonly refusal: Refusal | null };
  readonly meetingRules: readonly string[];
  readonly meet: { readonly trustGain: number; readonly leftOutTrust: number; readonly narrowTo: number };
  readonly statementRules: { readonly redLineSupportCost: number; readonly flexibilityTrust: number };
  readonly statementLevers: readonly StatementLever[];
  /** The statement composer: its lever and kind, and the rules' verdict on the statement as composed. */
  readonly statement: {
    readonly lever: LeverIndex | null;
    readonly kind: StatementKind;
    readonly refusal: Refusal | null;
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

export function selectOrdersModel(state: AppState): OrdersModel | null {
  const { game, choices, orders, ui } = state;
  if (!game || !choices) return null;
  const { view } = game;
  const { scenario, actor: seat } = view;
  const name = (i: number) => scenario.actors[i]?.name ?? '?';
  const names = (list: readonly number[]) => list.map(name).join(', ');
  const unit = scenario.turns.unit;
  const current = ownUtility(view, []);
  const reservation = ownReservation(scenario, view);
  const reasonsOf = new Map<string, string>();
  for (const e of game.log.events)
    if (e.type === 'package_delivered' && e.reasons)
      reasonsOf.set(e.package.id, publicText(scenario, e.package.proposer, e.reasons.public));

  const answerOf = (id: string) => {
    for (const a of orders) {
      if ((a.type === 'accept' || a.type === 'reject') && a.package === id) return a.type;
      if (a.type === 'counter' && a.to === id) return 'counter' as const;
    }
    return null;
  };

  const toAnswer = choices.answers.map(({ package: p, accept, reject, counter }): PackageToAnswer => ({
    id: p.id,
    proposer: name(p.proposer),
    proposerIndex: p.proposer,
    terms: formatClauses(scenario, p.clauses),
    clauses: p.clauses,
    parties: names(p.parties),
    counters: p.counters,
    reasons: reasonsOf.get(p.id) ?? '',
    worth: ownUtility(view, p.clauses),
    current,
    reservation,
    answer: answerOf(p.id),
    accept,
    reject,
    counter,
  }));

  // The package composer.
  const composed = composedPackage(scenario, ui, seat);
  const estimate = composed.clauses.length > 0 ? (estimatorOf(state)?.(composed.clauses) ?? null) : null;
  const parties = partiesOf(scenario, seat, composed.clauses);
  const composer: Composer = {
    clauses: composed.clauses,
    counterTo: ui.counterTo ? (toAnswer.find((p) => p.id === ui.counterTo) ?? null) : null,
    cost: costOf(scenario, composed),
    estimate,
    copyable: scenario.actors
      .filter((a) => a.index !== seat && !parties.includes(a.index))
      .map((a) => ({ index: a.index, name: a.name, copied: ui.copied.includes(a.index) })),
    refusal:
      composed.clauses.length > 0
        ? checkOrder(view, orders, composed)
        : composed.type === 'counter'
          ? choices.kinds.counter.refusal
          : choices.kinds.propose.refusal,
  };

  const meeting = composedMeeting(ui, seat);
  const statementLever = statementLeverOf(state);
  const statement = statementLever === null ? null : composedStatement(ui, seat, statementLever);
  const statementRefusal = statement
    ? statement.type === 'red_line' && statement.options.length === 0
      ? (choices.statements.find((s) => s.lever === statementLever)?.flexibility ?? null)
      : checkOrder(view, orders, statement)
    : choices.kinds.flexibility.refusal;

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
    orders: orders.map((a, index) => ({ index, text: formatOrder(view, a), cost: costOf(scenario, a) })),
    levers: choices.levers.map(({ lever, refusal, options }): ComposerLever => {
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
        signatories: l.signatories.map(name),
        blocked: refusal,
        chosen: ui.draft.find((c) => c.lever === lever)?.option ?? null,
        label: l.provenance.label,
      };
    }),
    composer,
    toAnswer,
    awaiting: view.awaiting.map((p) => ({
      id: p.id,
      terms: formatClauses(scenario, p.clauses),
      parties: names(p.parties),
    })),
    others: choices.meet.map((m) => ({
      index: m.actor,
      name: name(m.actor),
      leader: scenario.actors[m.actor]?.leader ?? '',
      invited: ui.meetWith.includes(m.actor),
      refusal: m.refusal,
    })),
    meeting: {
      refusal: meeting.with.length > 0 ? checkOrder(view, orders, meeting) : choices.kinds.meet.refusal,
    },
    meetingRules: scenario.meetingRules.map((r) => r.message),
    meet: {
      trustGain: scenario.actions.meet.trust_gain,
      leftOutTrust: scenario.actions.meet.left_out_trust,
      narrowTo: scenario.actions.meet.narrow_to,
    },
    statementRules: {
      redLineSupportCost: scenario.actions.statement.red_line_support_cost,
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
        })),
      };
    }),
    statement: { lever: statementLever, kind: ui.statementKind, refusal: statementRefusal },
    pressures: choices.pressures.map(({ pressure, cost, refusal }): PressureChoice => {
      const p = at(scenario.pressures, pressure, 'pressure');
      return {
        index: pressure,
        name: p.name,
        description: p.description,
        cost,
        cooldown: p.cooldown,
        blocked: refusal,
        label: p.provenance.label,
      };
    }),
    unanswered: toAnswer.filter((p) => p.answer === null).length,
  };
}

/** One order in words, for the list of this week's orders. */
export function formatOrder(view: SeatView, action: Action): string {
  const { scenario } = view;
  const name = (i: number) => scenario.actors[i]?.name ?? '?';
  const lever = (i: number) => scenario.levers[i]?.name ?? '?';
  const from = (id: string) => {
    const p = view.inbox.find((x) => x.id === id);
    return p ? ` from ${name(p.proposer)}` : '';
  };
  switch (action.type) {
    case 'propose': {
      const to = partiesOf(scenario, action.actor, action.clauses)
        .filter((p) => p !== action.actor)
        .map(name)
        .join(', ');
      return `Propose ${formatClauses(scenario, action.clauses)}${to ? ` to ${to}` : ' (you alone sign it)'}`;
    }
    case 'counter':
      return `Counter ${action.to} with ${formatClauses(scenario, action.clauses)}`;
    case 'accept':
      return `Accept ${action.package}${from(action.package)}`;
    case 'reject':
      return `Reject ${action.package}${from(action.package)}`;
    case 'meet':
      return `${action.with.length >= 2 ? 'Summit' : 'Meet'} with ${action.with.map(name).join(', ')}`;
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
      readonly worth: number;
      readonly target: number;
      readonly likelyAccepted: boolean;
      readonly gains: readonly { readonly name: string; readonly gain: number }[];
      readonly reasons: readonly string[];
    };

/** The adviser's last answer in words (it was computed from the seat's view and log only). */
export function selectAdvice(state: AppState): AdviceModel | null {
  const { advice, game } = state;
  if (!advice || !game) return null;
  const { scenario } = game.view;
  if ('none' in advice) return { none: noAdviceText(scenario, advice.none) };
  return {
    clauses: advice.clauses.map((c) => formatClauses(scenario, [c])),
    worth: advice.worth,
    target: advice.target,
    likelyAccepted: advice.likelyAccepted,
    gains: advice.gains.map((g) => ({ name: scenario.actors[g.actor]?.name ?? '?', gain: g.gain })),
    reasons: adviceReasons(scenario, advice),
  };
}
