import type { ExprEnv } from '../expr';
import type { CompiledActor } from '../scenario/CompiledScenario';

/** RV_a(s): what the actor expects from no deal, read from the world (docs/model.md §1). */
export function reservationOf(actor: CompiledActor, env: ExprEnv): number {
  return actor.profile.reservation.fn(env);
}
