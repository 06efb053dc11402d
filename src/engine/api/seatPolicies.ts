import { publicScenarioOf } from '../game/PublicScenario';
import type { Policy } from '../policies/Policy';
import { POLICIES } from '../policies/policies';
import { HUMAN } from '../replay/GameRecord';
import type { CompiledScenario } from '../scenario/CompiledScenario';

/**
 * The one place AI seats are made: per actor, its policy from the registry
 * (null for a human seat), configured with the seat and the game's seed.
 * `seats` maps actor id → 'human' or a policy id; an id the registry lacks
 * is the caller's mistake, reported as `unknown`.
 */
export function seatPolicies(
  scenario: CompiledScenario,
  seats: Readonly<Record<string, string>>,
  seed: number,
): { readonly ok: true; readonly policies: (Policy | null)[] } | { readonly ok: false; readonly unknown: string } {
  const pub = publicScenarioOf(scenario);
  const policies: (Policy | null)[] = [];
  for (const a of scenario.actors) {
    const id = Object.hasOwn(seats, a.id) ? seats[a.id] : undefined;
    if (id === HUMAN) {
      policies.push(null);
      continue;
    }
    const factory = id === undefined ? undefined : POLICIES.get(id);
    if (!factory) return { ok: false, unknown: a.id };
    policies.push(factory({ scenario: pub, actor: a.index, seed }));
  }
  return { ok: true, policies };
}
