import { bestPackage } from './bestPackage';
import { everyPackage } from './everyPackage';
import type { PackageSpace } from './PackageSpace';
import { spacePoint, type SpacePoint } from './spacePoint';
import { missing } from '../util/at';

/**
 * The egalitarian point: the package maximising min_i (u_i − RV_i). Taken over
 * the possible packages: when the ZOPA is non-empty the maximum is ≥ 0, so the point
 * lies in the ZOPA and is the usual one; when it is empty, the point is the
 * package closest to agreement and its smallest advantage (< 0) is how far
 * the least-satisfied member is from accepting — how much a zone must open.
 */
export function egalitarianPoint(space: PackageSpace): SpacePoint {
  const { utilities: u, reservations: rv } = space;
  const k = rv.length;
  const p = bestPackage(space, everyPackage(space), (q) => {
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < k; i++) {
      const mine = u[q * k + i];
      const need = rv[i];
      if (mine === undefined || need === undefined) missing('utility or reservation of member', i);
      least = Math.min(least, mine - need);
    }
    return least;
  });
  return spacePoint(space, p);
}
