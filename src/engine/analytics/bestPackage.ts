import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

/**
 * The candidate with the highest score, or -1 when there is none. Ties go to
 * the larger Σu, then to the lexicographically larger utilities, then to the
 * lower index. Every score used here (product, minimum, sum of advantages)
 * never decreases when a member gains, so with this tie-break a package that
 * another candidate dominates never wins: the points always lie on the frontier.
 */
export function bestPackage(space: PackageSpace, candidates: ArrayLike<number>, score: (p: number) => number): number {
  const u = space.utilities;
  const k = space.group.length;
  const welfare = (p: number): number => {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const x = u[p * k + i];
      if (x === undefined) missing('utility', p * k + i);
      s += x;
    }
    return s;
  };
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestWelfare = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c];
    if (p === undefined) missing('candidate', c);
    const s = score(p);
    if (best >= 0 && s < bestScore) continue;
    if (best >= 0 && s === bestScore) {
      const w = welfare(p);
      if (w < bestWelfare) continue;
      if (w === bestWelfare && !lexGreater(u, k, p, best)) continue;
    }
    best = p;
    bestScore = s;
    bestWelfare = welfare(p);
  }
  return best;
}

function lexGreater(u: Float64Array, k: number, p: number, q: number): boolean {
  for (let i = 0; i < k; i++) {
    const x = u[p * k + i];
    const y = u[q * k + i];
    if (x === undefined || y === undefined) missing('utility of member', i);
    const d = x - y;
    if (d !== 0) return d > 0;
  }
  return false;
}
