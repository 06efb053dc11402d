import { utilityOf } from '../model/utilityOf';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { frontierDistance } from './frontierDistance';
import { leverAttribution } from './leverAttribution';
import type { PackageSpace } from './PackageSpace';

/** How a deal (an option per lever) sits in a group's deal space. */
export interface DealAnalytics {
  readonly options: readonly number[];
  /** Per member, in group order, in the space's world. */
  readonly utilities: readonly number[];
  /** u_i − RV_i. */
  readonly advantages: readonly number[];
  /** advantage_i / Σ_j max(0, advantage_j): negative for a member below its RV; all 0 when nobody gains. */
  readonly shares: readonly number[];
  readonly inZopa: boolean;
  readonly onFrontier: boolean;
  /** Largest ε such that some package gives every member ≥ u_i + ε (0 on the frontier). */
  readonly distance: number;
  /** A package giving everyone at least u_i + distance; -1 when the distance is 0. */
  readonly witness: number;
  /** attribution[lever][i]: member i's utility change from the status quo on that lever. */
  readonly attribution: readonly (readonly number[])[];
}

export function analyseDeal(
  scenario: CompiledScenario,
  space: PackageSpace,
  options: readonly number[],
): DealAnalytics {
  const utilities = space.group.map((a) => utilityOf(at(scenario.actors, a, 'actor').profile, options, space.values));
  const advantages = utilities.map((u, i) => u - at(space.reservations, i, 'reservation'));
  const gained = advantages.reduce((s, d) => s + Math.max(0, d), 0);
  const { distance, onFrontier, witness } = frontierDistance(space, utilities);
  return {
    options: [...options],
    utilities,
    advantages,
    shares: advantages.map((d) => (gained > 0 ? d / gained : 0)),
    inZopa: advantages.every((d) => d >= 0),
    onFrontier,
    distance,
    witness,
    attribution: leverAttribution(scenario, space.group, options),
  };
}
