/**
 * A seat's choices this week, computed from its view alone (so a screen, or
 * a device across a network, can show what is allowed before it is
 * clicked): every action kind with its cost and whether it is possible now;
 * per lever and option whether it may go into a package; per package to
 * answer whether it may be accepted, rejected or countered; who may be met;
 * statements; pressures. Each refusal is the one checkAction would give
 * (the same functions decide both), after the orders already in the draft.
 */
import type { Action, ActionType } from './Action';
import {
  checkAction,
  checkAnswer,
  checkClause,
  checkMeeting,
  checkPoints,
  checkPressure,
  checkStatement,
  leversInPlay,
  pointsLeft,
} from './checkAction';
import { refusal } from './formatRefusal';
import { isLocked } from './isLocked';
import { at } from '../util/at';
import type { Package } from './GameState';
import { optionIndices, type ActorIndex, type LeverIndex, type OptionIndex } from './ids';
import type { Refusal } from './Refusal';
import type { SeatView } from './viewFor';

/** `null` when allowed, else why not. */
export type Verdict = Refusal | null;

export interface Choices {
  readonly points: { readonly total: number; readonly spent: number; readonly left: number };
  /** Per action kind: its cost now, and why none of that kind is possible (null when some is). */
  readonly kinds: Readonly<Record<ActionType, { readonly cost: number; readonly refusal: Verdict }>>;
  /** Per lever: why no clause on it is possible (null when some is), and per option. */
  readonly levers: readonly {
    readonly lever: LeverIndex;
    readonly refusal: Verdict;
    readonly options: readonly { readonly option: OptionIndex; readonly refusal: Verdict }[];
  }[];
  readonly answers: readonly {
    readonly package: Package;
    readonly accept: Verdict;
    readonly reject: Verdict;
    readonly counter: Verdict;
  }[];
  readonly meet: readonly { readonly actor: ActorIndex; readonly refusal: Verdict }[];
  readonly statements: readonly {
    readonly lever: LeverIndex;
    readonly flexibility: Verdict;
    /** Per option: whether adding it to a red line is possible. */
    readonly redLine: readonly { readonly option: OptionIndex; readonly refusal: Verdict }[];
  }[];
  readonly pressures: readonly { readonly pressure: number; readonly cost: number; readonly refusal: Verdict }[];
}

