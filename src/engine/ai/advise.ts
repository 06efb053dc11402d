/**
 * The adviser for any seat (docs/model.md §6): the package the default negotiator
 * would propose for that actor now, with its reasons — computed from the
 * seat's view, legal actions and the events it has seen, and nothing else,
 * so asking for advice never leaks what the seat cannot know.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause } from '../game/GameState';
import type { Gain } from '../game/Reasons';
import { legalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { packageSpace } from './bestPackage';
import { stanceOf } from './negotiatorPolicy';
import { OpponentModel } from './OpponentModel';
import { DEFAULT_PERSONA, type Persona } from './Persona';
import { at } from '../util/at';

export interface Advice {
  readonly clauses: readonly Clause[];
  /** Worth to the seat if signed now, its concession target, and what no deal is worth to it now. */
  readonly worth: number;
  readonly target: number;
  readonly reservation: number;
  /** Estimated gain for each other party (by the seat's own estimates). */
  readonly gains: readonly Gain[];
  readonly likelyAccepted: boolean;
}

/** Why there is no advice: the last week, no lever the seat may propose, or nothing that beats no deal. */
export type NoAdvice = 'last_week' | 'no_lever' | 'nothing_beats_no_deal';

export function advise(
  view: SeatView,
  seen: readonly GameEvent[],
  persona: Persona = DEFAULT_PERSONA,
): Advice | { readonly none: NoAdvice } {
  const { scenario } = view;
  const legal = legalActions(scenario, view, view.actor);
  if (legal.proposable.length === 0) return { none: view.week >= scenario.turns.count ? 'last_week' : 'no_lever' };
  const model = new OpponentModel(scenario, view.actor);
  model.observe(seen, null);
  const stance = stanceOf(scenario, view, persona);
  const demand = persona.assumedDemand * (1 - stance.t);
  const space = packageSpace(scenario, view, legal, model, persona.maxClauses);
  // As the negotiator: terms the others can accept, else an opening position that beats no deal.
  const found =
    space.best({ demand, minOwn: stance.target, acceptableOnly: true }) ??
    space.best({ demand, minOwn: stance.reservation, acceptableOnly: false });
  if (!found) return { none: 'nothing_beats_no_deal' };
  const gains = found.parties.flatMap((p, i) => (p === view.actor ? [] : [{ actor: p, gain: at(found.gains, i) }]));
  const likelyAccepted = gains.every((g) => g.gain >= demand);
  return {
    clauses: found.clauses,
    worth: found.own,
    target: stance.target,
    reservation: stance.reservation,
    gains,
    likelyAccepted,
  };
}
