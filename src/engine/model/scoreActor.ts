/**
 * Scoring (docs/model.md §4): an actor's result is its utility of the final state
 * minus its reservation value at the start, so wrecking one's own position
 * never raises a grade. Its best achievable deal is the highest utility, in
 * the final world, of any package (from the status quo) whose every other
 * signatory gets at least its end-of-game reservation value, and that sets no
 * lever to a red line of another of its signatories (neverSigns.ts); a good outcome is a surplus of at least
 * max(0, ½·(best − RV at the start)).
 */
import type { ExprEnv } from '../expr';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, missing } from '../util/at';
import { reservationOf } from './reservationOf';
import { utilityOf, withWorld } from './utilityOf';
import { nextPackage, optionsOf, packageTableOf, signerMask, type PackageTable } from './packageTable';
import type { ActorIndex } from '../game/ids';
import { declaredBeyondProfiles, neverSigns, refusersOf, refusersOfPackage, type DeclaredRedLines } from './neverSigns';

export interface ActorScore {
  readonly actor: ActorIndex;
  readonly utility: number;
  readonly startReservation: number;
  readonly endReservation: number;
  readonly result: number;
  readonly best: number;
  readonly bestOptions: readonly number[];
  readonly goodThreshold: number;
  readonly good: boolean;
}

export interface ScoreInput {
  readonly startEnv: ExprEnv;
  readonly endEnv: ExprEnv;
  /** The option in force per lever at the end. */
  readonly finalOptions: readonly number[];
  /** The red lines each actor declared during the game (GameState.redLines). */
  readonly declared: DeclaredRedLines;
}

export function scoreActors(scenario: CompiledScenario, input: ScoreInput): ActorScore[] {
  const endRv = scenario.actors.map((a) => reservationOf(a, input.endEnv));
  const best = bestAchievable(scenario, input.endEnv.values, endRv, input.declared, packageTableOf(scenario));
  return scenario.actors.map((a) => scoreOf(scenario, input, a.index, endRv, at(best, a.index, 'best deal')));
}

/** One actor's score alone: the expert scores every rollout for its own seat, and the others' best deals cost most. */
export function scoreActor(scenario: CompiledScenario, input: ScoreInput, actor: ActorIndex): ActorScore {
  const endRv = scenario.actors.map((a) => reservationOf(a, input.endEnv));
  const table = packageTableOf(scenario);
  const best = table
    ? bestInTable(scenario, table, input.endEnv.values, endRv, declaredBeyond(scenario, input.declared), actor)
    : at(bestAchievable(scenario, input.endEnv.values, endRv, input.declared, null), actor, 'best deal');
  return scoreOf(scenario, input, actor, endRv, best);
}

function scoreOf(
  scenario: CompiledScenario,
  input: ScoreInput,
  actor: ActorIndex,
  endRv: readonly number[],
  achievable: BestDeal,
): ActorScore {
  const a = at(scenario.actors, actor, 'actor');
  const utility = utilityOf(a.profile, input.finalOptions, input.endEnv.values);
  const startReservation = reservationOf(a, input.startEnv);
  const result = utility - startReservation;
  const goodThreshold = Math.max(0, 0.5 * (achievable.utility - startReservation));
  return {
    actor,
    utility,
    startReservation,
    endReservation: at(endRv, actor, 'reservation'),
    result,
    best: achievable.utility,
    bestOptions: achievable.options,
    goodThreshold,
    good: result >= goodThreshold,
  };
}

export interface BestDeal {
  readonly utility: number;
  readonly options: readonly number[];
}

/**
 * For every actor, the best package the others' end-of-game reservation values
 * and red lines allow (the first in the odometer's order among equals), or the
 * status quo when none beats it. With the scenario's package table, each actor's packages
 * are read in decreasing lever part — utility is the lever part plus the same
 * world terms, so the same order — and the scan stops at the first acceptable
 * one; without it (a space too large to keep) every package is computed.
 */
