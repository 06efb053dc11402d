/**
 * "The moves that mattered" as the debrief tells them (analyseMoves gives
 * the numbers, docs/model.md §9): how far the analysis has got, then the
 * weeks whose decision gained or cost the most — what the student did and
 * what the adviser would have done, in plain words, each with the result and
 * the ending it led to.
 */
import {
  at,
  formatClauses,
  joinNames,
  packageName,
  theName,
  type Action,
  type Clause,
  type Debrief,
  type Package,
} from '../engine/index';
import type { MovesAnalysis } from './analyseMoves';

export interface MoveWeek {
  readonly week: number;
  /** The student's orders that week, and the adviser's, one sentence each. */
  readonly played: readonly string[];
  readonly advised: readonly string[];
  readonly playedResult: number;
  readonly advisedResult: number;
  readonly playedEnding: string;
  readonly advisedEnding: string;
  /** advisedResult − playedResult: above 0, the adviser's orders would have done better. */
  readonly gap: number;
  /**
   * What set the student's orders apart from the adviser's, one short line each, when they had something in common
   * (a shared order, or a proposal with a clause of the adviser's); empty when nothing was shared.
   */
  readonly differed: readonly string[];
  /** Which orders the week's figure is for: the differences above together, the one difference, or the whole week. */
  readonly scope: string;
}

export type MovesDebrief =
  | { readonly status: 'analysing'; readonly text: string; readonly done: number; readonly total: number }
  | { readonly status: 'failed'; readonly text: string }
  | {
      readonly status: 'done';
      readonly weeks: readonly MoveWeek[];
      readonly unit: string;
      /** The seat's result in the game as played (docs/model.md §4), beside the replays' results, and its ending's title. */
      readonly realResult: number;
      readonly realEnding: string;
      /** The weeks analysed but not named (their decision changed the result less), and the largest change among them. */
      readonly others: { readonly count: number; readonly largest: number };
    };

export function selectMovesDebrief(debrief: Debrief | null, moves: MovesAnalysis | null): MovesDebrief | null {
  if (!debrief?.state.ended || !moves) return null;
  const unit = debrief.scenario.turns.unit;
  if (moves.failed) return { status: 'failed', text: 'The analysis of your moves could not be finished.' };
  if (!moves.most) {
    const week = Math.min(moves.total, moves.done + 1);
    return {
      status: 'analysing',
      text: `Analysing ${unit} ${week} of ${moves.total}…`,
      done: moves.done,
      total: moves.total,
    };
  }
  const packages = packagesOf(debrief);
  const named = new Set(moves.most.map((w) => w.week));
  const rest = moves.weeks.filter((w) => !named.has(w.week));
  return {
    status: 'done',
    unit,
    realResult: debrief.scores.find((s) => s.actor === debrief.seat)?.result ?? 0,
    realEnding: at(debrief.scenario.endings, debrief.state.ended.ending, 'ending').title,
    others: {
      count: rest.length,
      largest: Math.max(0, ...rest.map((w) => Math.abs(w.advisedResult - w.playedResult))),
    },
    weeks: moves.most.map((w) => ({
      week: w.week,
      played: w.played.map((a) => describeOrder(debrief, packages, a)),
      advised: w.advised.map((a) => describeOrder(debrief, packages, a)),
      playedResult: w.playedResult,
      advisedResult: w.advisedResult,
      playedEnding: w.playedEnding.title,
      advisedEnding: w.advisedEnding.title,
      gap: w.advisedResult - w.playedResult,
      ...difference(debrief, packages, w.played, w.advised, unit),
    })),
  };
}

type Proposal = Extract<Action, { type: 'propose' }>;

/**
 * What the student's week did that the adviser's would not have, and which orders the week's figure is for. The two
 * replays differ only in that week's orders (docs/model.md §9), so one difference alone carries the whole figure;
 * several share it, and the replays do not tell them apart. A proposal that kept some of the adviser's clauses is
 * told by its clauses ("Your proposal also held …"), not as a different proposal.
 */
