/**
 * The adviser for any seat (docs/model.md §6): the package the default negotiator
 * would propose for that actor now, with its reasons — computed from the
 * seat's view, its choices after the orders it has drafted, and the events
 * it has seen, and nothing else, so asking for advice never leaks what the
 * seat cannot know, and never suggests a package its orders rule out.
 */
import type { Action } from '../game/Action';
import { choicesOf } from '../game/choicesOf';
import type { GameEvent } from '../game/GameEvent';
import type { Clause } from '../game/GameState';
import { actorIndices, type ActorIndex, type LeverIndex } from '../game/ids';
import type { Gain } from '../game/Reasons';
import type { Refusal } from '../game/Refusal';
import { legalActions, type LegalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { packageSpace } from './bestPackage';
import { ledgerOf } from './Ledger';
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
  /** Estimated gain for each other party (by the seat's own estimates); empty when the seat alone signs it. */
  readonly gains: readonly Gain[];
  /** The least gain the seat assumes each other party needs to sign (below 0: a loss it would accept). */
  readonly demand: number;
  readonly likelyAccepted: boolean;
}

/**
 * A clause that crosses a red line: the seat's own (hidden, `actor` is the seat), one another signatory
 * declared, or one another party named in turning down a package (`declared` false).
 */
export interface RedLineCrossed extends Clause {
  readonly actor: ActorIndex;
  readonly declared: boolean;
}

/** Why there is no advice. */
export type NoAdvice =
  /** The rules allow no package now (the last week, no action points, no lever open to the seat): why not. */
  | { readonly none: 'cannot_propose'; readonly refusal: Refusal }
  /**
   * Every package the seat may propose is worth less to it than no deal, or than what it has now when that is more
   * (`now`, else null); `inPlay`: its levers held by its own packages.
   */
  | {
      readonly none: 'nothing_beats_no_deal';
      readonly reservation: number;
      readonly now: number | null;
      readonly inPlay: readonly LeverIndex[];
    }
  /** Only packages across red lines would beat no deal (and what the seat has now): the clauses that cross them. */
  | { readonly none: 'red_lines'; readonly crossed: readonly RedLineCrossed[] };

/** The concession target the adviser aims for now (docs/model.md §6): what the screens call its aim. */
export function adviserTarget(view: SeatView, persona: Persona = DEFAULT_PERSONA): number {
  return stanceOf(view.scenario, view, persona).target;
}

export function advise(
  view: SeatView,
  seen: readonly GameEvent[],
  draft: readonly Action[] = [],
  persona: Persona = DEFAULT_PERSONA,
): Advice | NoAdvice {
  const { scenario } = view;
  const choices = choicesOf(view, draft);
  const refusal = choices.kinds.propose.refusal;
  if (refusal) return { none: 'cannot_propose', refusal };
  // The levers still open to a package after the draft's orders (with none, exactly legalActions' levers).
  const open = new Set(choices.levers.flatMap((l) => (l.refusal === null ? [l.lever] : [])));
  const all = legalActions(scenario, view, view.actor);
  const legal: LegalActions = { ...all, proposable: all.proposable.filter((p) => open.has(p.lever)) };
  const model = new OpponentModel(scenario, view.actor);
  model.observe(seen, null);
  const stance = stanceOf(scenario, view, persona);
  const { demand } = stance;
  const ledger = ledgerOf(view, seen);
  const space = packageSpace(scenario, view, legal, model, persona.maxClauses, ledger);
  // As the negotiator: terms the others can accept, else an opening position that beats no deal; and never
  // a package worth less to the seat than what it has now (docs/model.md §6).
  const found =
    space.best({ demand, minOwn: Math.max(stance.target, stance.current), acceptableOnly: true }) ??
    space.best({ demand, minOwn: Math.max(stance.reservation, stance.current), acceptableOnly: false });
  if (!found)
    return nothingBeatsNoDeal(view, legal, model, persona, stance.reservation, stance.current, choices.levers);
  const gains = found.parties.flatMap((p, i) => (p === view.actor ? [] : [{ actor: p, gain: at(found.gains, i) }]));
  const likelyAccepted = found.acceptable;
  return {
    clauses: found.clauses,
    worth: found.own,
    target: stance.target,
    reservation: stance.reservation,
    gains,
    demand,
    likelyAccepted,
  };
}

/**
 * Why nothing is advised when no package beats no deal: the search leaves
 * out options across red lines (the seat's own, those others declared, and
 * those a party named in refusing a package), so if one of those would beat
 * no deal, say which; else say so, naming the
 * levers the seat's own packages still hold.
 */
function nothingBeatsNoDeal(
  view: SeatView,
  legal: LegalActions,
  model: OpponentModel,
  persona: Persona,
  reservation: number,
  current: number,
  levers: ReturnType<typeof choicesOf>['levers'],
): NoAdvice {
  const unbound: SeatView = {
    ...view,
    redLines: view.redLines.map((byLever) => byLever.map(() => [])),
    profile: { ...view.profile, redLines: view.profile.redLines.map((row) => row.map(() => false)) },
  };
  const heedless = new OpponentModel(view.scenario, view.actor, {
    ...model.data,
    refused: model.data.refused.map((byLever) => byLever.map(() => [])),
  });
  // Its own floor (what it has now) rules out a gift of its own, and it asks nothing of the others: no accounts.
  const across = packageSpace(view.scenario, unbound, legal, heedless, persona.maxClauses, null).best({
    demand: 0,
    minOwn: Math.max(reservation, current),
    acceptableOnly: false,
  });
  const crossed = (across?.clauses ?? []).flatMap((c): RedLineCrossed[] => {
    if (at(at(view.profile.redLines, c.lever), c.option)) return [{ ...c, actor: view.actor, declared: false }];
    const declarer = at(view.scenario.levers, c.lever).signatories.find((s) =>
      at(at(view.redLines, s), c.lever).includes(c.option),
    );
    if (declarer !== undefined) return [{ ...c, actor: declarer, declared: true }];
    const refuser = actorIndices(view.scenario).find(
      (p) => p !== view.actor && across?.parties.includes(p) && model.refuses(p, c.lever, c.option),
    );
    return refuser === undefined ? [] : [{ ...c, actor: refuser, declared: false }];
  });
  if (crossed.length > 0) return { none: 'red_lines', crossed };
  const inPlay = levers.flatMap((l) => (l.refusal?.code === 'LEVER_IN_PLAY' ? [l.lever] : []));
  return { none: 'nothing_beats_no_deal', reservation, now: current > reservation ? current : null, inPlay };
}
