/**
 * What the orders panels show for the seat this week, as plain data: the
 * points left, the orders given so far (in words), every lever with whether
 * the seat may put it in a package (and why not), the packages to answer
 * with their public reasons, who may be invited, statements and pressure.
 * Controls built from this stay enabled: an illegal choice is refused by the
 * rules (checkAction) with a message, never hidden.
 */
import type { Action } from '../engine/game/Action';
import { costOf } from '../engine/game/checkAction';
import { formatClauses } from '../engine/game/formatEvent';
import type { GameEvent } from '../engine/game/GameEvent';
import type { GameState, Package } from '../engine/game/GameState';
import { legalActions } from '../engine/game/legalActions';
import { viewFor } from '../engine/game/viewFor';
import { eventsFor } from '../engine/game/visibleTo';
import { ownReservation, ownUtility } from '../engine/policies/ownValue';
import { publicScenarioOf } from '../engine/game/PublicScenario';
import type { CompiledScenario, Label } from '../engine/scenario/CompiledScenario';

export interface OrderLine {
  readonly index: number;
  readonly text: string;
  readonly cost: number;
}

export interface ComposerLever {
  readonly index: number;
  readonly name: string;
  readonly description: string;
  readonly options: readonly { readonly index: number; readonly name: string }[];
  readonly statusQuo: number;
  /** The option in force now. */
  readonly option: number;
  readonly signatories: readonly string[];
  /** Null when the seat may put it in a package now; else why not, in words. */
  readonly blocked: string | null;
  readonly label: Label;
}

export interface PackageToAnswer {
  readonly id: string;
  readonly proposer: string;
  readonly proposerIndex: number;
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
}

export interface StatementLever {
  readonly index: number;
  readonly name: string;
  readonly options: readonly {
    readonly index: number;
    readonly name: string;
    readonly statusQuo: boolean;
    readonly declared: boolean;
  }[];
}

export interface PressureChoice {
  readonly index: number;
  readonly name: string;
  readonly description: string;
  readonly cost: number;
  readonly cooldown: number;
  /** Null when it may be used now; else why not (cooldown, condition). */
  readonly blocked: string | null;
  readonly label: Label;
}

export interface OrdersModel {
  readonly seat: number;
  readonly seatName: string;
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
  readonly toAnswer: readonly PackageToAnswer[];
  /** The seat's own packages awaiting the others' answers this week. */
  readonly awaiting: readonly { readonly id: string; readonly terms: string; readonly parties: string }[];
  readonly others: readonly { readonly index: number; readonly name: string; readonly leader: string }[];
  readonly meetingRules: readonly string[];
  readonly meet: { readonly trustGain: number; readonly leftOutTrust: number; readonly narrowTo: number };
  readonly statement: { readonly redLineSupportCost: number; readonly flexibilityTrust: number };
  readonly statementLevers: readonly StatementLever[];
  readonly pressures: readonly PressureChoice[];
  /** Packages to answer that have no answer in the orders yet (no answer means reject). */
  readonly unanswered: number;
}