export function bestAchievable(
  scenario: CompiledScenario,
  values: ArrayLike<number>,
  rv: readonly number[],
  declared: DeclaredRedLines,
  table: PackageTable | null,
): BestDeal[] {
  if (table) {
    const beyond = declaredBeyond(scenario, declared);
    return scenario.actors.map((a) => bestInTable(scenario, table, values, rv, beyond, a.index));
  }
  const statusQuo = scenario.levers.map((l) => l.statusQuo);
  const atStatusQuo = scenario.actors.map((a) => utilityOf(a.profile, statusQuo, values));
  return bestByScan(scenario, values, rv, refusersOf(scenario.levers, neverSigns(scenario, declared)), atStatusQuo);
}

/**
 * The refusers of the red lines declared beyond the profiles', or null when none is: the package table knows the
 * profiles' red lines, and a red line declared beyond them is checked package by package.
 */
function declaredBeyond(scenario: CompiledScenario, declared: DeclaredRedLines): number[][] | null {
  return declaredBeyondProfiles(scenario, declared)
    ? refusersOf(scenario.levers, neverSigns(scenario, declared))
    : null;
}

/** One actor's best deal read from the package table (see bestAchievable). */
function bestInTable(
  scenario: CompiledScenario,
  table: PackageTable,
  values: ArrayLike<number>,
  rv: readonly number[],
  beyond: readonly (readonly number[])[] | null,
  a: number,
): BestDeal {
  const { size, choices, parts, signers, byPart, actors: n } = table;
  const quoOptions = scenario.levers.map((l) => l.statusQuo);
  const statusQuo = utilityOf(at(scenario.actors, a, 'actor').profile, quoOptions, values);
  const utility = (p: number, b: number) => withWorld(parts[p * n + b] ?? NaN, at(scenario.actors, b).profile, values);
  let found = -1;
  let best = statusQuo;
  for (let i = a * size, end = i + (choices[a] ?? 0); i < end; i++) {
    const p = byPart[i] ?? missing('package', i);
    const mine = utility(p, a);
    // Sorted: nothing further can beat what is held (once found, only equals remain to be ordered).
    if (found < 0 ? mine <= best : mine < best) break;
    if (found >= 0 && p > found) continue;
    const signs = signers[p] ?? 0;
    let acceptable = true;
    for (let b = 0; b < n && acceptable; b++)
      if (b !== a && (signs & (1 << b)) !== 0) acceptable = utility(p, b) >= at(rv, b);
    // Declared red lines last: decoding the package's options is the dearer test, and few candidates reach it.
    if (acceptable && beyond && signs !== 0)
      acceptable = (refusersOfPackage(scenario.levers, beyond, optionsOf(scenario, p), quoOptions) & ~(1 << a)) === 0;
    if (acceptable) {
      found = p;
      best = mine;
    }
  }
  return found < 0
    ? { utility: statusQuo, options: quoOptions }
    : { utility: best, options: optionsOf(scenario, found) };
}

function bestByScan(
  scenario: CompiledScenario,
  values: ArrayLike<number>,
  rv: readonly number[],
  refusers: readonly (readonly number[])[],
  atStatusQuo: readonly number[],
): BestDeal[] {
  const levers = scenario.levers;
  const statusQuo = levers.map((l) => l.statusQuo);
  const best = scenario.actors.map((a): BestDeal => ({
    utility: at(atStatusQuo, a.index),
    options: levers.map((l) => l.statusQuo),
  }));
  const profiles = scenario.actors.map((a) => a.profile);
  const n = profiles.length;
  const signers = levers.map(signerMask);
  const u = new Array<number>(n);
  const options = levers.map(() => 0);
  for (let more = true; more; more = nextPackage(options, levers)) {
    let signs = 0;
    levers.forEach((l, j) => {
      if (options[j] !== l.statusQuo) signs |= signers[j] ?? 0;
    });
    profiles.forEach((profile, a) => (u[a] = utilityOf(profile, options, values)));
    let refused: number | undefined;
    for (let a = 0; a < n; a++) {
      const mine = at(u, a);
      if (mine <= at(best, a).utility) continue;
      let acceptable = true;
      for (let b = 0; b < n && acceptable; b++)
        if (b !== a && (signs & (1 << b)) !== 0) acceptable = at(u, b) >= at(rv, b);
      refused ??= refusersOfPackage(levers, refusers, options, statusQuo);
      if (acceptable && (refused & ~(1 << a)) === 0) best[a] = { utility: mine, options: [...options] };
    }
  }
  return best;
}
