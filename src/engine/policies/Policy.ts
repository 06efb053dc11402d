/**
 * A policy plays one seat through the same view and legal actions as a
 * student. Policies are created per game and seat; any randomness comes from
 * keyed draws on (seed, week, actor, …), so a replay needs only the seed.
 * A policy may remember what it observed (the events its seat may see).
 */
import type { Action } from '../game/Action';
import type { GameEvent } from '../game/GameEvent';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { ActorView } from '../game/viewFor';

export interface PolicyContext {
  readonly scenario: PublicScenario;
  readonly actor: number;
  readonly seed: number;
}

export interface Policy {
  readonly id: string;
  /** Events this seat may see, as they happen (optional memory). */
  observe?(events: readonly GameEvent[]): void;
  /** This week's orders; illegal ones are refused by the rules, not trusted. */
  decide(view: ActorView, legal: LegalActions): Action[];
}

export type PolicyFactory = (context: PolicyContext) => Policy;
