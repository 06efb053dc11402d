/**
 * Bots beyond the registry, as wrappers around any PolicyFactory (the seat's
 * default policy unless told otherwise). They play through the same view and
 * legal actions as everyone and their orders are checked by the rules like
 * anyone's. Each is a probe of the rules, not a good player:
 * - forbid an action type or a lever option (never use it);
 * - force one (use it every week it can: a dominant action shows up as a
 *   forced probe that beats the default);
 * - scripted probes: never accept, accept everything, stall then offer at
 *   the last moment, maximum pressure.
 * Everything is a pure function of the view: no randomness of their own.
 */
import type { Action, ActionType } from '../game/Action';
import type { Clause } from '../game/GameState';
import { costOf } from '../game/checkAction';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { idealClauses } from '../policies/idealPackage';
import type { Decision, Policy, PolicyContext, PolicyFactory } from '../policies/Policy';
import { at } from '../util/at';
import { optionIndices, type ActorIndex, type LeverIndex, type OptionIndex } from '../game/ids';

/** The base policy as a probe drives it: its orders for a view and a menu (wrap keeps the memory it returns). */
export interface Inner {
  decide(view: SeatView, legal: LegalActions): readonly Action[];
}

/** One week of a probe: the orders it gives, from the base policy's (`inner`) and the seat's view. */
export type WeekMove = (ctx: PolicyContext, inner: Inner, view: SeatView, legal: LegalActions) => readonly Action[];

/**
 * One week of `move` over `policy`: the orders the move gives and the memory
 * of the policy's answer (every move asks the base once a week; if a move did
 * not, the base is asked anyway, so its memory still learns the week).
 */
export function runMove(
  move: WeekMove,
  ctx: PolicyContext,
  policy: Policy,
  turn: { readonly view: SeatView; readonly legal: LegalActions; readonly memory: unknown },
): Decision {
  const { view, legal, memory } = turn;
  let answer: Decision | null = null;
  const inner: Inner = {
    decide(v, l) {
      answer = policy.decide(v, l, memory);
      return answer.orders;
    },
  };
  const orders = move(ctx, inner, view, legal);
  return { orders, memory: (answer ?? policy.decide(view, legal, memory)).memory };
}

/** A policy made from a base policy and a rewrite of its week; its memory is the base's. */
export function wrap(base: PolicyFactory, id: string, week: WeekMove): PolicyFactory {
  return (ctx): Policy => {
    const policy = base(ctx);
    return {
      id,
      start: () => policy.start(),
      isMemory: (data): data is unknown => policy.isMemory(data),
      decide: (view, legal, memory) => runMove(week, ctx, policy, { view, legal, memory }),
    };
  };
}

/** Keeps `first` (free answers and the given actions), then as many of `rest` as the points allow, in order. */
function withinPoints(
  scenario: PublicScenario,
  points: number,
  first: readonly Action[],
  rest: readonly Action[],
): Action[] {
  let left = points - first.reduce((s, a) => s + costOf(scenario, a), 0);
  const kept = [...first];
  for (const a of rest) {
    const cost = costOf(scenario, a);
    if (cost <= left) {
      kept.push(a);
      left -= cost;
    }
  }
  return kept;
}

/** Turns a counter or accept into a plain rejection of the same package. */
const rejectionOf = (a: Extract<Action, { type: 'accept' | 'counter' }>): Action => ({
  type: 'reject',
  actor: a.actor,
  package: a.type === 'counter' ? a.to : a.package,
});

/** Never uses `type`: it is removed from the menu where the menu has it, and answers turn into rejections. */
export function forbidAction(base: PolicyFactory, type: ActionType, id = `forbid:${type}`): PolicyFactory {
  return wrap(base, id, forbidActionWeek(type));
}

export function forbidActionWeek(type: ActionType): WeekMove {
  return (_ctx, inner, view, legal) => {
    const menu: LegalActions =
      type === 'pressure' ? { ...legal, pressures: [] } : type === 'meet' ? { ...legal, meetable: [] } : legal;
    return inner.decide(view, menu).flatMap((a): Action[] => {
      if (a.type !== type) return [a];
      if (a.type === 'accept' || a.type === 'counter') return [rejectionOf(a)];
      return [];
    });
  };
}

/** Uses `type` every week it can (first, then the base policy's orders within the points left). */
export function forceAction(base: PolicyFactory, type: ActionType, id = `force:${type}`): PolicyFactory {
  return wrap(base, id, forceActionWeek(type));
}

