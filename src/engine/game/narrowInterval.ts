/**
 * A meeting (or a statement) narrows a belief about a weight (docs/model.md §3):
 * the new interval keeps `fraction` of the old width, lies inside the old
 * one, contains the truth, and sits at a keyed-random position among those
 * — never centred on the truth, so no number of meetings pins a weight
 * down exactly.
 */
import type { Interval } from './GameState';

/** `u` is a keyed draw in [0, 1). */
export function narrowInterval(old: Interval, truth: number, fraction: number, u: number): Interval {
  const [lo, hi] = old;
  const width = (hi - lo) * fraction;
  const first = Math.max(lo, truth - width);
  const last = Math.min(hi - width, truth);
  let start = first + u * (last - first);
  // Keep the centre at least a tenth of the width away from the truth.
  const guard = 0.1 * width;
  const centre = start + width / 2;
  if (Math.abs(centre - truth) < guard) {
    const above = truth + guard - width / 2;
    const below = truth - guard - width / 2;
    const preferAbove = u < 0.5;
    const fits = (s: number) => s >= first && s <= last;
    start = preferAbove
      ? fits(above)
        ? above
        : fits(below)
          ? below
          : start
      : fits(below)
        ? below
        : fits(above)
          ? above
          : start;
  }
  // Floating point must never push the truth outside.
  return [Math.min(start, truth), Math.max(start + width, truth)];
}
