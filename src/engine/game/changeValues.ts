import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { GameEvent, ValueChange } from './GameEvent';
import type { GameState } from './GameState';
import { at } from '../util/at';

/** Summed deltas → one values_changed event, each value clamped once to its range. */
export function changeValues(
  scenario: CompiledScenario,
  state: GameState,
  deltas: ReadonlyMap<number, number>,
  cause: string,
): GameEvent[] {
  const changes: ValueChange[] = [];
  for (const [index, delta] of [...deltas].sort(([a], [b]) => a - b)) {
    const def = at(scenario.values, index);
    const from = at(state.values, index);
    const to = Math.min(def.max, Math.max(def.min, from + delta));
    if (to !== from) changes.push({ index, from, to });
  }
  return changes.length > 0 ? [{ type: 'values_changed', cause, changes }] : [];
}

export function addDelta(deltas: Map<number, number>, index: number, delta: number): void {
  deltas.set(index, (deltas.get(index) ?? 0) + delta);
}
