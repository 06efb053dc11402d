/**
 * Every package of a scenario — every combination of options, one per lever,
 * from the status quo — with each actor's lever part of its utility
 * (docs/model.md §1: u_a = L_a(options) + W_a(world), as utilityOf.ts sums
 * it). The lever parts do not depend on the world, so they are computed once
 * per compiled scenario and kept; scoring (the best achievable deal, docs/model.md §4) and the balance
 * lab's deal space then only add the world's terms. Packages are numbered as
 * an odometer turns, lever 0 fastest.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { leverPart } from './utilityOf';
import { missing } from '../util/at';
import { neverSigns, refusersOf, refusersOfPackage } from './neverSigns';

/** Spaces larger than this are not kept in memory (4 actors: about 13 MB of parts, signers and orders). */
export const MAX_TABLE = 250_000;

export interface PackageTable {
  readonly actors: number;
  /** Number of packages (combinations of options). */
  readonly size: number;
  /** parts[p · actors + a]: actor a's lever part of package p. */
  readonly parts: Float64Array;
  /** signers[p]: bit mask of the actors who sign package p (signatories of every lever moved from its status quo). */
  readonly signers: Int32Array;
  /**
   * The packages no one refuses, ascending — none sets a lever to a red line (in the profile) of one of that
   * lever's signatories (neverSigns.ts): the possible packages of the whole table.
   */
  readonly open: Int32Array;
  /** choices[a]: how many packages no one but actor a refuses — the only ones its best achievable deal can be. */
  readonly choices: Int32Array;
  /** byPart[a · size + i], i < choices[a]: those packages in decreasing lever part for actor a (ties: lower number first). */
  readonly byPart: Int32Array;
}

const cache = new WeakMap<CompiledScenario, PackageTable | null>();

/** Number of packages: the product of the levers' option counts. */
const packageCount = (scenario: CompiledScenario): number => scenario.levers.reduce((n, l) => n * l.options.length, 1);

/** The table of a scenario's packages, or null when it has more than MAX_TABLE of them. */
export function packageTableOf(scenario: CompiledScenario): PackageTable | null {
  if (cache.has(scenario)) return cache.get(scenario) ?? null;
  const size = packageCount(scenario);
  const table = size > MAX_TABLE ? null : buildTable(scenario, size);
  cache.set(scenario, table);
  return table;
}

function buildTable(scenario: CompiledScenario, size: number): PackageTable {
  const k = scenario.actors.length;
  const profiles = scenario.actors.map((a) => a.profile);
  const levers = scenario.levers;
  const parts = new Float64Array(size * k);
  const signers = new Int32Array(size);
  // refusers[p]: the actors whose profile's red line package p sets a lever they sign to.
  const refusers = new Int32Array(size);
  const masks = levers.map(signerMask);
  const options = levers.map(() => 0);
  const statusQuo = levers.map((l) => l.statusQuo);
  const byLever = refusersOf(
    levers,
    neverSigns(
      scenario,
      scenario.actors.map(() => levers.map(() => [])),
    ),
  );
  for (let p = 0, i = 0; p < size; p++, nextPackage(options, levers)) {
    for (const profile of profiles) parts[i++] = leverPart(profile, options);
    refusers[p] = refusersOfPackage(levers, byLever, options, statusQuo);
    let mask = 0;
    levers.forEach((l, j) => {
      if (options[j] !== l.statusQuo) mask |= masks[j] ?? 0;
    });
    signers[p] = mask;
  }
  const all = Int32Array.from({ length: size }, (_, p) => p);
  const open = all.filter((p) => refusers[p] === 0);
  const choices = new Int32Array(k);
  const byPart = new Int32Array(size * k);
  for (let a = 0; a < k; a++) {
    const others = ~(1 << a);
    const part = (p: number) => parts[p * k + a] ?? NaN;
    const mine = all.filter((p) => ((refusers[p] ?? 0) & others) === 0).sort((x, y) => part(y) - part(x) || x - y);
    choices[a] = mine.length;
    byPart.set(mine, a * size);
  }
  return { actors: k, size, parts, signers, open, choices, byPart };
}

/** The options of package p: its digits in the odometer's mixed radix, lever 0 lowest. */
export function optionsOf(scenario: CompiledScenario, p: number): number[] {
  let rest = p;
  return scenario.levers.map((l) => {
    const option = rest % l.options.length;
    rest = Math.floor(rest / l.options.length);
    return option;
  });
}

/** The signatories of a lever as a bit mask of actor indices. */
export const signerMask = (lever: { readonly signatories: readonly number[] }): number =>
  lever.signatories.reduce((mask, s) => mask | (1 << s), 0);

/**
 * The next package's options, in place (each lever's option at its index, so
 * a subset of the levers turns only theirs, the first fastest); false once
 * every package has been seen.
 */
export function nextPackage(options: number[], levers: CompiledScenario['levers']): boolean {
  for (const lever of levers) {
    const option = options[lever.index];
    if (option === undefined) missing('option of lever', lever.index);
    const next = option + 1;
    if (next < lever.options.length) {
      options[lever.index] = next;
      return true;
    }
    options[lever.index] = 0;
  }
  return false;
}
