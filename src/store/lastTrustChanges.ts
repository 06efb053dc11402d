/**
 * For the table's trust lines: the last change of each actor's trust in each
 * other that the seat saw, with what caused it in the log's own words
 * (formatCauses, docs/model.md §3.5), every actor named.
 */
import { formatCauses, type ActorIndex, type GameEvent, type PublicScenario } from '../engine/index';
import type { TrustChange } from './TableModel';

export function lastTrustChanges(scenario: PublicScenario, events: readonly GameEvent[]): (TrustChange | null)[][] {
  const pairOf = new Map<number, readonly [ActorIndex, ActorIndex]>();
  for (const a of scenario.actors)
    for (const b of scenario.actors)
      if (a.index !== b.index) pairOf.set(scenario.trustIndex(a.index, b.index), [a.index, b.index]);
  const last: (TrustChange | null)[][] = scenario.actors.map(() => scenario.actors.map(() => null));
  let week = 1;
  for (const e of events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type !== 'values_changed') continue;
    for (const c of e.changes) {
      const pair = pairOf.get(c.index);
      const row = pair ? last[pair[0]] : undefined;
      if (!pair || !row) continue;
      row[pair[1]] = { week, from: c.from, to: c.to, cause: formatCauses(scenario, c.causes, pair[0], null) };
    }
  }
  return last;
}
