import { at } from '../util/at';
import type { Clause } from './GameState';
import { actorIndex, type ActorIndex } from './ids';
import type { PublicScenario } from './PublicScenario';

/** A package's parties (docs/model.md §3.1): its proposer plus every signatory of its levers, sorted — never chosen. */
export function partiesOf(
  scenario: Pick<PublicScenario, 'levers'>,
  proposer: ActorIndex,
  clauses: readonly Clause[],
): ActorIndex[] {
  // A bit mask read in index order, not a set then a sort: every package delivered asks. Actors are fewer than
  // 32 (the engine's masks of actors assume it throughout).
  let mask = 1 << proposer;
  for (const c of clauses) for (const s of at(scenario.levers, c.lever, 'lever').signatories) mask |= 1 << s;
  const parties: ActorIndex[] = [];
  for (let a = 0; mask >>> a !== 0; a++) if ((mask >>> a) & 1) parties.push(actorIndex(a));
  return parties;
}