export function selectOrdersModel(
  scenario: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
  seat: number,
  orders: readonly Action[],
): OrdersModel {
  const actor = scenario.actors[seat]!;
  const name = (i: number) => scenario.actors[i]!.name;
  const names = (list: readonly number[]) => list.map(name).join(', ');
  const unit = scenario.turns.unit;
  const spent = orders.reduce((sum, a) => sum + costOf(scenario, a), 0);
  const legal = legalActions(scenario, state, seat);
  const view = viewFor(scenario, state, seat);
  const reservation = ownReservation(publicScenarioOf(scenario), view);
  const current = ownUtility(view, []);
  const seen = eventsFor(events, seat);
  const reasonsOf = new Map<string, string>();
  for (const e of seen) if (e.type === 'package_delivered' && e.reasons) reasonsOf.set(e.package.id, e.reasons.public);
  const inPlay = new Set<number>();
  for (const p of state.inbox) if (p.proposer === seat) for (const c of p.clauses) inPlay.add(c.lever);
  for (const a of orders)
    if (a.type === 'propose' || a.type === 'counter') for (const c of a.clauses) inPlay.add(c.lever);

  const answerOf = (id: string) => {
    for (const a of orders) {
      if ((a.type === 'accept' || a.type === 'reject') && a.package === id) return a.type;
      if (a.type === 'counter' && a.to === id) return 'counter' as const;
    }
    return null;
  };

  const toAnswer = legal.toAnswer.map((p): PackageToAnswer => ({
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
  }));

  return {
    seat,
    seatName: actor.name,
    week: state.week,
    weeks: scenario.turns.count,
    unit,
    lastWeek: state.week >= scenario.turns.count,
    points: { total: actor.actionPoints, spent, left: actor.actionPoints - spent },
    costs: {
      propose: scenario.actions.propose.cost,
      counter: scenario.actions.counter.cost,
      meet: scenario.actions.meet.cost,
      statement: scenario.actions.statement.cost,
    },
    orders: orders.map((a, index) => ({ index, text: formatOrder(scenario, state, a), cost: costOf(scenario, a) })),
    levers: scenario.levers.map((l): ComposerLever => {
      const at = state.levers[l.index]!;
      const blocked = !at.open
        ? `not on the table yet`
        : at.settled
          ? `settled: ${l.options[at.option]!.name}`
          : !l.proposers.includes(seat)
            ? `only ${joinNames(l.proposers.map(name))} may propose it`
            : inPlay.has(l.index)
              ? `you already have a package in play on it`
              : null;
      return {
        index: l.index,
        name: l.name,
        description: l.description,
        options: l.options.map((o, index) => ({ index, name: o.name })),
        statusQuo: l.statusQuo,
        option: at.option,
        signatories: l.signatories.map(name),
        blocked,
        label: l.provenance.label,
      };
    }),
    toAnswer,
    awaiting: state.inbox
      .filter((p) => p.proposer === seat)
      .map((p) => ({ id: p.id, terms: formatClauses(scenario, p.clauses), parties: names(p.parties) })),
    others: scenario.actors
      .filter((a) => a.index !== seat)
      .map((a) => ({ index: a.index, name: a.name, leader: a.leader })),
    meetingRules: scenario.meetingRules.map((r) => r.message),
    meet: {
      trustGain: scenario.actions.meet.trust_gain,
      leftOutTrust: scenario.actions.meet.left_out_trust,
      narrowTo: scenario.actions.meet.narrow_to,
    },
    statement: {
      redLineSupportCost: scenario.actions.statement.red_line_support_cost,
      flexibilityTrust: scenario.actions.statement.flexibility_trust,
    },
    statementLevers: scenario.levers
      .filter((l) => l.signatories.includes(seat) && !state.levers[l.index]!.settled)
      .map((l) => ({
        index: l.index,
        name: l.name,
        options: l.options.map((o, index) => ({
          index,
          name: o.name,
          statusQuo: index === l.statusQuo,
          declared: state.redLines[seat]![l.index]!.includes(index),
        })),
      })),
    pressures: scenario.pressures
      .filter((p) => p.actor === seat)
      .map((p): PressureChoice => {
        const ready = state.readyWeek[p.index]!;
        const blocked =
          ready > state.week
            ? `available again in ${unit} ${ready}`
            : legal.pressures.includes(p.index)
              ? null
              : `not possible now${p.when ? ` (${p.when.source})` : ''}`;
        return {
          index: p.index,
          name: p.name,
          description: p.description,
          cost: p.cost,
          cooldown: p.cooldown,
          blocked,
          label: p.provenance.label,
        };
      }),
    unanswered: toAnswer.filter((p) => p.answer === null).length,
  };
}

/** One order in words, for the list of this week's orders. */
export function formatOrder(scenario: CompiledScenario, state: GameState, action: Action): string {
  const name = (i: number) => scenario.actors[i]?.name ?? '?';
  const lever = (i: number) => scenario.levers[i]?.name ?? '?';
  const partiesOf = (clauses: readonly { lever: number }[]) => {
    const set = new Set<number>();
    for (const c of clauses)
      for (const s of scenario.levers[c.lever]?.signatories ?? []) if (s !== action.actor) set.add(s);
    return [...set]
      .sort((a, b) => a - b)
      .map(name)
      .join(', ');
  };
  switch (action.type) {
    case 'propose': {
      const to = partiesOf(action.clauses);
      return `Propose ${formatClauses(scenario, action.clauses)}${to ? ` to ${to}` : ' (you alone sign it)'}`;
    }
    case 'counter':
      return `Counter ${action.to} with ${formatClauses(scenario, action.clauses)}`;
    case 'accept': {
      const p = state.inbox.find((x) => x.id === action.package);
      return `Accept ${action.package}${p ? ` from ${name(p.proposer)}` : ''}`;
    }
    case 'reject': {
      const p = state.inbox.find((x) => x.id === action.package);
      return `Reject ${action.package}${p ? ` from ${name(p.proposer)}` : ''}`;
    }
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

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
