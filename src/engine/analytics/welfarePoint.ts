import { bestPackage } from './bestPackage';
import { everyPackage } from './everyPackage';
import type { PackageSpace } from './PackageSpace';
import { spacePoint, type SpacePoint } from './spacePoint';
import { missing } from '../util/at';

/**
 * The welfare-maximising package: the largest Σ_i u_i over the possible packages,
 * whether or not everyone would accept it (compare with the ZOPA to see what
 * the group's reservation values cost it).
 */
export function welfarePoint(space: PackageSpace): SpacePoint {
  const k = space.group.length;
  const u = space.utilities;
  const p = bestPackage(space, everyPackage(space), (q) => {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const x = u[q * k + i];
      if (x === undefined) missing('utility', q * k + i);
      s += x;
    }
    return s;
  });
  return spacePoint(space, p);
}
