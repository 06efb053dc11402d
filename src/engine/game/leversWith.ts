import type { Clause, LeverState } from './GameState';

/** The option in force per lever if `clauses` were signed now. */
export function leversWith(levers: readonly LeverState[], clauses: readonly Clause[]): number[] {
  // A loop that pushes, not map(), so utility sees one shape of list whether or not its caller is optimised.
  const options: number[] = [];
  for (const l of levers) options.push(l.option);
  for (const c of clauses) options[c.lever] = c.option;
  return options;
}