export function forceActionWeek(type: ActionType): WeekMove {
  return ({ scenario, actor }, inner, view, legal) => {
    const orders = inner.decide(view, legal);
    if (type === 'accept' || type === 'reject') {
      // Every package gets that answer; counters give way to it and free their points.
      const rest = orders.filter((a) => a.type !== 'accept' && a.type !== 'reject' && a.type !== 'counter');
      return withinPoints(
        scenario,
        legal.points,
        legal.toAnswer.map((p): Action => ({ type, actor, package: p.id })),
        rest,
      );
    }
    if (orders.some((a) => a.type === type)) return orders;
    const forced = forcedAction(scenario, actor, type, view, legal, orders);
    if (!forced) return orders;
    const answers = orders.filter(
      (a) => (a.type === 'accept' || a.type === 'reject') && !(forced.type === 'counter' && a.package === forced.to),
    );
    const rest = orders.filter((a) => a.type !== 'accept' && a.type !== 'reject');
    return withinPoints(scenario, legal.points, [...answers, forced], rest);
  };
}

function forcedAction(
  scenario: PublicScenario,
  actor: ActorIndex,
  type: ActionType,
  view: SeatView,
  legal: LegalActions,
  orders: readonly Action[],
): Action | null {
  const inPlay = new Set<LeverIndex>();
  for (const a of orders)
    if (a.type === 'propose' || a.type === 'counter') for (const c of a.clauses) inPlay.add(c.lever);
  const freeLegal: LegalActions = { ...legal, proposable: legal.proposable.filter((p) => !inPlay.has(p.lever)) };
  const rotate = <T>(list: readonly T[]): T | undefined => list[view.week % Math.max(1, list.length)];
  switch (type) {
    case 'propose': {
      const clauses = firstClause(view, freeLegal);
      return clauses ? { type: 'propose', actor, clauses } : null;
    }
    case 'counter': {
      const target = legal.toAnswer[0];
      const clauses = firstClause(view, freeLegal);
      return target && clauses ? { type: 'counter', actor, to: target.id, clauses } : null;
    }
    case 'meet': {
      const other = rotate(legal.meetable);
      return other === undefined ? null : { type: 'meet', actor, with: [other] };
    }
    case 'flexibility': {
      const lever = rotate(legal.statementLevers);
      return lever === undefined ? null : { type: 'flexibility', actor, lever };
    }
    case 'red_line': {
      // The option it values least on a lever it signs: not the status quo, not in force, not yet
      // declared, and leaving at least one change possible (as the rules require).
      for (const lever of legal.statementLevers) {
        const def = at(scenario.levers, lever, 'lever');
        const values = at(view.profile.values, lever, 'lever');
        const declared = at(at(view.redLines, actor, 'actor'), lever, 'lever');
        if (declared.length + 1 >= def.options.length - 1) continue;
        const inForce = at(view.levers, lever, 'lever').option;
        const worst = optionIndices(def)
          .map((o) => ({ v: at(values, o, 'option'), o }))
          .filter(({ o }) => o !== def.statusQuo && o !== inForce && !declared.includes(o))
          .sort((a, b) => a.v - b.v || a.o - b.o)[0];
        if (worst) return { type: 'red_line', actor, lever, options: [worst.o] };
      }
      return null;
    }
    case 'pressure': {
      const pressure = legal.pressures.find((p) => at(scenario.pressures, p, 'pressure').cost <= legal.points);
      return pressure === undefined ? null : { type: 'pressure', actor, pressure };
    }
    case 'accept':
    case 'reject':
      return null;
  }
}

/** Its favourite clause on the first lever it may propose, else any allowed option. */
function firstClause(view: SeatView, legal: LegalActions): Clause[] | null {
  const [favourite] = idealClauses(view, legal);
  if (favourite) return [favourite];
  for (const { lever, options } of legal.proposable) {
    const [option] = options;
    if (option !== undefined) return [{ lever, option }];
  }
  return null;
}

const hasOption = (clauses: readonly Clause[], lever: LeverIndex, option: OptionIndex) =>
  clauses.some((c) => c.lever === lever && c.option === option);

