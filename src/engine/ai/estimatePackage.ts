/**
 * What the orders composer shows about a package before it is sent: the
 * parties (derived from its levers, never chosen), its worth to the seat
 * against what no deal is worth now, and the seat's *estimates* of every
 * other party's gain — from the same opponent model the AI and the adviser
 * use, fed only with the events the seat has seen. Nothing here reads
 * another actor's hidden profile.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause } from '../game/GameState';
import { partiesOf } from '../game/partiesOf';
import type { SeatView } from '../game/viewFor';
import { ownUtility } from '../policies/ownValue';
import { stanceOf } from './negotiatorPolicy';
import { OpponentModel } from './OpponentModel';
import { DEFAULT_PERSONA } from './Persona';
import { ledgerOf, owedBy, refusesGift } from './Ledger';

export interface OtherEstimate {
  readonly actor: number;
  /** Estimated utility gain if signed now (the seat's estimate, not the truth). */
  readonly gain: number;
  /**
   * Whether the estimate clears what the seat assumes the other still demands, and, for a loss, whether some clause
   * gains it or it owes the seat as much (docs/model.md §6, "Nothing for nothing").
   */
  readonly likely: boolean;
  /** A loss with no clause that gains it, more than it owes the seat: it would get nothing in return. */
  readonly nothingInReturn: boolean;
}

export interface PackageEstimate {
  /** The proposer plus every signatory of the package's levers, sorted. */
  readonly parties: readonly number[];
  /** Worth to the seat if signed now, and its value now without it. */
  readonly own: number;
  readonly current: number;
  /** What no deal is worth to the seat now (its reservation value). */
  readonly reservation: number;
  readonly others: readonly OtherEstimate[];
  /** Points the seat assumes every other party needs to gain to sign; below 0, a loss it assumes they would accept. */
  readonly demand: number;
  /** Whether the seat gives nothing for nothing, and so assumes the others do too (docs/model.md §6). */
  readonly nothingForNothing: boolean;
}

export type Estimator = (clauses: readonly Clause[]) => PackageEstimate;

/** Builds the estimator for one seat at one moment of the game from its view and every event it has seen. */
export function estimatorFor(view: SeatView, seen: readonly GameEvent[]): Estimator {
  const { scenario, actor: seat } = view;
  const model = new OpponentModel(scenario, seat);
  model.observe(seen, null);
  const persona = DEFAULT_PERSONA;
  const stance = stanceOf(scenario, view, persona);
  const { demand } = stance;
  const ledger = ledgerOf(view, seen);
  return (clauses) => {
    const parties = partiesOf(scenario, seat, clauses);
    return {
      parties,
      own: ownUtility(view, clauses),
      current: stance.current,
      reservation: stance.reservation,
      demand,
      nothingForNothing: ledger !== null,
      others: parties
        .filter((p) => p !== seat)
        .map((actor) => {
          const gain = model.gainOf(view, actor, clauses);
          const nothingInReturn =
            ledger !== null &&
            // Only a loss can be a gift: tested first, as the package search does, so a gain skips the walk over clauses.
            gain < 0 &&
            refusesGift(
              gain,
              clauses.some((c) => model.gainOf(view, actor, [c]) > 0),
              owedBy(ledger, actor),
            );
          return { actor, gain, likely: gain >= demand && !nothingInReturn, nothingInReturn };
        }),
    };
  };
}
