import type { PackageSpace } from './PackageSpace';
import { f64At, i32At } from './typedAt';

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
  const order = new Int32Array(space.size);
  for (let p = 0; p < space.size; p++) order[p] = p;
  order.sort(
    (a, b) => f64At(u, 2 * b) - f64At(u, 2 * a) || f64At(u, 2 * b + 1) - f64At(u, 2 * a + 1) || a - b,
  );
  const frontier: number[] = [];
  let bestAbove = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < order.length;) {
    const first = i32At(order, i);
    const u0 = f64At(u, 2 * first);
    const top = f64At(u, 2 * first + 1);
    let j = i;
    for (; j < order.length; j++) {
      const p = i32At(order, j);
      if (f64At(u, 2 * p) !== u0) break;
      if (top > bestAbove && f64At(u, 2 * p + 1) === top) frontier.push(p);
    }
    if (top > bestAbove) bestAbove = top;
    i = j;
  }
  return Int32Array.from(frontier);
}
