/**
 * What an actor's estimates of another's weights (docs/model.md §3.3) now
 * say, in words, never as ranges. After a meeting: which lever it now
 * thinks matters most to the other (by the middle of each interval, as the
 * negotiator's opponent model reads them), whether that changed, how rough a
 * guess it still is, and what the meeting told for sure — the lever the
 * other has most at stake in, of those open now. After a statement: whether
 * the lever surely matters a lot or little (its whole interval lies above or
 * below an equal share of the weight), or not yet how much.
 */
import { capitalise } from '../text';
import { at } from '../util/at';
import type { Interval } from './GameState';
import type { LogContext } from './LogContext';

export interface EstimateUpdate {
  readonly observer: number;
  readonly target: number;
  /** Every lever's interval before and after. */
  readonly before: readonly Interval[];
  readonly after: readonly Interval[];
  /** A statement taught this lever's weight alone; null: a meeting narrowed them all. */
  readonly stated: number | null;
  /** The target's costliest open lever, if the meeting told it. */
  readonly costliest: number | null;
}

/** Average interval widths up to which a guess reads as close, then fair; wider is rough. */
const CLOSE = 0.2;
const FAIR = 0.5;

export function formatEstimates(ctx: LogContext, u: EstimateUpdate): string {
  const { say } = ctx;
  const lever = (l: number) => at(ctx.scenario.levers, l).name;
  const them = say.name(u.target);
  if (u.stated !== null) {
    const [lo, hi] = at(u.after, u.stated);
    const share = 1 / u.after.length;
    const how = lo >= share ? 'a lot' : hi <= share ? 'little' : null;
    const learns = `${capitalise(say.subject(u.observer, 'learns', 'learn'))} from ${say.whose(u.target)} statement that ${lever(u.stated)} matters`;
    return how ? `${learns} ${how} to ${them}.` : `${learns} to ${them}, but not yet how much.`;
  }
  const [top, second] = ranked(u.after);
  if (top === undefined)
    return `${capitalise(say.subject(u.observer, 'learns', 'learn'))} little yet of what matters to ${them}.`;
  const was = ranked(u.before)[0];
  const thinks =
    was === top
      ? say.subject(u.observer, 'still thinks', 'still think')
      : say.subject(u.observer, 'now thinks', 'now think');
  const width = u.after.reduce((sum, [lo, hi]) => sum + hi - lo, 0) / u.after.length;
  const guess = width <= CLOSE ? 'a close guess' : width <= FAIR ? 'a fair guess' : 'still a rough guess';
  const then = second === undefined ? '' : `, then ${lever(second)}`;
  const stake =
    u.costliest === null
      ? ''
      : `; of the levers open now, ${say.subject(u.target, 'has', 'have')} most at stake in ${lever(u.costliest)}`;
  return `${capitalise(thinks)} ${lever(top)} matters most to ${them}${then} (${guess})${stake}.`;
}

/** Levers by the middle of their interval, highest first (ties: lower index); none when all are alike. */
function ranked(intervals: readonly Interval[]): number[] {
  const mids = intervals.map(([lo, hi]) => (lo + hi) / 2);
  if (mids.every((m) => m === mids[0])) return [];
  return mids.map((_, l) => l).sort((a, b) => at(mids, b) - at(mids, a) || a - b);
}
