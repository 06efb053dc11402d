import type { Policy } from '../policies/Policy';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { createGame } from './createGame';
import type { Game } from './Game';

/** A new game with a policy (or a human: null) in each seat, each policy starting from its empty memory. */
export function newGame(scenario: CompiledScenario, seed: number, seats: readonly (Policy | null)[]): Game {
  const { state, events } = createGame(scenario, seed);
  return {
    state,
    events,
    lastWeekFrom: 0,
    memories: [seats.map((policy) => (policy ? policy.start() : null))],
    log: [],
    refused: [],
  };
}
