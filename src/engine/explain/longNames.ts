/**
 * Names that the table will wrap onto several lines (docs/table.md: names are
 * never cut, they wrap, and the table grows taller): each kind of name has
 * the length that reads on one or two lines of its box in the narrowest
 * layout (an actor's block is 120 px wide at 15 px bold, about 15 characters
 * a line; a lever or an option has half the deal board, about 30). Rough on
 * purpose: letters differ in width, so these are a guide, not a rule, and
 * `npm run scenario -- explain` reports them rather than the lint refusing them.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';

export interface LongName {
  /** What it names, in words: "actor", "leader", "lever", "option of Fishing rights", "meter", "ending". */
  readonly what: string;
  readonly name: string;
  /** Its length in characters, and the length that reads well. */
  readonly length: number;
  readonly limit: number;
}

export const NAME_LIMITS = { actor: 30, leader: 60, lever: 60, option: 60, meter: 30, ending: 60 } as const;

export function longNames(scenario: CompiledScenario): LongName[] {
  const all: LongName[] = [];
  const check = (what: string, name: string, limit: number) => {
    const length = [...name].length;
    if (length > limit) all.push({ what, name, length, limit });
  };
  for (const a of scenario.actors) {
    check('actor', a.name, NAME_LIMITS.actor);
    check('leader', a.leader, NAME_LIMITS.leader);
  }
  for (const l of scenario.levers) {
    check('lever', l.name, NAME_LIMITS.lever);
    for (const o of l.options) check(`option of ${l.name}`, o.name, NAME_LIMITS.option);
  }
  for (const v of scenario.values) if (v.kind === 'world') check('meter', v.name, NAME_LIMITS.meter);
  for (const e of scenario.endings) check('ending', e.title, NAME_LIMITS.ending);
  return all;
}
