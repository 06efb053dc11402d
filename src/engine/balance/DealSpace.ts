/**
 * The whole table's deal space, reduced to what a balance run needs per week
 * and per game. u_a = L_a(options) + W_a(world), where L_a is the lever part
 * (weighted option values and links) and W_a the world part (docs/model.md §1):
 * the world only shifts each actor's utilities by one constant. So the lever
 * parts of every package (every combination of options, from the status quo,
 * as in the best achievable deal of docs/model.md §4) and their Pareto frontier are
 * computed once per compiled scenario, and then, in any world:
 * - the zone of possible agreement is open iff some frontier package gives
 *   every actor L_a ≥ RV_a − W_a (a package meeting every RV is dominated by,
 *   or is, a frontier package that meets them too);
 * - a deal's distance to the frontier, max over packages of min over actors
 *   of the utility everyone could gain at once, does not depend on the world.
 * This is the same ZOPA and distance as src/engine/analytics (whole table,
 * every lever, packages a signatory would never sign left out), computed so
 * that a check costs only the frontier's size. The red lines are the
 * profiles' (the negotiator declares no others), so one frontier serves every
 * game; a probe's own declarations count in its scores, not in the zone.
 */
import type { CompiledProfile, CompiledScenario } from '../scenario/CompiledScenario';
import { packageTableOf } from '../model/packageTable';
import { missing } from '../util/at';

export interface DealSpace {
  readonly actors: number;
  /** Number of packages (combinations of options). */
  readonly size: number;
  /** frontier[f · actors + a]: actor a's lever part of frontier package f. */
  readonly frontier: Float64Array;
  readonly frontierSize: number;
}

/** World part of a profile: Σ coef · value. */
export function worldPart(profile: CompiledProfile, values: ArrayLike<number>): number {
  let u = 0;
  for (const term of profile.world) {
    const value = values[term.index];
    if (value === undefined) missing('world value', term.index);
    u += term.coef * value;
  }
  return u;
}

/** The deal space of every actor over every lever, or null when it has more than MAX_TABLE packages. */
export function dealSpaceOf(scenario: CompiledScenario): DealSpace | null {
  const table = packageTableOf(scenario);
  if (!table) return null;
  const { size, parts: all, actors: k } = table;
  // Σ over actors of each package's lever parts, summed in actor order as they are stored.
  const totals = new Float64Array(size);
  for (let p = 0; p < size; p++) {
    let total = 0;
    for (let a = 0; a < k; a++) total += all[p * k + a] ?? NaN;
    totals[p] = total;
  }
  // Undominated packages, found by scanning in decreasing total (a package can
  // only be dominated by one with a larger or equal total); equal vectors are kept once.
  const order = Array.from(table.open);
  order.sort((x, y) => {
    const tx = totals[x];
    const ty = totals[y];
    if (tx === undefined || ty === undefined) missing('package total', tx === undefined ? x : y);
    return ty - tx || x - y;
  });
  const kept: number[] = [];
  for (const p of order) {
    let dominated = false;
    for (const q of kept) {
      let geq = true;
      for (let a = 0; a < k && geq; a++) {
        const theirs = all[q * k + a];
        const mine = all[p * k + a];
        if (theirs === undefined || mine === undefined) missing('lever part of package', p);
        geq = theirs >= mine;
      }
      if (geq) {
        dominated = true;
        break;
      }
    }
    if (!dominated) kept.push(p);
  }
  const frontier = new Float64Array(kept.length * k);
  kept.forEach((p, f) => frontier.set(all.subarray(p * k, p * k + k), f * k));
  return { actors: k, size, frontier, frontierSize: kept.length };
}

/** Whether some package gives every actor at least `need[a]` of lever part. */
export function zopaOpen(space: DealSpace, need: ArrayLike<number>): boolean {
  const { frontier, frontierSize, actors: k } = space;
  for (let f = 0; f < frontierSize; f++) {
    let ok = true;
    for (let a = 0; a < k && ok; a++) {
      const have = frontier[f * k + a];
      const want = need[a];
      if (have === undefined || want === undefined) missing('frontier entry or need of actor', a);
      ok = have >= want;
    }
    if (ok) return true;
  }
  return false;
}

/** max(0, max_p min_a (L_p,a − L_deal,a)): how much every actor could have gained at once. */
export function frontierDistance(space: DealSpace, deal: ArrayLike<number>): number {
  const { frontier, frontierSize, actors: k } = space;
  let best = 0;
  for (let f = 0; f < frontierSize; f++) {
    let least = Number.POSITIVE_INFINITY;
    for (let a = 0; a < k; a++) {
      const have = frontier[f * k + a];
      const got = deal[a];
      if (have === undefined || got === undefined) missing('frontier entry or deal of actor', a);
      least = Math.min(least, have - got);
    }
    if (least > best) best = least;
  }
  return best;
}
