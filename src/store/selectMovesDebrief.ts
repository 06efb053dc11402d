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
}

export type MovesDebrief =
  | { readonly status: 'analysing'; readonly text: string; readonly done: number; readonly total: number }
  | { readonly status: 'failed'; readonly text: string }
  | {
      readonly status: 'done';
      readonly weeks: readonly MoveWeek[];
      readonly unit: string;
      /** The seat's result in the game as played (docs/model.md §4), beside the replays' results. */
      readonly realResult: number;
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
    })),
  };
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