export function choicesOf(view: SeatView, draft: readonly Action[] = []): Choices {
  const { scenario, actor } = view;
  const mine = draft.filter((a) => a.actor === actor);
  const total = scenario.actors[actor]?.actionPoints ?? 0;
  const left = pointsLeft(scenario, actor, mine);
  const over = (action: Action): Verdict =>
    view.ended ? refusal(scenario, 'GAME_OVER') : checkPoints(scenario, mine, action);
  const inPlay = leversInPlay(view.inbox, mine, actor);
  // What a clause may set, points aside: a proposal and a counter share these rules.
  const clauses = scenario.levers.map((l) =>
    optionIndices(l).map((option) => ({
      option,
      refusal: lastWeek(view) ?? checkClause(scenario, view, inPlay, actor, l.index, option),
    })),
  );
  // The status quo is never a clause, and a signed lever takes only what its option leads to (docs/model.md §3.2):
  // a lever's verdict, and whether any clause is possible, come from the other options it may still take, or from
  // every other option once it is locked.
  const settable = (lever: LeverIndex) => {
    const def = at(scenario.levers, lever, 'lever');
    const now = at(view.levers, lever, 'lever');
    const others = (clauses[lever] ?? []).filter(({ option }) => option !== def.statusQuo);
    const reachable = others.filter(({ option }) => !isLocked(def, now, option));
    return (reachable.length > 0 ? reachable : others).map(({ refusal }) => ({ refusal }));
  };
  const noClause =
    firstRefusal(scenario.levers.flatMap((l) => settable(l.index))) === null ? null : refusal(scenario, 'NO_CLAUSE');

  const proposeCost = over({ type: 'propose', actor, clauses: [] });
  const levers = scenario.levers.map((l) => {
    const options = (clauses[l.index] ?? []).map(({ option, refusal }) => ({
      option,
      refusal: proposeCost ?? refusal,
    }));
    return { lever: l.index, refusal: proposeCost ?? firstRefusal(settable(l.index)), options };
  });

  const answers = view.toAnswer.map((p) => {
    const answered = over({ type: 'accept', actor, package: p.id }) ?? checkAnswer(scenario, view, mine, actor, p.id);
    // A counter needs one clause at least: its verdict for a given clause is this one, else that clause's.
    const counter = over({ type: 'counter', actor, to: p.id, clauses: [] }) ?? answered ?? noClause;
    return { package: p, accept: answered, reject: answered, counter };
  });

  const meetCost = over({ type: 'meet', actor, with: [] });
  const meet = scenario.actors
    .filter((a) => a.index !== actor)
    .map((a) => ({ actor: a.index, refusal: meetCost ?? checkMeeting(scenario, view, actor, [a.index]) }));

  const statements = scenario.levers
    .filter((l) => l.signatories.includes(actor))
    .map((l) => {
      const flexibility = checkAction(scenario, view, draft, { type: 'flexibility', actor, lever: l.index });
      const redLine = optionIndices(l).map((option) => ({
        option,
        refusal:
          over({ type: 'red_line', actor, lever: l.index, options: [option] }) ??
          checkStatement(scenario, view, mine, { type: 'red_line', actor, lever: l.index, options: [option] }),
      }));
      return { lever: l.index, flexibility, redLine };
    });

  const pressures = scenario.pressures
    .filter((p) => p.actor === actor)
    .map((p) => ({
      pressure: p.index,
      cost: p.cost,
      refusal:
        over({ type: 'pressure', actor, pressure: p.index }) ?? checkPressure(scenario, view, mine, actor, p.index),
    }));

  const kinds: Choices['kinds'] = {
    // Why no package at all: points or the last week first, else that no lever is open (each lever says why).
    propose: { cost: scenario.actions.propose.cost, refusal: proposeCost ?? lastWeek(view) ?? noClause },
    counter: {
      cost: scenario.actions.counter.cost,
      refusal: firstRefusal(answers.map((a) => ({ refusal: a.counter }))) ?? none(view, 'counter'),
    },
    accept: { cost: 0, refusal: firstRefusal(answers.map((a) => ({ refusal: a.accept }))) ?? none(view, 'accept') },
    reject: { cost: 0, refusal: firstRefusal(answers.map((a) => ({ refusal: a.reject }))) ?? none(view, 'reject') },
    meet: { cost: scenario.actions.meet.cost, refusal: firstRefusal(meet) },
    red_line: {
      cost: scenario.actions.statement.cost,
      refusal: firstRefusal(statements.flatMap((s) => s.redLine)) ?? none(view, 'red_line'),
    },
    flexibility: {
      cost: scenario.actions.statement.cost,
      refusal: firstRefusal(statements.map((s) => ({ refusal: s.flexibility }))) ?? none(view, 'flexibility'),
    },
    pressure: {
      cost: Math.min(...pressures.map((p) => p.cost), Number.POSITIVE_INFINITY),
      refusal: firstRefusal(pressures) ?? none(view, 'pressure'),
    },
  };
  return { points: { total, spent: total - left, left }, kinds, levers, answers, meet, statements, pressures };
}

/** The verdict of a list: null when any entry is allowed, else the first entry's refusal. */
function firstRefusal(list: readonly { readonly refusal: Verdict }[]): Verdict {
  if (list.length === 0 || list.some((x) => x.refusal === null)) return null;
  return list[0]?.refusal ?? null;
}

function lastWeek(view: SeatView): Verdict {
  return view.week >= view.scenario.turns.count ? refusal(view.scenario, 'LAST_WEEK') : null;
}

/** An empty list of candidates is not "allowed": say there is nothing of that kind to do. */
function none(view: SeatView, type: ActionType): Verdict {
  const empty =
    type === 'accept' || type === 'reject' || type === 'counter'
      ? view.toAnswer.length === 0
      : type === 'pressure'
        ? !view.scenario.pressures.some((p) => p.actor === view.actor)
        : !view.scenario.levers.some((l) => l.signatories.includes(view.actor));
  return empty ? refusal(view.scenario, 'NOTHING_TO_DO', { kind: type }) : null;
}

/** Every order of a draft, checked in order against the ones before it, as resolution will. */
export function checkOrders(
  view: SeatView,
  draft: readonly Action[],
): { readonly ok: boolean; readonly refusals: readonly (Refusal & { readonly order: number })[] } {
  const accepted: Action[] = [];
  const refusals: (Refusal & { order: number })[] = [];
  for (const [order, action] of draft.entries()) {
    const found =
      action?.actor === view.actor
        ? checkAction(view.scenario, view, accepted, action)
        : refusal(view.scenario, 'NOT_YOUR_SEAT');
    if (found) refusals.push({ ...found, order });
    else accepted.push(action);
  }
  return { ok: refusals.length === 0, refusals };
}
