import { bestPackage } from './bestPackage';
import type { PackageSpace } from './PackageSpace';
import { spacePoint, type SpacePoint } from './spacePoint';
import { missing } from '../util/at';
import { zopaIdeal } from './zopaIdeal';
import type { Zopa } from './zopaOf';

/**
 * The Kalai–Smorodinsky point: the ZOPA package maximising
 * min_i (u_i − RV_i) / (ideal_i − RV_i), each member's gain as a fraction of
 * the most it could get in the ZOPA. A member whose ideal equals its RV gets
 * exactly its RV everywhere in the ZOPA, so its fraction counts as 1 (it
 * cannot constrain the choice). Null when the ZOPA is empty.
 */
export function kalaiSmorodinskyPoint(space: PackageSpace, zopa: Zopa): SpacePoint | null {
  const ideal = zopaIdeal(space, zopa);
  if (ideal === null) return null;
  const { utilities: u, reservations: rv } = space;
  const k = rv.length;
  const p = bestPackage(space, zopa.packages, (q) => {
    let least = 1;
    for (let i = 0; i < k; i++) {
      const top = ideal[i];
      const need = rv[i];
      if (top === undefined || need === undefined) missing('ideal or reservation of member', i);
      const range = top - need;
      if (range > 0) {
        const mine = u[q * k + i];
        if (mine === undefined) missing('utility of member', i);
        least = Math.min(least, (mine - need) / range);
      }
    }
    return least;
  });
  return p < 0 ? null : spacePoint(space, p);
}
