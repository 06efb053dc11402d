import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

/**
 * The Pareto frontier of a two-member space in O(n log n): sort by u₀ then u₁,
 * both descending, and sweep. Within a run of equal u₀ only the largest u₁
 * can be undominated, and it is undominated exactly when it beats the best u₁
 * of every package with a larger u₀. Packages with equal utility pairs do not
 * dominate each other, so all of them are kept.
 * Returns package indices by u₀ descending (u₁ ascending along the frontier).
 */
export function sweepFrontier(space: PackageSpace): Int32Array {
  if (space.group.length !== 2) throw new RangeError('sweepFrontier needs a group of two');
  const u = space.utilities;
  const order = space.possible.slice();
  order.sort((a, b) => {
    const a0 = u[2 * a];
    const a1 = u[2 * a + 1];
    const b0 = u[2 * b];
    const b1 = u[2 * b + 1];
    if (a0 === undefined || a1 === undefined || b0 === undefined || b1 === undefined)
      missing('utility of package', a0 === undefined || a1 === undefined ? a : b);
    return b0 - a0 || b1 - a1 || a - b;
  });
  const frontier: number[] = [];
  let bestAbove = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < order.length;) {
    const first = order[i];
    if (first === undefined) missing('package in order', i);
    const u0 = u[2 * first];
    const top = u[2 * first + 1];
    if (u0 === undefined || top === undefined) missing('utility of package', first);
    let j = i;
    for (; j < order.length; j++) {
      const p = order[j];
      if (p === undefined) missing('package in order', j);
      if (u[2 * p] !== u0) break;
      if (top > bestAbove && u[2 * p + 1] === top) frontier.push(p);
    }
    if (top > bestAbove) bestAbove = top;
    i = j;
  }
  return Int32Array.from(frontier);
}
