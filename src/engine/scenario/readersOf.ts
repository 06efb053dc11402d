import type { CompiledEffects, CompiledExpr, CompiledScenario } from './CompiledScenario';

/** A part of the scenario that evaluates expressions, and every name they read. */
export interface Reader {
  readonly kind: 'rule' | 'event' | 'pressure' | 'meeting rule' | 'ending';
  /** Its index in the scenario's list of its kind (dynamics, events, pressure, meeting_rules, endings). */
  readonly index: number;
  readonly id: string;
  readonly names: ReadonlySet<string>;
}

/**
 * Every world dynamics rule, event, pressure, meeting rule and ending, with the names its condition and effects
 * read: what a declared red line bears on (redLineAnswers, checkHiddenRedLineRules).
 */
export function readersOf(s: Scenario): readonly Reader[] {
  let readers = made.get(s);
  if (!readers) {
    readers = listReaders(s);
    made.set(s, readers);
  }
  return readers;
}

type Scenario = Pick<CompiledScenario, 'dynamics' | 'events' | 'pressures' | 'meetingRules' | 'endings'>;

/** Made once per scenario: the statement tab asks for every option of every lever each time it is drawn. */
const made = new WeakMap<Scenario, readonly Reader[]>();

function listReaders(s: Scenario): Reader[] {
  const names = (when: CompiledExpr | undefined, ...effects: CompiledEffects[]): ReadonlySet<string> =>
    new Set([...(when?.names ?? []), ...effects.flatMap((e) => [...e.add, ...e.set].flatMap((x) => x.expr.names))]);
  return [
    ...s.dynamics.map((r, index) => ({ kind: 'rule' as const, index, id: r.id, names: names(r.when, r.effects) })),
    ...s.events.map((e, index) => ({ kind: 'event' as const, index, id: e.id, names: names(e.when, e.effects) })),
    ...s.pressures.map((p, index) => ({
      kind: 'pressure' as const,
      index,
      id: p.id,
      names: names(p.when, p.userCost, p.effects),
    })),
    // A scenario with a meeting rule that does not compile never loads, so these indices are those of the file.
    ...s.meetingRules.map((r, index) => ({ kind: 'meeting rule' as const, index, id: r.id, names: names(r.when) })),
    ...s.endings.map((e, index) => ({ kind: 'ending' as const, index, id: e.id, names: names(e.when) })),
  ];
}
