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

/** For every actor, the best package the others' end-of-game reservation values allow. */
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
  const u = new Array<number>(n);
  const signs = new Array<boolean>(n);
  // Odometer over every combination of options, from all-first to all-last (status quos need not be first).
  const options = levers.map(() => 0);
  for (let more = true; more; more = advance(options, levers)) {
    signs.fill(false);
    let k = 0;
    for (const lever of levers) {
      if (options[k++] !== lever.statusQuo) for (const s of lever.signatories) signs[s] = true;
    }
    let i = 0;
    for (const profile of profiles) u[i++] = utilityOf(profile, options, values);
    for (let a = 0; a < n; a++) {
      const mine = u[a];
      const held = best[a];
      if (mine === undefined || held === undefined) missing('actor', a);
      if (mine <= held.utility) continue;
      let acceptable = true;
      for (let b = 0; b < n && acceptable; b++) {
        if (b === a || !signs[b]) continue;
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

/** The next combination of options; false once every combination has been seen. */
function advance(options: number[], levers: CompiledScenario['levers']): boolean {
  let l = 0;
  for (const lever of levers) {
    const option = options[l];
    if (option === undefined) missing('option of lever', l);
    const next = (option + 1) % lever.options.length;
    options[l] = next;
    if (next !== 0) return true;
    l++;
  }
  return false;
}
