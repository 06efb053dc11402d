/**
 * Whole games for tests, through the engine's one week loop (playWeek):
 * seats made from policy factories (or registry ids, or null for a human
 * seat that plays only the orders it is given), a new game, then weeks until
 * the game ends or `untilWeek` is resolved. The result is the plain `Game`
 * the engine keeps: state, events, memories, the orders played and refused.
 */
import type { Game } from '../../src/engine/game/Game';
import { newGame } from '../../src/engine/game/newGame';
import { playUntil } from '../../src/engine/game/playWeek';
import { publicScenarioOf } from '../../src/engine/game/PublicScenario';
import { POLICIES } from '../../src/engine/policies/policies';
import type { Policy, PolicyFactory } from '../../src/engine/policies/Policy';
import type { CompiledScenario } from '../../src/engine/scenario/CompiledScenario';

/** A seat: a policy factory, a policy id from the registry, or null for a human. */
export type SeatSpec = PolicyFactory | string | null;

function factoryOf(spec: PolicyFactory | string): PolicyFactory {
  if (typeof spec !== 'string') return spec;
  const factory = POLICIES.get(spec);
  if (!factory) throw new Error(`no policy ${spec}`);
  return factory;
}

/** One policy per actor (null for a human), each made for its seat and the game's seed. A single spec fills every seat. */
export function seatsFor(
  scenario: CompiledScenario,
  specs: SeatSpec | readonly SeatSpec[],
  seed: number,
): (Policy | null)[] {
  const pub = publicScenarioOf(scenario);
  return scenario.actors.map((a) => {
    const spec = Array.isArray(specs) ? (specs as readonly SeatSpec[])[a.index] : (specs as SeatSpec);
    if (spec === undefined) throw new Error(`no seat for ${a.id}`);
    return spec === null ? null : factoryOf(spec)({ scenario: pub, actor: a.index, seed });
  });
}

/** A new game from `seed` with these seats, played until it ends or `untilWeek` has been resolved. */
export function playGame(
  scenario: CompiledScenario,
  seed: number,
  specs: SeatSpec | readonly SeatSpec[],
  untilWeek?: number,
): Game {
  return playSeats(scenario, seed, seatsFor(scenario, specs, seed), untilWeek);
}

/** The same with seats already made (to play on with them afterwards). */
export function playSeats(
  scenario: CompiledScenario,
  seed: number,
  seats: readonly (Policy | null)[],
  untilWeek?: number,
): Game {
  return playUntil(scenario, newGame(scenario, seed, seats), seats, untilWeek);
}

/** Seeds from, from + 1, … (n of them). */
export const seeds = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);
