/**
 * A policy plays one seat through the same view and legal actions as a
 * student (docs/model.md §6). It is a function of its seat's view and its own
 * memory: plain, serialisable data that the game keeps per seat and week
 * (Game.memories) and the replay record carries, so resuming or branching a
 * game never re-runs a decision to rebuild what a policy remembered. A
 * policy object holds only its configuration (the seat, the seed for keyed
 * draws); anything it learns goes into its memory.
 */
import type { Action } from '../game/Action';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import type { ActorIndex } from '../game/ids';

export interface PolicyContext {
  readonly scenario: PublicScenario;
  readonly actor: ActorIndex;
  readonly seed: number;
}

export interface Decision<M = unknown> {
  readonly orders: readonly Action[];
  readonly memory: M;
}

export interface Policy<M = unknown> {
  readonly id: string;
  /** Its memory at the start of a game (null for a policy that remembers nothing). */
  start(): M;
  /** This week's orders (illegal ones are refused by the rules, not trusted) and what to remember. */
  decide(view: SeatView, legal: LegalActions, memory: M): Decision<M>;
  /** Whether data read from a record is a memory this policy could have written (records are untrusted). */
  isMemory(data: unknown): data is M;
}

export type PolicyFactory = (context: PolicyContext) => Policy;

/** A policy that remembers nothing: its orders are a function of the view alone. */
export function stateless(id: string, decide: (view: SeatView, legal: LegalActions) => Action[]): Policy<null> {
  return {
    id,
    start: () => null,
    decide: (view, legal) => ({ orders: decide(view, legal), memory: null }),
    isMemory: (data): data is null => data === null,
  };
}