/** Never proposes, counters with or accepts `lever = option`. */
export function forbidOption(
  base: PolicyFactory,
  lever: LeverIndex,
  option: OptionIndex,
  id = `forbid:${lever}=${option}`,
): PolicyFactory {
  return wrap(base, id, (_ctx, inner, view, legal) => {
    const menu: LegalActions = {
      ...legal,
      proposable: legal.proposable.map((p) =>
        p.lever === lever ? { ...p, options: p.options.filter((o) => o !== option) } : p,
      ),
    };
    const packages = new Map(legal.toAnswer.map((p) => [p.id, p]));
    return inner.decide(view, menu).flatMap((a): Action[] => {
      if (a.type === 'accept') {
        const pkg = packages.get(a.package);
        return pkg && hasOption(pkg.clauses, lever, option) ? [rejectionOf(a)] : [a];
      }
      if (a.type === 'propose' || a.type === 'counter') {
        if (!hasOption(a.clauses, lever, option)) return [a];
        const clauses = a.clauses.filter((c) => !(c.lever === lever && c.option === option));
        if (clauses.length > 0) return [{ ...a, clauses }];
        return a.type === 'counter' ? [rejectionOf(a)] : [];
      }
      return [a];
    });
  });
}

/**
 * Proposes `lever = option` every week it may: a proposal or counter of the
 * base policy that touches the lever is set to it, else it is added to the
 * base's first proposal, else proposed alone (within the points).
 */
export function forceOption(
  base: PolicyFactory,
  lever: LeverIndex,
  option: OptionIndex,
  id = `force:${lever}=${option}`,
): PolicyFactory {
  return wrap(base, id, ({ scenario, actor }, inner, view, legal) => {
    const orders = inner.decide(view, legal);
    const allowed = legal.proposable.find((p) => p.lever === lever)?.options.includes(option) ?? false;
    if (!allowed) return orders;
    const touching = orders.findIndex(
      (a) => (a.type === 'propose' || a.type === 'counter') && a.clauses.some((c) => c.lever === lever),
    );
    const set = (a: Extract<Action, { type: 'propose' | 'counter' }>): Action => ({
      ...a,
      clauses: [...a.clauses.filter((c) => c.lever !== lever), { lever, option }],
    });
    if (touching >= 0)
      return orders.map((a, i) => (i === touching && (a.type === 'propose' || a.type === 'counter') ? set(a) : a));
    const firstProposal = orders.findIndex((a) => a.type === 'propose');
    if (firstProposal >= 0) return orders.map((a, i) => (i === firstProposal && a.type === 'propose' ? set(a) : a));
    const answers = orders.filter((a) => a.type === 'accept' || a.type === 'reject');
    const rest = orders.filter((a) => a.type !== 'accept' && a.type !== 'reject');
    return withinPoints(
      scenario,
      legal.points,
      [...answers, { type: 'propose', actor, clauses: [{ lever, option }] }],
      rest,
    );
  });
}

/** Never accepts a package (counters and its own proposals still go out). */
export const neverAccept = (base: PolicyFactory): PolicyFactory => forbidAction(base, 'accept', 'never-accept');

/** Accepts every package it receives; otherwise plays the base policy. */
export const acceptAll = (base: PolicyFactory): PolicyFactory => forceAction(base, 'accept', 'accept-all');

/**
 * Stalls, then offers at the last moment: until the last week in which
 * packages may be made (the one before the deadline) it rejects everything
 * and proposes nothing; from then on it plays the base policy. The early end
 * of the talks makes this a gamble, which is what the probe measures.
 */
export function stallThenOffer(base: PolicyFactory, id = 'stall'): PolicyFactory {
  return wrap(base, id, (ctx, inner, view, legal) =>
    view.week >= ctx.scenario.turns.count - 1 ? inner.decide(view, legal) : holdWeek(ctx, inner, view, legal),
  );
}

/** A week of holding out: no offer, no counter, no acceptance (the base policy's other actions stay). */
export const holdWeek: WeekMove = ({ actor }, inner, view, legal) =>
  inner.decide(view, legal).flatMap((a): Action[] => {
    if (a.type === 'accept' || a.type === 'counter') return [rejectionOf(a)];
    if (a.type === 'propose') return [];
    return a.actor === actor ? [a] : [];
  });

/**
 * Maximum pressure: every pressure it may use, every week it may (in the
 * scenario's order, within its points), then the base policy with the points
 * left and no pressure on its menu.
 */
export function maxPressure(base: PolicyFactory, id = 'max-pressure'): PolicyFactory {
  return wrap(base, id, maxPressureWeek);
}

/** A week of every pressure the seat may use, then the base policy within the points left. */
export const maxPressureWeek: WeekMove = ({ scenario, actor }, inner, view, legal) => {
  let left = legal.points;
  const pressures: Action[] = [];
  for (const p of legal.pressures) {
    const cost = at(scenario.pressures, p, 'pressure').cost;
    if (cost <= left) {
      pressures.push({ type: 'pressure', actor, pressure: p });
      left -= cost;
    }
  }
  const rest = inner.decide(view, { ...legal, points: left, pressures: [] });
  return withinPoints(scenario, legal.points, pressures, rest);
};
