import type { PackageSpace } from './PackageSpace';
import type { Zopa } from './zopaOf';

/** ideal_i: each member's best utility within the ZOPA (null when it is empty). */
export function zopaIdeal(space: PackageSpace, zopa: Zopa): number[] | null {
  if (zopa.empty) return null;
  const u = space.utilities;
  const k = space.group.length;
  const ideal = new Array<number>(k).fill(Number.NEGATIVE_INFINITY);
  for (let z = 0; z < zopa.count; z++) {
    const p = zopa.packages[z]!;
    for (let i = 0; i < k; i++) if (u[p * k + i]! > ideal[i]!) ideal[i] = u[p * k + i]!;
  }
  return ideal;
}
