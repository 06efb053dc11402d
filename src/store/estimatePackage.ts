/**
 * What the orders composer shows about a package before it is sent: the
 * parties (derived from its levers, never chosen), its worth to the seat
 * against what no deal is worth now, and the seat's *estimates* of every
 * other party's gain — from the same opponent model the AI and the adviser
 * use, fed only with the events the seat has seen. Nothing here reads
 * another actor's hidden profile.
 */
import { stanceOf } from '../engine/ai/negotiatorPolicy';
import { OpponentModel } from '../engine/ai/OpponentModel';
import { PERSONAS } from '../engine/ai/Persona';
import type { GameEvent } from '../engine/game/GameEvent';
import type { Clause, GameState } from '../engine/game/GameState';
import { publicScenarioOf } from '../engine/game/PublicScenario';
import { viewFor } from '../engine/game/viewFor';
import { eventsFor } from '../engine/game/visibleTo';
import { ownUtility } from '../engine/policies/ownValue';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';

export interface OtherEstimate {
  readonly actor: number;
  /** Estimated utility gain if signed now (the seat's estimate, not the truth). */
  readonly gain: number;
  /** Whether the estimate clears what the seat assumes the other still demands. */
  readonly likely: boolean;
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
  /** Points the seat assumes every other party still wants above where it stands now. */
  readonly demand: number;
}

export type Estimator = (clauses: readonly Clause[]) => PackageEstimate;

/** Builds the estimator for one seat at one moment of the game (the model is learnt once). */
export function makeEstimator(
  scenario: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
  seat: number,
): Estimator {
  const pub = publicScenarioOf(scenario);
  const view = viewFor(scenario, state, seat);
  const model = new OpponentModel(pub, seat);
  model.observe(eventsFor(events, seat), undefined);
  const stance = stanceOf(pub, view, PERSONAS[0]!);
  const demand = PERSONAS[0]!.assumedDemand * (1 - stance.t);
  return (clauses) => {
    const parties = new Set<number>([seat]);
    for (const c of clauses) for (const s of scenario.levers[c.lever]?.signatories ?? []) parties.add(s);
    const sorted = [...parties].sort((a, b) => a - b);
    return {
      parties: sorted,
      own: ownUtility(view, clauses),
      current: stance.current,
      reservation: stance.reservation,
      demand,
      others: sorted
        .filter((p) => p !== seat)
        .map((actor) => {
          const gain = model.gainOf(view, actor, clauses);
          return { actor, gain, likely: gain >= demand };
        }),
    };
  };
}
