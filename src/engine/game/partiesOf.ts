import { at } from '../util/at';
import type { Clause } from './GameState';
import type { ActorIndex } from './ids';
import type { PublicScenario } from './PublicScenario';

/** A package's parties (docs/model.md §3.1): its proposer plus every signatory of its levers, sorted — never chosen. */
export function partiesOf(
  scenario: Pick<PublicScenario, 'levers'>,
  proposer: ActorIndex,
  clauses: readonly Clause[],
): ActorIndex[] {
  const parties = new Set([proposer]);
  for (const c of clauses) for (const s of at(scenario.levers, c.lever, 'lever').signatories) parties.add(s);
  return [...parties].sort((a, b) => a - b);
}
