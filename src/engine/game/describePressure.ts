/**
 * What a pressure does, in words, for the screen that offers it: each value
 * its effects and its cost to its user move, by how much (its constant adds,
 * summed as resolution sums them, docs/model.md §3.2 step 1), where that
 * value stands now, and the terminal ending that lies in that direction
 * (endingThresholds, §3.4): "War intensity +15 (now 73; at 90 or more the game
 * ends: Escalation)". Levers it breaks or opens are named too.
 */
import { at } from '../util/at';
import type { CompiledEffects } from '../scenario/CompiledScenario';
import { parse } from '../expr/parse';
import { tokenize } from '../expr/tokenize';
import { constantOf, endingThresholds, type EndingThreshold } from './endingThresholds';
import { fmt } from './fmt';
import type { PublicScenario } from './PublicScenario';

export interface EffectLine {
  readonly text: string;
  /** The change moves a value towards a level at which the game ends by itself. */
  readonly warns: boolean;
}

export interface PressureDescription {
  /** What it does to the world and the others. */
  readonly does: readonly EffectLine[];
  /** What it costs its user. */
  readonly costs: readonly EffectLine[];
}

const AT_OR: Readonly<Record<EndingThreshold['op'], string>> = {
  '>=': 'or more',
  '>': 'and above',
  '<=': 'or less',
  '<': 'and below',
};

export function describePressure(
  scenario: PublicScenario,
  values: readonly number[],
  pressure: number,
): PressureDescription {
  const def = at(scenario.pressures, pressure, 'pressure');
  const levers = (list: readonly number[], say: (name: string) => string) =>
    list.map((l) => ({ text: say(at(scenario.levers, l, 'lever').name), warns: false }));
  return {
    does: [
      ...levers(def.effects.break, (name) => `Ends what was agreed on ${name}: it is open again`),
      ...levers(def.effects.open, (name) => `Puts ${name} on the table`),
      ...changes(scenario, values, def.effects),
    ],
    costs: changes(scenario, values, def.userCost),
  };
}

/** One line per value the effects move, in the order the scenario names them. */
function changes(scenario: PublicScenario, values: readonly number[], effects: CompiledEffects): EffectLine[] {
  const by = new Map<number, number | null>();
  for (const add of effects.add) {
    const source = add.expr.source.trim();
    const amount = constantOf(parse(tokenize(source), source), scenario);
    const before = by.has(add.target) ? by.get(add.target) : 0;
    by.set(add.target, amount === undefined || before === null || before === undefined ? null : before + amount);
  }
  for (const set of effects.set) by.set(set.target, null);
  return [...by].map(([value, amount]) => line(scenario, value, amount, at(values, value, 'value')));
}

function line(scenario: PublicScenario, value: number, by: number | null, now: number): EffectLine {
  const def = at(scenario.values, value, 'value');
  const after = by === null ? null : Math.min(def.max, Math.max(def.min, now + by));
  const towards = endingThresholds(scenario).filter(
    (t) =>
      t.value === value &&
      t.alone &&
      (by === null || (by > 0 && (t.op === '>=' || t.op === '>')) || (by < 0 && (t.op === '<=' || t.op === '<'))),
  );
  const ends = towards.map((t) => {
    const where = `at ${fmt(t.at)} ${AT_OR[t.op]} the game ends: ${t.title}`;
    return after !== null && crosses(t, after) ? `that would take it to ${fmt(after)}, and ${where}` : where;
  });
  const change = by === null ? 'changes' : by > 0 ? `+${fmt(by)}` : `−${fmt(-by)}`;
  return { text: `${def.name} ${change} (now ${[fmt(now), ...ends].join('; ')})`, warns: towards.length > 0 };
}

function crosses(t: EndingThreshold, value: number): boolean {
  switch (t.op) {
    case '>=':
      return value >= t.at;
    case '>':
      return value > t.at;
    case '<=':
      return value <= t.at;
    case '<':
      return value < t.at;
  }
}
