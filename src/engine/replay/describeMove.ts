/**
 * A recorded order in plain words, named from a scenario that may no longer
 * hold what it names (a lever, an option, an actor or a pressure removed
 * since): what is missing is said so, never shown as an index.
 */
import type { Action } from '../game/Action';
import type { Clause } from '../game/GameState';
import type { PublicScenario } from '../game/PublicScenario';

const GONE = 'something no longer in the scenario';

export function describeMove(scenario: PublicScenario, action: Action): string {
  const lever = (l: number) => scenario.levers[l]?.name ?? GONE;
  const option = (l: number, o: number) => scenario.levers[l]?.options[o]?.name ?? GONE;
  const actor = (a: number) => scenario.actors[a]?.name ?? GONE;
  const clauses = (cs: readonly Clause[]) =>
    cs.map((c) => `${lever(c.lever)}: ${option(c.lever, c.option)}`).join('; ');
  switch (action.type) {
    case 'propose':
      return `a proposal (${clauses(action.clauses)})`;
    case 'counter':
      return `a counter-offer (${clauses(action.clauses)})`;
    case 'accept':
      return 'accepting an offer';
    case 'reject':
      return 'rejecting an offer';
    case 'meet':
      return `a meeting with ${action.with.map(actor).join(', ')}`;
    case 'red_line':
      return `a red line on ${lever(action.lever)} (never ${action.options.map((o) => option(action.lever, o)).join(' or ')})`;
    case 'flexibility':
      return `a signal of flexibility on ${lever(action.lever)}`;
    case 'pressure':
      return `the pressure "${scenario.pressures[action.pressure]?.name ?? GONE}"`;
    default:
      return 'an order of a kind this version of Parley does not know';
  }
}
