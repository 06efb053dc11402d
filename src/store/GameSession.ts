/**
 * One game behind the store: the loaded scenario, the whole game (state,
 * every event, the AI seats' memories) and the seat played are private here.
 * What leaves is what the seat may know — its view, its share of the log,
 * its choices — the record (for saves and export), and after the ending the
 * debrief. The AI seats decide in the engine (src/worker: its worker in the
 * browser): a week is played there from the game so far, and the session
 * moves on when it answers. Resuming or branching replays the record, which
 * carries the AI's memories: no AI decision is re-run.
 */
import {
  checkOrder,
  checkOrders,
  choicesOf,
  debriefOf,
  DEFAULT_POLICY,
  HUMAN,
  newGame,
  publicScenario,
  recordGame,
  replayRecord,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  type Action,
  type ActorIndex,
  type Choices,
  type Debrief,
  type Game,
  type GameEvent,
  type GameRecord,
  type Refusal,
  type Scenario,
  type SeatLog,
  type SeatView,
} from '../engine/index';
import type { EngineClient } from '../worker/engineProtocol';
import { andThen, type MaybePromise } from '../worker/MaybePromise';

/** The engine that plays a session's weeks, and the key it holds the session's scenario under (its `load` answer). */
export interface SessionEngine {
  readonly client: EngineClient;
  readonly scenario: MaybePromise<string>;
}

/** Why a game could not be started or resumed, with a stable code and a plain message. */
export interface SessionProblem {
  readonly code: string;
  readonly message: string;
}

export class GameSession {
  private cache: { game: Game; view: SeatView; log: SeatLog; record: GameRecord } | null = null;

  private constructor(
    private readonly scenario: Scenario,
    readonly seat: ActorIndex,
    private readonly seed: number,
    private readonly seats: Readonly<Record<string, string>>,
    private readonly engine: SessionEngine,
    private readonly branchOf: GameRecord['branchOf'],
    private game: Game,
    /** Whether the last resolution was played here (and so is new to the player), not replayed. */
    private played: boolean,
  ) {}

  /** A new game: the seat for the player, the default negotiator in every other seat. */
  static start(scenario: Scenario, engine: SessionEngine, seat: number, seed: number): GameSession | SessionProblem {
    const actors = publicScenario(scenario).actors;
    const player = actors[seat];
    if (!player) return { code: 'NO_SUCH_SEAT', message: 'There is no such role in this scenario.' };
    const seats = Object.fromEntries(actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]));
    const made = seatPolicies(scenario, seats, seed);
    if (!made.ok) return { code: 'REPLAY_POLICY', message: 'A computer player could not be set up.' };
    return new GameSession(
      scenario,
      player.index,
      seed,
      seats,
      engine,
      null,
      newGame(scenario, seed, made.policies),
      true,
    );
  }

  /** Rebuilds a game from its record (a save, an import, or a branch through `throughWeek`); nothing is left to animate. */
  static resume(
    scenario: Scenario,
    engine: SessionEngine,
    record: GameRecord,
    throughWeek?: number,
  ): GameSession | SessionProblem {
    const seat = publicScenario(scenario).actors.find((a) => record.seats[a.id] === HUMAN)?.index;
    if (seat === undefined) return { code: 'NO_HUMAN_SEAT', message: 'This saved game has no seat for a player.' };
    const replayed = replayRecord(scenario, record, throughWeek);
    if (!replayed.ok) return { code: replayed.code, message: replayed.message };
    const branchOf = throughWeek === undefined ? record.branchOf : { checksum: record.checksum, week: throughWeek + 1 };
    return new GameSession(scenario, seat, record.seed, record.seats, engine, branchOf, replayed.game, false);
  }

  private current(): { view: SeatView; log: SeatLog; record: GameRecord } {
    if (this.cache?.game !== this.game) {
      const { scenario, game, seat } = this;
      this.cache = {
        game,
        view: seatViewOf(scenario, game, seat),
        log: seatLogOf(game, seat),
        record: recordGame(scenario, game, { seed: this.seed, seats: this.seats, branchOf: this.branchOf }),
      };
    }
    return this.cache;
  }

  /** What the seat may know of the game now. */
  get view(): SeatView {
    return this.current().view;
  }

  /** The seat's share of the events, others' private reasons removed. */
  get log(): SeatLog {
    return this.current().log;
  }

  /** The events of the week just resolved as the seat saw them; none when the game was rebuilt from a record. */
  get fresh(): readonly GameEvent[] {
    const log = this.log;
    return this.played ? log.events.slice(log.lastWeekFrom) : [];
  }

  /** The exportable record: seed, seats, every order and the AI's memories. */
  get record(): GameRecord {
    return this.current().record;
  }

  get ended(): boolean {
    return this.game.state.ended !== null;
  }

  get isBranch(): boolean {
    return this.branchOf !== null;
  }

  /** Whether the seat may add `action` to `draft`: the rules' own answer. */
  check(draft: readonly Action[], action: Action): Refusal | null {
    return checkOrder(this.view, draft, action);
  }

  choices(draft: readonly Action[]): Choices {
    return choicesOf(this.view, draft);
  }

  /** What the rules refuse of the seat's `orders` for this week (nothing: the week may be played with them). */
  refusals(orders: readonly Action[]): readonly Refusal[] {
    const checked = checkOrders(this.view, orders);
    return checked.ok ? [] : checked.refusals;
  }

  /**
   * Resolves the week with the seat's orders (which the rules accept: see
   * `refusals`) and every AI seat's, decided by the engine; the session
   * moves on when it answers — at once in this thread, later from the worker.
   */
  playWeek(orders: readonly Action[]): MaybePromise<void> {
    const { client } = this.engine;
    const game = andThen(this.engine.scenario, (scenario) =>
      client.call('playWeek', { scenario, game: this.game, seats: this.seats, seed: this.seed, orders }),
    );
    return andThen(game, (played) => {
      this.game = played;
      this.played = true;
    });
  }

  /** After the ending, everything revealed; null before. */
  debrief(): Debrief | null {
    return debriefOf(this.scenario, this.game, this.seat);
  }
}

export function isProblem(x: GameSession | SessionProblem): x is SessionProblem {
  return !(x instanceof GameSession);
}
