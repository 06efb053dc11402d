/**
 * The adviser for any seat (docs/model.md §6): the package the default negotiator
 * would propose for that actor now, with its reasons — computed from the
 * seat's view, legal actions and the events it has seen, and nothing else,
 * so asking for advice never leaks what the seat cannot know.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause } from '../game/GameState';
import { legalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { fmt } from '../game/fmt';
import { packageSpace } from './bestPackage';
import { stanceOf } from './negotiatorPolicy';
import { OpponentModel } from './OpponentModel';
import { DEFAULT_PERSONA, type Persona } from './Persona';
import { at } from '../util/at';

export interface Advice {
  readonly clauses: readonly Clause[];
  /** Worth to the seat if signed now, and its concession target. */
  readonly worth: number;
  readonly target: number;
  /** Estimated gain for each other party (by the seat's own estimates). */
  readonly gains: readonly { readonly actor: number; readonly gain: number }[];
  readonly likelyAccepted: boolean;
  readonly reasons: readonly string[];
}

export function advise(
  view: SeatView,
  seen: readonly GameEvent[],
  persona: Persona = DEFAULT_PERSONA,
): Advice | { readonly none: string } {
  const { scenario } = view;
  const legal = legalActions(scenario, view, view.actor);
  if (legal.proposable.length === 0)
    return {
      none:
        view.week >= scenario.turns.count
          ? 'No packages can be made in the last week.'
          : 'No lever is open for you to propose right now.',
    };
  const model = new OpponentModel(scenario, view.actor);
  model.observe(seen, null);
  const stance = stanceOf(scenario, view, persona);
  const demand = persona.assumedDemand * (1 - stance.t);
  const space = packageSpace(scenario, view, legal, model, persona.maxClauses);
  // As the negotiator: terms the others can accept, else an opening position that beats no deal.
  const found =
    space.best({ demand, minOwn: stance.target, acceptableOnly: true }) ??
    space.best({ demand, minOwn: stance.reservation, acceptableOnly: false });
  if (!found) return { none: 'Every package you could propose now is worth less to you than no deal.' };
  const gains = found.parties.flatMap((p, i) => (p === view.actor ? [] : [{ actor: p, gain: at(found.gains, i) }]));
  const likelyAccepted = gains.every((g) => g.gain >= demand);
  const name = (a: number) => at(scenario.actors, a).name;
  return {
    clauses: found.clauses,
    worth: found.own,
    target: stance.target,
    gains,
    likelyAccepted,
    reasons: [
      found.own >= stance.target
        ? `Worth ${fmt(found.own)} to you; no deal is worth ${fmt(stance.reservation)} now, and you can still aim for ${fmt(stance.target)}.`
        : `Worth ${fmt(found.own)} to you: less than the ${fmt(stance.target)} you could still aim for, but more than the ${fmt(stance.reservation)} no deal is worth now.`,
      likelyAccepted
        ? `By your estimates every other party gains from it: ${gains.map((g) => `${name(g.actor)} +${fmt(g.gain)}`).join(', ')}.`
        : `No package you could propose looks acceptable to everyone yet; this one states what you want. Meet the others to learn what they value.`,
      'Estimates come only from what you have seen: proposals, answers, statements and meetings.',
    ],
  };
}
