import { bestPackage } from './bestPackage';
import type { PackageSpace } from './PackageSpace';
import { at } from '../util/at';
import { spacePoint, type SpacePoint } from './spacePoint';
import { f64At } from './typedAt';
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
  const members = rv.map((r, i) => ({ rv: r, range: at(ideal, i, 'ideal') - r }));
  const p = bestPackage(space, zopa.packages, (q) => {
    let least = 1;
    let index = q * k;
    for (const { rv: r, range } of members) {
      const x = f64At(u, index++);
      if (range > 0) least = Math.min(least, (x - r) / range);
    }
    return least;
  });
  return p < 0 ? null : spacePoint(space, p);
}
