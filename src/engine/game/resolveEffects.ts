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
import { leverIndex, type LeverIndex } from './ids';
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
  // Per value index (undefined: untouched), arrays rather than maps, filled to their length (a read of a hole
  // is V8's slow path): the dynamics run this every week. Those of sets, rarer, only when there is one.
  const count = scenario.values.length;
  const added = new Array<Added | undefined>(count).fill(undefined);
  let sets: (number[] | undefined)[] | null = null;
  /** Per value: the sources that set it (in the order of `sets`). */
  let setBy: (ChangeSource[] | undefined)[] | null = null;
  /** Per lever an effect opens or breaks: whether one breaks it. */
  const levers: (boolean | undefined)[] = [];
  for (const { effects, because } of sources) {
    for (const { target, expr } of effects.add) addCause(added, target, because, expr.fn(env));
    for (const { target, expr } of effects.set) {
      sets ??= new Array<number[] | undefined>(count).fill(undefined);
      setBy ??= new Array<ChangeSource[] | undefined>(count).fill(undefined);
      (sets[target] ??= []).push(expr.fn(env));
      (setBy[target] ??= []).push(because);
    }
    markLevers(levers, effects.open, false);
    markLevers(levers, effects.break, true);
  }
  const events: GameEvent[] = [];
  const changes: ValueChange[] = [];
  for (let index = 0; index < count; index++) {
    const candidates = sets?.[index];
    const adds = added[index];
    if (candidates === undefined && adds === undefined) continue;
    const def = at(scenario.values, index);
    let base = at(state.values, index);
    let causes = adds?.causes ?? [];
    if (candidates && candidates.length > 0) {
      const pick =
        candidates.length === 1
          ? 0
          : Math.floor(keyedUnit(state.seed, state.week, 'set', cause, index) * candidates.length);
      if (candidates.length > 1) events.push({ type: 'tie_drawn', index, candidates, chosen: pick });
      base = at(candidates, pick);
      // The set first, then the adds.
      const setCause: ValueCause = { ...at(setBy?.[index] ?? [], pick), set: base };
      causes = [setCause];
      for (const c of adds?.causes ?? []) causes.push(c);
    }
    const to = Math.min(def.max, Math.max(def.min, base + (adds?.sum ?? 0)));
    if (to !== state.values[index]) changes.push({ index, from: at(state.values, index), to, causes });
  }
  if (changes.length > 0) events.push({ type: 'values_changed', cause, changes });
  // forEach skips the levers no effect named, in index order.
  levers.forEach((broken, l) => {
    const lever = at(state.levers, l);
    if (broken && lever.settled) events.push({ type: 'lever_broken', lever: leverIndex(l) });
    else if (!lever.open) events.push({ type: 'lever_opened', lever: leverIndex(l) });
  });
  return events;
}

/**
 * The levers a list opens or breaks, a break winning over an open. One loop for both lists: breaks are rare, and a
 * loop of their own, met first long after this was optimised, sent the step back to be compiled again.
 */
function markLevers(levers: (boolean | undefined)[], list: readonly LeverIndex[], broken: boolean): void {
  for (const l of list) levers[l] = broken || levers[l] === true;
}

/**
 * One source's add to a value, its cause made as it comes: a source given twice in a row (a pressure's cost and its
 * effects) is one cause, whose last entry is made again with the new total.
 */
function addCause(added: (Added | undefined)[], target: number, source: ChangeSource, by: number): void {
  const entry = added[target];
  if (entry === undefined) {
    added[target] = { sum: by, causes: [causeBy(source, by)], last: source, lastBy: by };
    return;
  }
  entry.sum += by;
  if (entry.last === source) {
    entry.lastBy += by;
    entry.causes[entry.causes.length - 1] = causeBy(source, entry.lastBy);
  } else {
    entry.causes.push(causeBy(source, by));
    entry.last = source;
    entry.lastBy = by;
  }
}

/** A value's adds: their sum, and their causes in the order they came, the last one's source and amount so far. */
interface Added {
  sum: number;
  readonly causes: ValueCause[];
  last: ChangeSource;
  lastBy: number;
}
