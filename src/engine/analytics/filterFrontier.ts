import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

/**
 * The Pareto frontier of a space with any number of members, in O(n·f)
 * dominance tests (f = frontier size). Packages are visited by Σu descending,
 * then lexicographically descending: whatever dominates a package comes
 * before it (its sum is no smaller, and it wins the first member that
 * differs), so checking each package against the frontier found so far is
 * enough. Returns package indices ordered lexicographically descending by
 * utilities (for two members: u₀ descending, as sweepFrontier).
 */
export function filterFrontier(space: PackageSpace): Int32Array {
  const u = space.utilities;
  const k = space.group.length;
  const n = space.size;
  const sum = new Float64Array(n);
  for (const p of space.possible) {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const x = u[p * k + i];
      if (x === undefined) missing('utility', p * k + i);
      s += x;
    }
    sum[p] = s;
  }
  const lex = (a: number, b: number): number => {
    for (let i = 0; i < k; i++) {
      const x = u[b * k + i];
      const y = u[a * k + i];
      if (x === undefined || y === undefined) missing('utility of member', i);
      const d = x - y;
      if (d !== 0) return d;
    }
    return a - b;
  };
  const order = space.possible.slice();
  order.sort((a, b) => {
    const x = sum[b];
    const y = sum[a];
    if (x === undefined || y === undefined) missing('sum of package', x === undefined ? b : a);
    return x - y || lex(a, b);
  });
  // The frontier's utilities, packed, so the inner loop reads memory in order.
  const found = new Int32Array(n);
  const fu = new Float64Array(n * k);
  let count = 0;
  // The frontier package that dominated the last package usually dominates the next one too.
  let lastHit = 0;
  const dominatedBy = (f: number, p: number): boolean => {
    let strictly = false;
    for (let i = 0; i < k; i++) {
      const a = fu[f * k + i];
      const b = u[p * k + i];
      if (a === undefined || b === undefined) missing('utility of member', i);
      if (a < b) return false;
      if (a > b) strictly = true;
    }
    return strictly;
  };
  for (let o = 0; o < order.length; o++) {
    const p = order[o];
    if (p === undefined) missing('package in order', o);
    let dominated = count > 0 && dominatedBy(lastHit, p);
    for (let f = 0; f < count && !dominated; f++) {
      if (dominatedBy(f, p)) {
        dominated = true;
        lastHit = f;
      }
    }
    if (dominated) continue;
    found[count] = p;
    for (let i = 0; i < k; i++) {
      const x = u[p * k + i];
      if (x === undefined) missing('utility', p * k + i);
      fu[count * k + i] = x;
    }
    count++;
  }
  return found.slice(0, count).sort(lex);
}
