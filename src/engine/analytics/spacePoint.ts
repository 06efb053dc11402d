import { packageOptions } from './packageOptions';
import type { PackageSpace } from './PackageSpace';
import { at } from '../util/at';

/** One package of a space, named by its options, with what it gives each member. */
export interface SpacePoint {
  /** Index in the space. */
  readonly package: number;
  /** Option per lever. */
  readonly options: readonly number[];
  /** Per member, in group order. */
  readonly utilities: readonly number[];
  /** u − RV per member. */
  readonly advantages: readonly number[];
  /** Σ utilities. */
  readonly welfare: number;
}

export function spacePoint(space: PackageSpace, p: number): SpacePoint {
  const k = space.group.length;
  const utilities = Array.from(space.utilities.subarray(p * k, p * k + k));
  return {
    package: p,
    options: packageOptions(space, p),
    utilities,
    advantages: utilities.map((u, i) => u - at(space.reservations, i, 'reservation')),
    welfare: utilities.reduce((s, u) => s + u, 0),
  };
}
