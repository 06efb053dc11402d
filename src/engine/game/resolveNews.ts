/**
 * The news at the start of a week (docs/model.md §3 step 1): scheduled events of
 * this week and random events whose keyed draw (seed, week, event) falls
 * under their chance, each only while its condition holds and, unless it
 * repeats, only once. All their effects read the week's starting state.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import { envOf } from './envOf';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import { resolveEffects } from './resolveEffects';
import { at } from '../util/at';

export function resolveNews(scenario: CompiledScenario, state: GameState): GameEvent[] {
  const env = envOf(scenario, state);
  const fired = scenario.events.filter((e) => {
    if (at(state.fired, e.index) > 0 && !(e.repeat && e.week === undefined)) return false;
    if (e.when && e.when.fn(env) === 0) return false;
    if (e.week !== undefined) return e.week === state.week;
    return keyedUnit(state.seed, state.week, 'event', e.id) < (e.chance ?? 0);
  });
  return [
    ...fired.map((e): GameEvent => ({ type: 'news', event: e.index, week: state.week })),
    ...resolveEffects(
      scenario,
      state,
      fired.map((e) => ({ effects: e.effects, because: { kind: 'news', event: e.index } })),
      'news',
    ),
  ];
}