function difference(
  debrief: Debrief,
  packages: ReadonlyMap<string, Package>,
  played: readonly Action[],
  advised: readonly Action[],
  unit: string,
): { differed: string[]; scope: string } {
  const say = (a: Action) => describeOrder(debrief, packages, a);
  const together = `the replays do not tell which of them made the difference`;
  // Both empty: the same orders and the same luck give the same replay, so the figure is nothing to split.
  if (advised.length === 0 && played.length === 0)
    return {
      differed: [],
      scope: `You sent no orders that ${unit}, and your adviser would have sent none either: your orders were the same.`,
    };
  if (advised.length === 0)
    return {
      differed: [],
      scope:
        played.length > 1
          ? `Your adviser would have sent no orders that ${unit}: the figure is for all your orders of that ${unit} together; ${together}.`
          : `Your adviser would have sent no orders that ${unit}: the figure is for your orders of that ${unit}.`,
    };
  if (played.length === 0)
    return {
      differed: [],
      scope: `You sent no orders that ${unit}: the figure is for sending none instead of your adviser's.`,
    };
  const shared = new Set(played.map(say).filter((t) => advised.some((a) => say(a) === t)));
  const mine = played.filter((a) => !shared.has(say(a)));
  const theirs = advised.filter((a) => !shared.has(say(a)));
  const lines: string[] = [];
  // The adviser proposes one package at most; a proposal of the student's sharing a lever with it is compared clause by clause.
  const advice = theirs.find((a): a is Proposal => a.type === 'propose');
  const mirror = advice && mine.find((a): a is Proposal => a.type === 'propose' && sharesLever(a, advice));
  if (advice && mirror) lines.push(...clauseChanges(debrief, mirror, advice));
  lines.push(...mine.filter((a) => a !== mirror).map(say));
  lines.push(...theirs.filter((a) => a !== advice || !mirror).map((a) => `Not in yours: ${say(a)}`));
  if (shared.size === 0 && !mirror)
    return {
      differed: [],
      scope: `None of your orders that ${unit} was one of your adviser's: the figure is for your orders of that ${unit} together against the adviser's; ${together}.`,
    };
  if (lines.length === 0) return { differed: [], scope: `Your orders that ${unit} were your adviser's.` };
  return {
    differed: lines,
    scope:
      lines.length === 1
        ? 'That is the only difference: the figure is for it alone.'
        : `The figure is for these differences together; ${together}.`,
  };
}

function sharesLever(a: Proposal, b: Proposal): boolean {
  return a.clauses.some((c) => b.clauses.some((d) => d.lever === c.lever));
}

/** A proposal of the student's beside the adviser's, clause by clause: what it added, left out or changed. */
function clauseChanges(debrief: Debrief, mine: Proposal, advice: Proposal): string[] {
  const { scenario } = debrief;
  const option = (c: Clause) => at(at(scenario.levers, c.lever, 'lever').options, c.option, 'option').name;
  const added = mine.clauses.filter((c) => !advice.clauses.some((d) => d.lever === c.lever));
  const left = advice.clauses.filter((d) => !mine.clauses.some((c) => c.lever === d.lever));
  const changed = mine.clauses.flatMap((c) => {
    const d = advice.clauses.find((x) => x.lever === c.lever);
    return d && d.option !== c.option ? [{ c, d }] : [];
  });
  return [
    ...(added.length > 0 ? [`Your proposal also held ${formatClauses(scenario, added)}`] : []),
    ...(left.length > 0 ? [`Your proposal left out the adviser's ${formatClauses(scenario, left)}`] : []),
    ...changed.map(
      ({ c, d }) =>
        `Your proposal had ${at(scenario.levers, c.lever, 'lever').name}: ${option(c)}, where the adviser's had ${option(d)}`,
    ),
  ];
}

function packagesOf(debrief: Debrief): Map<string, Package> {
  const found = new Map<string, Package>();
  for (const e of debrief.events) if (e.type === 'package_delivered') found.set(e.package.id, e.package);
  return found;
}

/** An order of the student's, as the student would say it ("Accept Russia's counter-offer of week 2"). */
export function describeOrder(debrief: Debrief, packages: ReadonlyMap<string, Package>, action: Action): string {
  const { scenario } = debrief;
  const seat = at(scenario.actors, debrief.seat, 'actor').index;
  const lever = (l: number) => at(scenario.levers, l, 'lever');
  const named = (id: string) => {
    const p = packages.get(id);
    return p ? packageName(scenario, p, seat) : 'an offer';
  };
  const names = (actors: readonly number[]) => joinNames(actors.map((a) => theName(at(scenario.actors, a, 'actor'))));
  switch (action.type) {
    case 'propose':
      return `Propose ${formatClauses(scenario, action.clauses)}`;
    case 'counter':
      return `Answer ${named(action.to)} with a counter-offer: ${formatClauses(scenario, action.clauses)}`;
    case 'accept':
      return `Accept ${named(action.package)}`;
    case 'reject':
      return `Reject ${named(action.package)}`;
    case 'meet':
      return `Meet ${names(action.with)}`;
    case 'red_line': {
      const l = lever(action.lever);
      const options = action.options.map((o) => at(l.options, o, 'option').name);
      return `Declare a red line on ${l.name}: never ${joinNames(options).replace(/ and /g, ' or ')}`;
    }
    case 'flexibility':
      return `Signal flexibility on ${lever(action.lever).name}`;
    case 'pressure':
      return `Apply the pressure “${at(scenario.pressures, action.pressure, 'pressure').name}”`;
  }
}
