/**
 * Plays weeks with a policy in every seat: each policy sees only its seat's
 * view, legal actions and visible events; its orders are checked by the
 * rules like anyone's; every accepted action is recorded with its week.
 */
import type { Action } from '../game/Action';
import { checkAction } from '../game/checkAction';
import { createGame } from '../game/createGame';
import type { GameEvent } from '../game/GameEvent';
import type { GameState } from '../game/GameState';
import { legalActions } from '../game/legalActions';
import { publicScenarioOf } from '../game/PublicScenario';
import type { Rejection } from '../game/Rejection';
import { resolveWeek } from '../game/resolveWeek';
import { viewFor } from '../game/viewFor';
import { eventsFor } from '../game/visibleTo';
import type { Policy, PolicyFactory } from '../policies/Policy';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { RecordedAction } from './GameRecord';

export interface PlayedGame {
  readonly state: GameState;
  readonly events: readonly GameEvent[];
  readonly log: readonly RecordedAction[];
  /** Orders a policy gave that the rules refused (a policy bug, or probing). */
  readonly refused: readonly { readonly week: number; readonly action: Action; readonly rejection: Rejection }[];
}

export function startGame(scenario: CompiledScenario, seed: number): PlayedGame {
  const { state, events } = createGame(scenario, seed);
  return { state, events, log: [], refused: [] };
}

export function makePolicies(
  scenario: CompiledScenario,
  seed: number,
  factories: readonly PolicyFactory[],
  history: readonly GameEvent[],
): Policy[] {
  const pub = publicScenarioOf(scenario);
  return factories.map((factory, actor) => {
    const policy = factory({ scenario: pub, actor, seed });
    policy.observe?.(eventsFor(history, actor));
    return policy;
  });
}

/** Plays until the game ends or `untilWeek` has been resolved. */
export function playWeeks(
  scenario: CompiledScenario,
  start: PlayedGame,
  policies: readonly Policy[],
  untilWeek = Number.POSITIVE_INFINITY,
): PlayedGame {
  let { state } = start;
  const events = [...start.events];
  const log = [...start.log];
  const refused = [...start.refused];
  while (!state.ended && state.week <= untilWeek) {
    const orders: Action[] = [];
    policies.forEach((policy, actor) => {
      for (const action of policy.decide(viewFor(scenario, state, actor), legalActions(scenario, state, actor))) {
        const rejection = checkAction(scenario, state, orders, action);
        if (rejection) refused.push({ week: state.week, action, rejection });
        else orders.push(action);
      }
    });
    const week = state.week;
    const result = resolveWeek(scenario, state, orders);
    for (const action of orders) log.push({ week, action });
    events.push(...result.events);
    policies.forEach((policy, actor) => policy.observe?.(eventsFor(result.events, actor)));
    state = result.state;
  }
  return { state, events, log, refused };
}
