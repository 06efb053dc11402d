import type { LeverState } from '../game/GameState';
import type { CompiledProfile } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { byLever, type LeverIndex } from '../game/ids';

/**
 * An actor's costliest open lever — largest weight × (best − worst option
 * value) among open, unsettled levers; -1 if none — which is what a meeting
 * reveals about it (docs/model.md §3).
 */
export function costliestOpenLever(profile: CompiledProfile, levers: readonly LeverState[]): LeverIndex | -1 {
  let best: LeverIndex | -1 = -1;
  let bestCost = 0;
  for (const [l, state] of byLever(levers)) {
    if (!state.open || state.settled) continue;
    const values = at(profile.values, l, 'lever');
    const cost = at(profile.weights, l, 'lever') * (Math.max(...values) - Math.min(...values));
    if (cost > bestCost) {
      best = l;
      bestCost = cost;
    }
  }
  return best;
}
