import type { PackageSpace } from './PackageSpace';
import { f64At, i32At } from './typedAt';
import type { Zopa } from './zopaOf';

/** ideal_i: each member's best utility within the ZOPA (null when it is empty). */
export function zopaIdeal(space: PackageSpace, zopa: Zopa): number[] | null {
  if (zopa.empty) return null;
  const u = space.utilities;
  const k = space.group.length;
  const ideal = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  for (let z = 0; z < zopa.count; z++) {
    const p = i32At(zopa.packages, z);
    for (let i = 0; i < k; i++) {
      const x = f64At(u, p * k + i);
      if (x > f64At(ideal, i, 'ideal')) ideal[i] = x;
    }
  }
  return Array.from(ideal);
}
