/**
 * The zone of agreement's share counted the slow way, for tests to hold the
 * balance lab's own (src/engine/balance/zoneOfAgreement.ts) against: every
 * combination of the levers' options (the other levers at their status quo),
 * each actor's full utility against its reservation value in `state`, and a
 * package across one of the actors' red lines never counted.
 */
import { envOf } from '../../src/engine/game/envOf';
import type { GameState } from '../../src/engine/game/GameState';
import { reservationOf } from '../../src/engine/model/reservationOf';
import { utilityOf } from '../../src/engine/model/utilityOf';
import type { CompiledScenario } from '../../src/engine/scenario/CompiledScenario';

export function countedZoneShare(
  scenario: CompiledScenario,
  actorIds: readonly string[],
  leverIds: readonly string[],
  state: GameState,
): number {
  const env = envOf(scenario, state);
  const actors = actorIds.map((id) => scenario.actors.find((a) => a.id === id)!);
  const levers = leverIds.map((id) => scenario.levers.find((l) => l.id === id)!);
  const options: number[] = scenario.levers.map((l) => l.statusQuo);
  let inside = 0;
  let packages = 0;
  const visit = (i: number): void => {
    const lever = levers[i];
    if (!lever) {
      packages++;
      const refused = actors.some((a) => levers.some((l) => a.profile.redLines[l.index]?.[options[l.index]!]));
      if (!refused && actors.every((a) => utilityOf(a.profile, options, state.values) >= reservationOf(a, env)))
        inside++;
      return;
    }
    for (let o = 0; o < lever.options.length; o++) {
      options[lever.index] = o;
      visit(i + 1);
    }
    options[lever.index] = lever.statusQuo;
  };
  visit(0);
  return inside / packages;
}
