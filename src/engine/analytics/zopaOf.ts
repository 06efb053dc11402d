import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

/** The zone of possible agreement: possible packages where every member gets at least its RV. */
export interface Zopa {
  /** Package indices, ascending. */
  readonly packages: Int32Array;
  readonly count: number;
  readonly empty: boolean;
}

export function zopaOf(space: PackageSpace): Zopa {
  const { utilities: u, reservations: rv, possible } = space;
  const k = rv.length;
  const found = new Int32Array(possible.length);
  let count = 0;
  for (const p of possible) {
    let ok = true;
    for (let i = 0; i < k && ok; i++) {
      const mine = u[p * k + i];
      const need = rv[i];
      if (mine === undefined || need === undefined) missing('utility or reservation of member', i);
      ok = mine >= need;
    }
    if (ok) found[count++] = p;
  }
  return { packages: found.slice(0, count), count, empty: count === 0 };
}
