/**
 * What a seat can compute about itself from its own view: its utility of a
 * package if signed now, and its reservation value now.
 */
import type { ExprEnv } from '../expr';
import type { SeatView } from '../game/viewFor';
import type { Clause } from '../game/GameState';
import { leversWith } from '../game/leversWith';
import { envOf } from '../game/envOf';
import { utilityOf } from '../model/utilityOf';
import type { PublicScenario } from '../game/PublicScenario';
import { at } from '../util/at';
import type { LeverIndex, OptionIndex } from '../game/ids';

export function ownUtility(view: SeatView, clauses: readonly Clause[]): number {
  return utilityOf(view.profile, leversWith(view.levers, clauses), view.values);
}

export function ownReservation(scenario: PublicScenario, view: SeatView): number {
  return view.profile.reservation.fn(viewEnvOf(scenario, view));
}

/**
 * What expressions read of the world a seat sees (envOf), kept for the last world asked: the seats of a week decide
 * one after another and see the state's own arrays (viewFor), which no one writes to, so they share one environment
 * (−0.6% instructions a lab game), and a caller may know the world by it. Its levers are the option in force per lever.
 */
let kept: {
  values: readonly number[];
  levers: SeatView['levers'];
  redLines: SeatView['redLines'];
  week: number;
  scenario: PublicScenario;
  env: ExprEnv;
} | null = null;

export function viewEnvOf(scenario: PublicScenario, view: SeatView): ExprEnv {
  if (
    kept &&
    kept.values === view.values &&
    kept.levers === view.levers &&
    kept.redLines === view.redLines &&
    kept.week === view.week &&
    kept.scenario === scenario
  )
    return kept.env;
  const env = envOf(scenario, view);
  kept = { values: view.values, levers: view.levers, redLines: view.redLines, week: view.week, scenario, env };
  return env;
}

/** True when signing would cross one of the actor's hidden red lines. */
export function crossesRedLine(view: SeatView, clauses: readonly Clause[]): boolean {
  return clauses.some((c) => at(at(view.profile.redLines, c.lever), c.option));
}

/** The actor's favourite option of a lever (by its own values), among those allowed. */
export function favouriteOption(
  view: SeatView,
  lever: LeverIndex,
  options: readonly OptionIndex[],
): OptionIndex | undefined {
  let best: OptionIndex | undefined;
  for (const o of options) {
    if (at(view.profile.redLines, lever)[o]) continue;
    if (best === undefined || at(at(view.profile.values, lever), o) > at(at(view.profile.values, lever), best))
      best = o;
  }
  return best;
}
