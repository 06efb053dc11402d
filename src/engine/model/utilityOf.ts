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
  // Index loops, not for-of: utility is asked everywhere (answers, searches, scores), and an iterator's try block
  // makes every function this is inlined into dearer to compile.
  let u = 0;
  const { weighted, links } = profile;
  for (let l = 0; l < weighted.length; l++) {
    const row = weighted[l];
    const option = levers[l];
    if (row === undefined || option === undefined) missing('option of lever', l);
    const value = row[option];
    if (value === undefined) missing('option value of lever', l);
    u += value;
  }
  for (let x = 0; x < links.length; x++) {
    const link = links[x];
    if (link === undefined) missing('link', x);
    if (levers[link.a.lever] === link.a.option && levers[link.b.lever] === link.b.option) u += link.bonus;
  }
  return u;
}

/** A lever part with the world's terms added, one by one. */
export function withWorld(part: number, profile: CompiledProfile, values: ArrayLike<number>): number {
  let u = part;
  const world = profile.world;
  for (let x = 0; x < world.length; x++) {
    const term = world[x];
    if (term === undefined) missing('world term', x);
    const value = values[term.index];
    if (value === undefined) missing('world value', term.index);
    u += term.coef * value;
  }
  return u;
}
