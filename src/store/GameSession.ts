/**
 * The live side of one game that cannot live in the store: the compiled
 * scenario (it holds compiled expressions) and the AI seats' policies (they
 * remember what they saw). It is rebuilt from the game record on resume,
 * replaying every AI decision, so a reloaded game goes on exactly as before.
 */
import type { Action } from '../engine/game/Action';
import { checkAction } from '../engine/game/checkAction';
import type { GameEvent } from '../engine/game/GameEvent';
import type { GameState } from '../engine/game/GameState';
import { legalActions } from '../engine/game/legalActions';
import { publicScenarioOf } from '../engine/game/PublicScenario';
import type { Rejection } from '../engine/game/Rejection';
import { resolveWeek } from '../engine/game/resolveWeek';
import { viewFor } from '../engine/game/viewFor';
import { eventsFor } from '../engine/game/visibleTo';
import type { Policy } from '../engine/policies/Policy';
import { DEFAULT_POLICY, POLICIES } from '../engine/policies/policies';
import type { GameRecord, RecordedAction } from '../engine/replay/GameRecord';
import { startGame } from '../engine/replay/playWeeks';
import { recordGame } from '../engine/replay/recordGame';
import { replayRecord } from '../engine/replay/replayRecord';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';
import type { GameSnapshot } from './AppState';

export const HUMAN = 'human';

export class GameSession {
  private constructor(
    readonly scenario: CompiledScenario,
    readonly seat: number,
    private readonly policies: readonly (Policy | null)[],
    private snapshot: GameSnapshot,
  ) {}

  static start(scenario: CompiledScenario, seat: number, seed: number): GameSession {
    const seats = seatsFor(scenario, seat);
    const game = startGame(scenario, seed);
    const policies = scenario.actors.map((a) => {
      const factory = a.index === seat ? null : POLICIES.get(seats[a.id]!)!;
      const policy = factory?.({ scenario: publicScenarioOf(scenario), actor: a.index, seed }) ?? null;
      policy?.observe?.(eventsFor(game.events, a.index));
      return policy;
    });
    const record = recordGame(scenario, game, { seed, seats });
    return new GameSession(scenario, seat, policies, {
      record,
      state: game.state,
      events: game.events,
      lastWeekFrom: 0,
    });
  }

  /** Rebuilds a session from a record (a save, an import, or a branch through `throughWeek`); nothing is left to animate. */
  static resume(
    scenario: CompiledScenario,
    record: GameRecord,
    throughWeek = Number.POSITIVE_INFINITY,
  ): GameSession | Rejection {
    const seat = scenario.actors.findIndex((a) => record.seats[a.id] === HUMAN);
    if (seat < 0) return { code: 'NO_HUMAN_SEAT', message: 'This saved game has no seat for a player.' };
    const factories = scenario.actors.map((a) =>
      a.index === seat ? null : (POLICIES.get(record.seats[a.id] ?? DEFAULT_POLICY) ?? POLICIES.get(DEFAULT_POLICY)!),
    );
    const replayed = replayRecord(scenario, record, throughWeek, factories);
    if (!replayed.ok) return { code: replayed.code, message: replayed.message };
    const game = replayed.game;
    const branchOf = Number.isFinite(throughWeek)
      ? { checksum: record.checksum, week: throughWeek + 1 }
      : record.branchOf;
    const rebuilt = recordGame(scenario, game, { seed: record.seed, seats: record.seats, branchOf });
    return new GameSession(scenario, seat, replayed.policies, {
      record: rebuilt,
      state: game.state,
      events: game.events,
      lastWeekFrom: game.events.length,
    });
  }

  get game(): GameSnapshot {
    return this.snapshot;
  }

  get state(): GameState {
    return this.snapshot.state;
  }

  /** Whether the seat may add `action` to its orders so far. */
  check(orders: readonly Action[], action: Action): Rejection | null {
    if (action.actor !== this.seat)
      return { code: 'NOT_YOUR_SEAT', message: 'You can only give orders for your own actor.' };
    return checkAction(this.scenario, this.state, orders, action);
  }

  /** Resolves the week: the seat's orders plus every AI seat's, checked by the same rules. */
  endWeek(humanOrders: readonly Action[]): GameSnapshot {
    const { scenario, state } = this;
    const orders: Action[] = [];
    for (const action of humanOrders) if (checkAction(scenario, state, orders, action) === null) orders.push(action);
    this.policies.forEach((policy, actor) => {
      if (!policy) return;
      for (const action of policy.decide(viewFor(scenario, state, actor), legalActions(scenario, state, actor))) {
        if (checkAction(scenario, state, orders, action) === null) orders.push(action);
      }
    });
    const week = state.week;
    const result = resolveWeek(scenario, state, orders);
    this.policies.forEach((policy, actor) => policy?.observe?.(eventsFor(result.events, actor)));
    const previous = this.snapshot;
    const log: RecordedAction[] = [...previous.record.actions, ...orders.map((action) => ({ week, action }))];
    const events: GameEvent[] = [...previous.events, ...result.events];
    const record = recordGame(
      scenario,
      { state: result.state, events, log, refused: [] },
      {
        seed: previous.record.seed,
        seats: previous.record.seats,
        branchOf: previous.record.branchOf,
      },
    );
    this.snapshot = { record, state: result.state, events, lastWeekFrom: previous.events.length };
    return this.snapshot;
  }
}

export function seatsFor(scenario: CompiledScenario, seat: number): Record<string, string> {
  return Object.fromEntries(scenario.actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]));
}
