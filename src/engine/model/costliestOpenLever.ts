import type { LeverState } from '../game/GameState';
import type { CompiledProfile } from '../scenario/CompiledScenario';
import { at } from '../util/at';

/**
 * An actor's costliest open lever — largest weight × (best − worst option
 * value) among open, unsettled levers; -1 if none — which is what a meeting
 * reveals about it (docs/model.md §3).
 */
export function costliestOpenLever(profile: CompiledProfile, levers: readonly LeverState[]): number {
  let best = -1;
  let bestCost = 0;
  levers.forEach((state, l) => {
    if (!state.open || state.settled) return;
    const values = at(profile.values, l, 'lever');
    const cost = at(profile.weights, l, 'lever') * (Math.max(...values) - Math.min(...values));
    if (cost > bestCost) {
      best = l;
      bestCost = cost;
    }
  });
  return best;
}
