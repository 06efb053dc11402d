import { bestPackage } from './bestPackage';
import type { PackageSpace } from './PackageSpace';
import { spacePoint, type SpacePoint } from './spacePoint';
import { f64At } from './typedAt';
import type { Zopa } from './zopaOf';

/** The Nash bargaining point: the ZOPA package maximising Π_i (u_i − RV_i); null when the ZOPA is empty. */
export function nashPoint(space: PackageSpace, zopa: Zopa): SpacePoint | null {
  const { utilities: u, reservations: rv } = space;
  const k = rv.length;
  const p = bestPackage(space, zopa.packages, (q) => {
    let product = 1;
    let index = q * k;
    for (const r of rv) product *= f64At(u, index++) - r;
    return product;
  });
  return p < 0 ? null : spacePoint(space, p);
}
