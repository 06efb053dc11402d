import { bestPackage } from './bestPackage';
import type { PackageSpace } from './PackageSpace';
import { spacePoint, type SpacePoint } from './spacePoint';
import { missing } from '../util/at';
import type { Zopa } from './zopaOf';

/** The Nash bargaining point: the ZOPA package maximising Π_i (u_i − RV_i); null when the ZOPA is empty. */
export function nashPoint(space: PackageSpace, zopa: Zopa): SpacePoint | null {
  const { utilities: u, reservations: rv } = space;
  const k = rv.length;
  const p = bestPackage(space, zopa.packages, (q) => {
    let product = 1;
    for (let i = 0; i < k; i++) {
      const mine = u[q * k + i];
      const need = rv[i];
      if (mine === undefined || need === undefined) missing('utility or reservation of member', i);
      product *= mine - need;
    }
    return product;
  });
  return p < 0 ? null : spacePoint(space, p);
}
