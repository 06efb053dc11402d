import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { ChangeSource, GameEvent, ValueCause, ValueChange } from './GameEvent';
import type { GameState } from './GameState';
import { at } from '../util/at';

/**
 * A step's adds to values, summed per value, with what made each add (so the log can say why a value moved): indexed
 * by value, holes where none was added. A list rather than a map, read in index order without a sort: three steps of
 * every week make one (with the meetings' list of pairs, −2.2% instructions a lab game).
 */
export type Deltas = ({ sum: number; readonly causes: ValueCause[] } | undefined)[];

/** Summed deltas → one values_changed event, each value clamped once to its range. */
export function changeValues(scenario: CompiledScenario, state: GameState, deltas: Deltas, cause: string): GameEvent[] {
  const changes: ValueChange[] = [];
  // forEach skips the holes, in index order.
  deltas.forEach((delta, index) => {
    if (delta === undefined) return;
    const def = at(scenario.values, index);
    const from = at(state.values, index);
    const to = Math.min(def.max, Math.max(def.min, from + delta.sum));
    if (to !== from) changes.push({ index, from, to, causes: delta.causes });
  });
  return changes.length > 0 ? [{ type: 'values_changed', cause, changes }] : [];
}

export function addDelta(deltas: Deltas, index: number, delta: number, source: ChangeSource): void {
  const entry = deltas[index];
  if (entry) {
    entry.sum += delta;
    entry.causes.push(causeBy(source, delta));
  } else {
    deltas[index] = { sum: delta, causes: [causeBy(source, delta)] };
  }
}

/**
 * `{ ...source, by }`, written out: the same keys in the same order. Sources
 * come in seven shapes, and a spread over so many is V8's slow, generic copy;
 * every value change of every week makes these.
 */
export function causeBy(source: ChangeSource, by: number): ValueCause {
  switch (source.kind) {
    case 'news':
      return { kind: source.kind, event: source.event, by };
    case 'pressure':
      return { kind: source.kind, pressure: source.pressure, by };
    case 'dynamics':
      return { kind: source.kind, rule: source.rule, by };
    case 'meeting':
      return { kind: source.kind, initiator: source.initiator, participants: source.participants, by };
    case 'left_out':
      return { kind: source.kind, initiator: source.initiator, participants: source.participants, by };
    case 'flexibility':
      return { kind: source.kind, actor: source.actor, lever: source.lever, by };
    case 'red_line':
      return { kind: source.kind, actor: source.actor, lever: source.lever, by };
    case 'red_line_broken':
      return { kind: source.kind, actor: source.actor, lever: source.lever, by };
  }
}
