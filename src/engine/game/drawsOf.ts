/**
 * What each game draws for its actors (docs/model.md §6): a temperament and
 * an AI horizon per actor, keyed by seed and actor, within the ranges of its
 * profile.
 */
import { keyedRange, keyedUnit } from '../rng/keyedUnit';
import type { CompiledScenario } from '../scenario/CompiledScenario';

export interface Draws {
  readonly temperament: readonly number[];
  readonly horizon: readonly number[];
}

export function drawsOf(scenario: CompiledScenario, seed: number): Draws {
  return {
    temperament: scenario.actors.map((a) =>
      keyedRange(a.profile.temperament[0], a.profile.temperament[1], seed, 'temperament', a.id),
    ),
    horizon: scenario.actors.map((a) => drawWeeks(a.profile.horizon, keyedUnit(seed, 'horizon', a.id))),
  };
}

/** A whole number of weeks in [lo, hi]. */
function drawWeeks([lo, hi]: readonly [number, number], u: number): number {
  const first = Math.ceil(lo);
  const last = Math.max(first, Math.floor(hi));
  return Math.min(last, first + Math.floor(u * (last - first + 1)));
}
