/**
 * Scoring (docs/model.md §4): an actor's result is its utility of the final state
 * minus its reservation value at the start, so wrecking one's own position
 * never raises a grade. Its best achievable deal is the highest utility, in
 * the final world, of any package (from the status quo) whose every other
 * signatory gets at least its end-of-game reservation value; a good outcome
 * is a surplus of at least max(0, ½·(best − RV at the start)).
 */
import type { ExprEnv } from '../expr';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, missing } from '../util/at';
import { reservationOf } from './reservationOf';
import { utilityOf } from './utilityOf';
import { leverPart, nextPackage, packageTableOf, withWorld } from './packageTable';
import type { ActorIndex } from '../game/ids';

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
}

export function scoreActors(scenario: CompiledScenario, input: ScoreInput): ActorScore[] {
  const { startEnv, endEnv, finalOptions } = input;
  const endRv = scenario.actors.map((a) => reservationOf(a, endEnv));
  const best = bestAchievable(scenario, endEnv.values, endRv);
  return scenario.actors.map((a) => {
    const utility = utilityOf(a.profile, finalOptions, endEnv.values);
    const startReservation = reservationOf(a, startEnv);
    const result = utility - startReservation;
    const achievable = at(best, a.index, 'best deal');
    const goodThreshold = Math.max(0, 0.5 * (achievable.utility - startReservation));
    return {
      actor: a.index,
      utility,
      startReservation,
      endReservation: at(endRv, a.index, 'reservation'),
      result,
      best: achievable.utility,
      bestOptions: achievable.options,
      goodThreshold,
      good: result >= goodThreshold,
    };
  });
}

/**
 * For every actor, the best package the others' end-of-game reservation values
 * allow: a scan of every package, its lever parts read from the scenario's
 * package table (computed on the spot when the space is too large to keep).
 */
function bestAchievable(
  scenario: CompiledScenario,
  values: ArrayLike<number>,
  rv: readonly number[],
): { utility: number; options: number[] }[] {
  const levers = scenario.levers;
  const statusQuo = levers.map((l) => l.statusQuo);
  const best = scenario.actors.map((a): { utility: number; options: number[] } => ({
    utility: utilityOf(a.profile, statusQuo, values),
    options: [...statusQuo],
  }));
  const profiles = scenario.actors.map((a) => a.profile);
  const n = profiles.length;
  const table = packageTableOf(scenario);
  const signers = levers.map((l) => l.signatories.reduce((mask, s) => mask | (1 << s), 0));
  const u = new Array<number>(n);
  const options = levers.map(() => 0);
  for (let p = 0, more = true; more; p++, more = nextPackage(options, levers)) {
    // Who signs this package: the signatories of every lever moved from its status quo.
    let signs = 0;
    for (let l = 0; l < levers.length; l++) if (options[l] !== statusQuo[l]) signs |= signers[l] ?? 0;
    for (let a = 0; a < n; a++) {
      const profile = profiles[a];
      if (profile === undefined) missing('actor', a);
      u[a] = withWorld(table ? (table.parts[p * n + a] ?? NaN) : leverPart(profile, options), profile, values);
    }
    for (let a = 0; a < n; a++) {
      const mine = u[a];
      const held = best[a];
      if (mine === undefined || held === undefined) missing('actor', a);
      if (mine <= held.utility) continue;
      let acceptable = true;
      for (let b = 0; b < n && acceptable; b++) {
        if (b === a || (signs & (1 << b)) === 0) continue;
        const theirs = u[b];
        const need = rv[b];
        if (theirs === undefined || need === undefined) missing('actor', b);
        if (theirs < need) acceptable = false;
      }
      if (acceptable) best[a] = { utility: mine, options: [...options] };
    }
  }
  return best;
}
