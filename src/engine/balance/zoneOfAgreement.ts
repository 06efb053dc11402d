/**
 * The zone of agreement between a few actors on a few levers (the balance
 * block's `zone_of_agreement`, docs/balance.md "Targets"): of every combination of those
 * levers' options, the others left at their status quo, the share that every
 * named actor values at least at its reservation value this week (docs/model.md
 * §1: u = lever part + world part). A package that sets a lever to one of a
 * named actor's red lines is never in the zone. The lever parts do not depend
 * on the world, so they are computed once per compiled scenario; a week's
 * check then compares each package's parts with each actor's RV less its world part.
 */
import { envOf } from '../game/envOf';
import type { GameState } from '../game/GameState';
import { leverPart } from '../model/utilityOf';
import { reservationOf } from '../model/reservationOf';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { worldPart } from './DealSpace';

/** The most packages a zone may hold: each is checked every week of every game. */
export const MAX_ZONE = 10_000;

/** What the balance block's `zone_of_agreement` measures, by index: the plan carries it to every worker. */
export interface ZoneSpec {
  readonly actors: readonly number[];
  readonly levers: readonly number[];
  /** The share of packages the zone may hold at the start; a game whose zone grows past it has widened. */
  readonly startMax: number;
}

export interface Zone {
  readonly spec: ZoneSpec;
  /** Every combination of the spec's levers' options. */
  readonly packages: number;
  /** parts[p · actors + i]: the lever part of package p for the spec's actor i; NaN when it crosses their red line. */
  readonly parts: Float64Array;
}

/** The zone's packages and their lever parts for the spec's actors. */
export function zoneOfAgreement(scenario: CompiledScenario, spec: ZoneSpec): Zone {
  const levers = spec.levers.map((l) => at(scenario.levers, l, 'lever'));
  const actors = spec.actors.map((a) => at(scenario.actors, a, 'actor'));
  const packages = levers.reduce((n, l) => n * l.options.length, 1);
  const parts = new Float64Array(packages * actors.length);
  const options: number[] = scenario.levers.map((l) => l.statusQuo);
  for (let p = 0; p < packages; p++) {
    // Package p's options, as an odometer turns: the first lever fastest.
    let rest = p;
    for (const lever of levers) {
      options[lever.index] = rest % lever.options.length;
      rest = Math.floor(rest / lever.options.length);
    }
    actors.forEach((actor, i) => {
      const refused = levers.some((l) => actor.profile.redLines[l.index]?.[at(options, l.index, 'option')] === true);
      parts[p * actors.length + i] = refused ? Number.NaN : leverPart(actor.profile, options);
    });
  }
  return { spec, packages, parts };
}

/** The share of the zone's packages that every named actor values at least at its reservation value in `state`. */
export function zoneShare(scenario: CompiledScenario, zone: Zone, state: GameState): number {
  const env = envOf(scenario, state);
  const need = zone.spec.actors.map((a) => {
    const actor = at(scenario.actors, a, 'actor');
    return reservationOf(actor, env) - worldPart(actor.profile, state.values);
  });
  const k = need.length;
  let inside = 0;
  for (let p = 0; p < zone.packages; p++) {
    let all = true;
    // A NaN part (a red line) fails the comparison, so the package is never in the zone.
    for (let i = 0; i < k && all; i++) all = (zone.parts[p * k + i] ?? Number.NaN) >= (need[i] ?? Number.NaN);
    if (all) inside++;
  }
  return inside / zone.packages;
}
