import type { LeverState } from '../game/GameState';
import type { CompiledProfile } from '../scenario/CompiledScenario';
import { at, missing } from '../util/at';
import { leverIndex, type LeverIndex } from '../game/ids';

/**
 * An actor's costliest open lever — largest weight × (best − worst option
 * value) among open, unsettled levers; -1 if none — which is what a meeting
 * reveals about it (docs/model.md §3).
 */
export function costliestOpenLever(profile: CompiledProfile, levers: readonly LeverState[]): LeverIndex | -1 {
  const costs = leverCosts(profile);
  let best: LeverIndex | -1 = -1;
  let bestCost = 0;
  // An index loop with plain reads and missing() out of line: every seat asks this every week.
  for (let l = 0; l < levers.length; l++) {
    const state = levers[l];
    if (state === undefined) missing('lever', l);
    if (!state.open || state.settled) continue;
    const cost = costs[l];
    if (cost === undefined) missing('lever', l);
    if (cost > bestCost) {
      best = leverIndex(l);
      bestCost = cost;
    }
  }
  return best;
}

/** Each lever's weight × (best − worst option value): fixed by the profile, so computed once per profile. */
const costsOf = new WeakMap<CompiledProfile, readonly number[]>();

function leverCosts(profile: CompiledProfile): readonly number[] {
  let costs = costsOf.get(profile);
  if (costs === undefined) {
    costs = profile.values.map((values, l) => at(profile.weights, l) * (Math.max(...values) - Math.min(...values)));
    costsOf.set(profile, costs);
  }
  return costs;
}
