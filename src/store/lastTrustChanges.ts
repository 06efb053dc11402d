/**
 * For the table's trust lines: the last change of each actor's trust in each
 * other that the seat saw, with what caused it in plain words ("Russia and
 * the United States met without Ukraine"), from the causes each change in
 * the seat's log carries (docs/model.md §3.5).
 */
import { at, joinNames, possessive, type ActorIndex, type GameEvent, type PublicScenario } from '../engine/index';
import type { TrustChange } from './TableModel';

type ValueCause = Extract<GameEvent, { type: 'values_changed' }>['changes'][number]['causes'][number];

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
      const said = [...new Set(c.causes.map((cause) => causeText(scenario, cause, pair[0])))];
      row[pair[1]] = { week, from: c.from, to: c.to, cause: capitalise(said.join('; ') || 'the course of events') };
    }
  }
  return last;
}

function causeText(scenario: PublicScenario, cause: ValueCause, holder: ActorIndex): string {
  const name = (i: ActorIndex) => {
    const a = at(scenario.actors, i, 'actor');
    return `${a.article ? 'the ' : ''}${a.name}`;
  };
  const lever = (l: number) => at(scenario.levers, l, 'lever').name;
  switch (cause.kind) {
    case 'meeting':
      return `${joinNames(cause.participants.map(name))} met`;
    case 'left_out':
      return `${joinNames(cause.participants.map(name))} met without ${name(holder)}`;
    case 'flexibility':
      return `${name(cause.actor)} signalled flexibility on ${lever(cause.lever)}`;
    case 'red_line_broken':
      return `a deal crossed ${possessive(name(cause.actor))} red line on ${lever(cause.lever)}`;
    case 'news':
      return `the news: “${at(scenario.events, cause.event, 'event').headline}”`;
    case 'pressure':
      return `pressure: “${at(scenario.pressures, cause.pressure, 'pressure').name}”`;
    case 'dynamics':
      return at(scenario.dynamics, cause.rule, 'rule').description.trim().replace(/\.$/, '');
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
