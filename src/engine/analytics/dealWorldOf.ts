import type { ExprEnv } from '../expr';
import { reservationOf } from '../model/reservationOf';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { DealWorld } from './DealWorld';
import { neverSigns, type DeclaredRedLines } from '../model/neverSigns';

export interface DealWorldOptions {
  /**
   * Vary every lever from the status quo, settled or not — the space docs/model.md §4
   * searches for the best achievable deal (and the one to judge a final deal in,
   * since at the end everything signed is settled). Default: settled levers stay, interim options too
   * (docs/model.md §3.2).
   */
  readonly allLevers?: boolean;
}

/**
 * The deal world of a game state: its values, its settled levers, every actor's RV_a(env), and the red lines
 * of the actors' profiles with those they declared (GameState.redLines).
 */
export function dealWorldOf(
  scenario: CompiledScenario,
  env: ExprEnv,
  declared: DeclaredRedLines,
  options: DealWorldOptions = {},
): DealWorld {
  const all = options.allLevers === true;
  return {
    values: env.values,
    options: scenario.levers.map((l) => {
      if (all) return l.statusQuo;
      const option = env.levers[l.index];
      if (option === undefined) throw new RangeError(`No option for lever ${l.id} in the environment.`);
      return option;
    }),
    fixed: scenario.levers.map((l) => !all && env.settled[l.index] === 1),
    reservations: scenario.actors.map((a) => reservationOf(a, env)),
    never: neverSigns(scenario, declared),
  };
}
