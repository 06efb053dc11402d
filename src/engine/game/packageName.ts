/**
 * A package as people name it — "Russia's offer of week 6", "your
 * counter-offer of week 2", "Russia's second offer of week 6" — never by its
 * id. The number at the end of an id (docs/model.md §3.2 step 5) counts the
 * proposer's packages of that week, offers and counter-offers together, so a
 * second package is "second" whatever the first was, and two packages never
 * share a name.
 */
import { ordinal, possessive, theName } from '../text';
import { at } from '../util/at';
import type { Package } from './GameState';
import type { ActorIndex } from './ids';
import type { PublicScenario } from './PublicScenario';

/** What naming a package needs: who made it, in which week, and whether it counters another. */
export type PackageRef = Pick<Package, 'id' | 'proposer' | 'week' | 'counters'>;

/**
 * `pkg` named for `seat` ("your offer…" when the seat made it; null names
 * every proposer in the third person). In lower case: capitalise it to start
 * a sentence.
 */
export function packageName(
  scenario: Pick<PublicScenario, 'actors' | 'turns'>,
  pkg: PackageRef,
  seat: ActorIndex | null,
): string {
  const whose = pkg.proposer === seat ? 'your' : possessive(theName(at(scenario.actors, pkg.proposer, 'actor')));
  const n = numberOf(pkg);
  return `${whose} ${n > 1 ? `${ordinal(n)} ` : ''}${kindOf(pkg)} of ${scenario.turns.unit} ${pkg.week}`;
}

/** The package as its proposer makes it: "an offer", "a counter-offer", "a second offer". */
export function packageNoun(pkg: PackageRef): string {
  const n = numberOf(pkg);
  return n > 1 ? `a ${ordinal(n)} ${kindOf(pkg)}` : pkg.counters === null ? 'an offer' : 'a counter-offer';
}

/**
 * A package known only by its id (no event in the log delivered it): its
 * proposer and week read from the id, and named as an offer.
 */
export function packageRefOf(scenario: Pick<PublicScenario, 'actors'>, id: string): PackageRef | null {
  const parts = /^w(\d+)-(.+)-\d+$/.exec(id);
  const proposer = parts && scenario.actors.find((a) => a.id === parts[2]);
  return parts && proposer ? { id, proposer: proposer.index, week: Number(parts[1]), counters: null } : null;
}

const numberOf = (pkg: PackageRef) => Number(/-(\d+)$/.exec(pkg.id)?.[1] ?? 1);
const kindOf = (pkg: PackageRef) => (pkg.counters === null ? 'offer' : 'counter-offer');
