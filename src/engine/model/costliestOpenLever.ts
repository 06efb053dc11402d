import type { LeverState } from '../game/GameState';
import type { CompiledProfile } from '../scenario/CompiledScenario';

/**
 * An actor's costliest open lever — largest weight × (best − worst option
 * value) among open, unsettled levers; -1 if none — which is what a meeting
 * reveals about it (docs/model.md §3).
 */
export function costliestOpenLever(profile: CompiledProfile, levers: readonly LeverState[]): number {
  let best = -1;
  let bestCost = 0;
  levers.forEach((at, l) => {
    if (!at.open || at.settled) return;
    const values = profile.values[l]!;
    const cost = profile.weights[l]! * (Math.max(...values) - Math.min(...values));
    if (cost > bestCost) {
      best = l;
      bestCost = cost;
    }
  });
  return best;
}
