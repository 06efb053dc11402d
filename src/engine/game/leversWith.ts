import { at } from '../util/at';
import type { Clause, LeverState } from './GameState';

/** The option in force per lever if `clauses` were signed now. */
export function leversWith(levers: readonly LeverState[], clauses: readonly Clause[]): number[] {
  // Index loops that push, not map() and for-of: every package answered is valued here, and utility then sees one
  // shape of list whether or not its caller is optimised.
  const options: number[] = [];
  for (let l = 0; l < levers.length; l++) options.push(at(levers, l).option);
  for (let i = 0; i < clauses.length; i++) {
    const c = at(clauses, i);
    options[c.lever] = c.option;
  }
  return options;
}
