import type { GameState } from '../game/GameState';
import { canonicalJson, hashText } from '../rng/hashText';
import type { CompiledScenario } from '../scenario/CompiledScenario';

const scenarioHashes = new WeakMap<CompiledScenario, string>();

/** The fingerprint of the canonical compiled scenario (its validated content and effective params). */
export function scenarioHashOf(scenario: CompiledScenario): string {
  let hash = scenarioHashes.get(scenario);
  if (hash === undefined) {
    hash = hashText(canonicalJson({ input: scenario.input, params: Object.fromEntries(scenario.params) }));
    scenarioHashes.set(scenario, hash);
  }
  return hash;
}

export function stateHashOf(state: GameState): string {
  return hashText(canonicalJson(state));
}
