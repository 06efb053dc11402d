/**
 * The one week loop (docs/model.md §3): the humans' orders, then each AI
 * seat's, decided from its view, its legal actions and its memory; every
 * order checked by the same rules; the week resolved. The game session,
 * headless play (sim, the balance lab, the baseline) and replay all call
 * this. A seat whose policy is null gives only the orders passed in, and its
 * memory is carried on unchanged.
 */
import type { Policy } from '../policies/Policy';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import type { Action } from './Action';
import { checkAction } from './checkAction';
import type { Game, RefusedOrder } from './Game';
import type { GameEvent } from './GameEvent';
import { legalActions } from './legalActions';
import { publicScenarioOf } from './PublicScenario';
import { resolveCheckedWeek } from './resolveWeek';
import { viewFor } from './viewFor';
import { eventsFor } from './visibleTo';

export function playWeek(
  scenario: CompiledScenario,
  game: Game,
  seats: readonly (Policy | null)[],
  given: readonly Action[] = [],
): Game {
  const { state } = game;
  if (state.ended) return game;
  const pub = publicScenarioOf(scenario);
  const week = state.week;
  const orders: Action[] = [];
  const refused: RefusedOrder[] = game.refused.slice();
  const take = (action: Action) => {
    const refusal = checkAction(pub, state, orders, action);
    if (refusal) refused.push({ week, action, refusal });
    else orders.push(action);
  };
  given.forEach(take);
  const memory = [...at(game.memories, game.memories.length - 1, 'memory')];
  const recent = game.events.slice(game.lastWeekFrom);
  // The copies of this week's events that the seats see alike, made once for all of them.
  const shared: GameEvent[] = [];
  for (const { index: actor } of scenario.actors) {
    const policy = seats[actor];
    if (!policy) continue;
    const view = viewFor(scenario, state, actor, eventsFor(recent, actor, shared));
    const decision = policy.decide(view, legalActions(pub, state, actor), memory[actor]);
    memory[actor] = decision.memory;
    decision.orders.forEach(take);
  }
  const result = resolveCheckedWeek(scenario, state, orders);
  // concat() rather than spreads: each week copies the game's whole history, and concat copies it fastest.
  return {
    state: result.state,
    events: game.events.concat(result.events),
    lastWeekFrom: game.events.length,
    memories: game.memories.concat([memory]),
    log: game.log.concat(orders.map((action) => ({ week, action }))),
    refused,
  };
}

/** Plays weeks until the game ends or `untilWeek` has been resolved. */
export function playUntil(
  scenario: CompiledScenario,
  game: Game,
  seats: readonly (Policy | null)[],
  untilWeek = Number.POSITIVE_INFINITY,
): Game {
  let played = game;
  while (!played.state.ended && played.state.week <= untilWeek) played = playWeek(scenario, played, seats);
  return played;
}
