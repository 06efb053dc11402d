/**
 * Several effects that happen in one step (docs/model.md §3): every expression
 * reads the state as it was at the step's start; adds to one value are
 * summed, then clamped once to its range; if two effects set one value, a
 * keyed draw picks one (and the draw is logged); a value both set and added
 * to takes the set value plus the adds.
 */
import type { CompiledEffects, CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import { envOf } from './envOf';
import type { ChangeSource, GameEvent, ValueCause, ValueChange } from './GameEvent';
import type { GameState } from './GameState';
import type { LeverIndex } from './ids';
import { at } from '../util/at';
import { causeBy } from './changeValues';

export interface EffectSource {
  readonly effects: CompiledEffects;
  /** What the log names as the cause of the values these effects move. */
  readonly because: ChangeSource;
}

export function resolveEffects(
  scenario: CompiledScenario,
  state: GameState,
  sources: readonly EffectSource[],
  cause: string,
): GameEvent[] {
  if (sources.length === 0) return [];
  const env = envOf(scenario, state);
  const adds = new Map<number, number>();
  const sets = new Map<number, number[]>();
  /** Per value: the sources that added to it, and those that set it (in the order of `sets`). */
  const addedBy = new Map<number, Added[]>();
  const setBy = new Map<number, ChangeSource[]>();
  const open = new Set<LeverIndex>();
  const broken = new Set<LeverIndex>();
  for (const { effects, because } of sources) {
    for (const { target, expr } of effects.add) {
      const delta = expr.fn(env);
      adds.set(target, (adds.get(target) ?? 0) + delta);
      addCause(addedBy, target, because, delta);
    }
    for (const { target, expr } of effects.set) {
      const list = sets.get(target) ?? [];
      const by = setBy.get(target) ?? [];
      list.push(expr.fn(env));
      by.push(because);
      sets.set(target, list);
      setBy.set(target, by);
    }
    for (const l of effects.open) open.add(l);
    for (const l of effects.break) broken.add(l);
  }
  const events: GameEvent[] = [];
  const changes: ValueChange[] = [];
  const targets = [...new Set([...adds.keys(), ...sets.keys()])].sort((a, b) => a - b);
  for (const index of targets) {
    const def = at(scenario.values, index);
    const candidates = sets.get(index);
    let base = at(state.values, index);
    const causes: ValueCause[] = [];
    if (candidates && candidates.length > 0) {
      const pick =
        candidates.length === 1
          ? 0
          : Math.floor(keyedUnit(state.seed, state.week, 'set', cause, index) * candidates.length);
      if (candidates.length > 1) events.push({ type: 'tie_drawn', index, candidates, chosen: pick });
      base = at(candidates, pick);
      causes.push({ ...at(setBy.get(index) ?? [], pick), set: base });
    }
    const to = Math.min(def.max, Math.max(def.min, base + (adds.get(index) ?? 0)));
    for (const { source, by } of addedBy.get(index) ?? []) causes.push(causeBy(source, by));
    if (to !== state.values[index]) changes.push({ index, from: at(state.values, index), to, causes });
  }
  if (changes.length > 0) events.push({ type: 'values_changed', cause, changes });
  for (const l of [...new Set([...broken, ...open])].sort((a, b) => a - b)) {
    const lever = at(state.levers, l);
    if (broken.has(l) && lever.settled) events.push({ type: 'lever_broken', lever: l });
    else if (!lever.open) events.push({ type: 'lever_opened', lever: l });
  }
  return events;
}

/** One source's add to a value; a source given twice (a pressure's cost and its effects) is one cause. */
function addCause(causes: Map<number, Added[]>, target: number, source: ChangeSource, by: number): void {
  const list = causes.get(target);
  const last = list?.at(-1);
  if (last?.source === source) last.by += by;
  else if (list) list.push({ source, by });
  else causes.set(target, [{ source, by }]);
}

interface Added {
  readonly source: ChangeSource;
  by: number;
}
