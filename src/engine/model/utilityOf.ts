/**
 * u_a(s) = Σ_levers w·v(option) + Σ_links bonus (when both options hold)
 *          + Σ_values coef · value          (docs/model.md §1)
 * An unsettled lever counts at its status quo: callers pass the effective
 * option of every lever.
 */
import type { CompiledProfile } from '../scenario/CompiledScenario';

export function utilityOf(profile: CompiledProfile, levers: ArrayLike<number>, values: ArrayLike<number>): number {
  let u = 0;
  const weighted = profile.weighted;
  for (let l = 0; l < weighted.length; l++) u += weighted[l]![levers[l]!]!;
  for (const link of profile.links) {
    if (levers[link.a.lever] === link.a.option && levers[link.b.lever] === link.b.option) u += link.bonus;
  }
  for (const term of profile.world) u += term.coef * values[term.index]!;
  return u;
}
