/**
 * The news at the start of a week (docs/model.md §3 step 1): scheduled events of
 * this week and random events whose keyed draw (seed, week, event) falls
 * under their chance, each only while its condition holds and, unless it
 * repeats, only once. All their effects read the week's starting state.
 */
import type { ExprEnv } from '../expr';
import type { CompiledEvent, CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import { envOf } from './envOf';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import { resolveEffects, type EffectSource } from './resolveEffects';
import { at } from '../util/at';

export function resolveNews(scenario: CompiledScenario, state: GameState): GameEvent[] {
  const env = envOf(scenario, state);
  // Loops that push, not filter() and map(): every week of every game asks, and map() returns a packed list until
  // its caller is optimised and a holey one after, which sent the week's resolution back to be compiled again.
  const news: GameEvent[] = [];
  const sources: EffectSource[] = [];
  for (const e of scenario.events) {
    if (!fires(e, state, env)) continue;
    news.push({ type: 'news', event: e.index, week: state.week });
    sources.push({ effects: e.effects, because: { kind: 'news', event: e.index } });
  }
  for (const effect of resolveEffects(scenario, state, sources, 'news')) news.push(effect);
  return news;
}

/** Whether a scenario event is news this week. */
function fires(e: CompiledEvent, state: GameState, env: ExprEnv): boolean {
  if (at(state.fired, e.index) > 0 && !(e.repeat && e.week === undefined)) return false;
  if (e.when && e.when.fn(env) === 0) return false;
  if (e.week !== undefined) return e.week === state.week;
  return keyedUnit(state.seed, state.week, 'event', e.id) < (e.chance ?? 0);
}
