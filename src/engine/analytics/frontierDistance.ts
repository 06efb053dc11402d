import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

export interface FrontierDistance {
  /**
   * The largest ε such that some package gives every member at least
   * u_i + ε: how much everyone could gain at once. 0 on the frontier (and
   * for a package some other beats for some members only while tying for
   * the rest); never negative.
   */
  readonly distance: number;
  /** No package of the space dominates these utilities. */
  readonly onFrontier: boolean;
  /** A package achieving the distance (for "everyone could have had …"); -1 if it is 0. */
  readonly witness: number;
}

/** ε = max over possible packages p of min_i (u_p,i − u_i), clamped at 0, for utilities u (group order). */
export function frontierDistance(space: PackageSpace, utilities: readonly number[]): FrontierDistance {
  const u = space.utilities;
  const k = space.group.length;
  let best = 0;
  let witness = -1;
  let onFrontier = true;
  for (const p of space.possible) {
    let least = Number.POSITIVE_INFINITY;
    let strictly = false;
    for (let i = 0; i < k; i++) {
      const theirs = u[p * k + i];
      const mine = utilities[i];
      if (theirs === undefined || mine === undefined) missing('utility of member', i);
      const d = theirs - mine;
      if (d < least) least = d;
      if (d > 0) strictly = true;
    }
    if (least >= 0 && strictly) onFrontier = false;
    if (least > best) {
      best = least;
      witness = p;
    }
  }
  return { distance: best, onFrontier, witness };
}
