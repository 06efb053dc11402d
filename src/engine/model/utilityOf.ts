/**
 * u_a(s) = Σ_levers w·v(option) + Σ_links bonus (when both options hold)
 *          + Σ_values coef · value          (docs/model.md §1)
 * An unsettled lever counts at its status quo: callers pass the effective
 * option of every lever. The lever part does not depend on the world, so
 * tables of it can be kept (packageTable.ts); adding the world's terms to it
 * in this order gives utilityOf to the bit.
 */
import type { CompiledProfile } from '../scenario/CompiledScenario';
import { missing } from '../util/at';

export function utilityOf(profile: CompiledProfile, levers: ArrayLike<number>, values: ArrayLike<number>): number {
  return withWorld(leverPart(profile, levers), profile, values);
}

/** Σ_levers w·v(option) + Σ_links bonus: the part of utility the options decide. */
export function leverPart(profile: CompiledProfile, levers: ArrayLike<number>): number {
  let u = 0;
  let l = 0;
  for (const row of profile.weighted) {
    const option = levers[l];
    if (option === undefined) missing('option of lever', l);
    const value = row[option];
    if (value === undefined) missing('option value of lever', l);
    u += value;
    l++;
  }
  for (const link of profile.links) {
    if (levers[link.a.lever] === link.a.option && levers[link.b.lever] === link.b.option) u += link.bonus;
  }
  return u;
}

/** A lever part with the world's terms added, one by one. */
export function withWorld(part: number, profile: CompiledProfile, values: ArrayLike<number>): number {
  let u = part;
  for (const term of profile.world) {
    const value = values[term.index];
    if (value === undefined) missing('world value', term.index);
    u += term.coef * value;
  }
  return u;
}
