import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { DealWorld } from './DealWorld';
import { egalitarianPoint } from './egalitarianPoint';
import { kalaiSmorodinskyPoint } from './kalaiSmorodinskyPoint';
import { nashPoint } from './nashPoint';
import type { PackageSpace } from './PackageSpace';
import { packageSpaceOf } from './packageSpaceOf';
import { paretoFrontier } from './paretoFrontier';
import type { SpacePoint } from './spacePoint';
import { welfarePoint } from './welfarePoint';
import { zopaIdeal } from './zopaIdeal';
import { zopaOf, type Zopa } from './zopaOf';

/** The deal space of a group in one world, and its landmarks (docs/analytics.md). */
export interface SpaceAnalytics {
  readonly space: PackageSpace;
  readonly zopa: Zopa;
  /** Undominated packages, lexicographically descending by utilities. */
  readonly frontier: Int32Array;
  /** Each member's best utility in the ZOPA; null when it is empty. */
  readonly ideal: readonly number[] | null;
  /** Null when the ZOPA is empty. */
  readonly nash: SpacePoint | null;
  /** Null when the ZOPA is empty. */
  readonly kalaiSmorodinsky: SpacePoint | null;
  /** Over the possible packages: in the ZOPA unless the ZOPA is empty (then: closest to agreement). */
  readonly egalitarian: SpacePoint;
  /** Max Σu over the possible packages. */
  readonly welfare: SpacePoint;
}

export function analyseSpace(scenario: CompiledScenario, group: readonly number[], world: DealWorld): SpaceAnalytics {
  const space = packageSpaceOf(scenario, group, world);
  const zopa = zopaOf(space);
  return {
    space,
    zopa,
    frontier: paretoFrontier(space),
    ideal: zopaIdeal(space, zopa),
    nash: nashPoint(space, zopa),
    kalaiSmorodinsky: kalaiSmorodinskyPoint(space, zopa),
    egalitarian: egalitarianPoint(space),
    welfare: welfarePoint(space),
  };
}
