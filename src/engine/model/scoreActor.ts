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
import { reservationOf } from './reservationOf';
import { utilityOf } from './utilityOf';

export interface ActorScore {
  readonly actor: number;
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
    const goodThreshold = Math.max(0, 0.5 * (best[a.index]!.utility - startReservation));
    return {
      actor: a.index,
      utility,
      startReservation,
      endReservation: endRv[a.index]!,
      result,
      best: best[a.index]!.utility,
      bestOptions: best[a.index]!.options,
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
  const best = scenario.actors.map((a) => ({
    utility: utilityOf(a.profile, statusQuo, values),
    options: [...statusQuo],
  }));
  const n = scenario.actors.length;
  const u = new Array<number>(n);
  const signs = new Array<boolean>(n);
  // Odometer over every combination of options, from all-first to all-last (status quos need not be first).
  const options = levers.map(() => 0);
  for (let more = true; more; more = advance(options, levers)) {
    signs.fill(false);
    for (let k = 0; k < levers.length; k++) {
      if (options[k] !== levers[k]!.statusQuo) for (const s of levers[k]!.signatories) signs[s] = true;
    }
    for (let a = 0; a < n; a++) u[a] = utilityOf(scenario.actors[a]!.profile, options, values);
    for (let a = 0; a < n; a++) {
      if (u[a]! <= best[a]!.utility) continue;
      let acceptable = true;
      for (let b = 0; b < n && acceptable; b++) if (b !== a && signs[b] && u[b]! < rv[b]!) acceptable = false;
      if (acceptable) best[a] = { utility: u[a]!, options: [...options] };
    }
  }
  return best;
}

/** The next combination of options; false once every combination has been seen. */
function advance(options: number[], levers: CompiledScenario['levers']): boolean {
  for (let l = 0; l < levers.length; l++) {
    options[l] = (options[l]! + 1) % levers[l]!.options.length;
    if (options[l] !== 0) return true;
  }
  return false;
}
