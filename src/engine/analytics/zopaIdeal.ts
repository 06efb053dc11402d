import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';
import type { Zopa } from './zopaOf';

/** ideal_i: each member's best utility within the ZOPA (null when it is empty). */
export function zopaIdeal(space: PackageSpace, zopa: Zopa): number[] | null {
  if (zopa.empty) return null;
  const u = space.utilities;
  const k = space.group.length;
  const ideal = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  for (let z = 0; z < zopa.count; z++) {
    const p = zopa.packages[z];
    if (p === undefined) missing('package of the ZOPA', z);
    for (let i = 0; i < k; i++) {
      const x = u[p * k + i];
      const held = ideal[i];
      if (x === undefined || held === undefined) missing('utility of member', i);
      if (x > held) ideal[i] = x;
    }
  }
  return Array.from(ideal);
}
