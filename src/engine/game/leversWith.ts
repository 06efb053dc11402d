import type { Clause, LeverState } from './GameState';

/** The option in force per lever if `clauses` were signed now. */
export function leversWith(levers: readonly LeverState[], clauses: readonly Clause[]): number[] {
  const options = levers.map((l) => l.option);
  for (const c of clauses) options[c.lever] = c.option;
  return options;
}
