/**
 * One game behind the store: the loaded scenario, the whole game (state,
 * every event, the AI seats' memories) and the seats played are private here.
 * What leaves is what the seat at the device may know — its view, its share
 * of the log, its choices — the record (for saves and export), and after the
 * ending the debrief. The AI seats decide in the engine (src/worker: its
 * worker in the browser): a week is played there from the game so far, and
 * the session moves on when it answers. Resuming or branching replays the
 * record, which carries the AI's memories: no AI decision is re-run.
 *
 * Several people may play on one device (hot-seat): each human seat takes its
 * turn at the device in the scenario's order, and the orders of the seats
 * that have ended their turn wait here, out of every other seat's sight, until
 * the last one ends its turn; the week is then played with all of them.
 */
import {
  checkOrder,
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
  private cache: { game: Game; seat: ActorIndex; view: SeatView; log: SeatLog; record: GameRecord } | null = null;
  /** The seat at the device. */
  private active: ActorIndex;
  /** The orders of each human seat that has ended its turn this week. */
  private finished = new Map<ActorIndex, readonly Action[]>();
  /** The orders a human seat was drafting when it left the device (a game saved mid-turn). */
  private drafts = new Map<ActorIndex, readonly Action[]>();

  private constructor(
    private readonly scenario: Scenario,
    /** Every seat played by a person on this device, in the scenario's order: the order of their turns. */
    readonly humans: readonly ActorIndex[],
    private readonly seed: number,
    private readonly seats: Readonly<Record<string, string>>,
    private readonly engine: SessionEngine,
    private readonly branchOf: GameRecord['branchOf'],
    private game: Game,
    /** Whether the last resolution was played here (and so is new to the player), not replayed. */
    private played: boolean,
  ) {
    const [first] = humans;
    // start and resume make a session only with a human seat.
    if (first === undefined) throw new Error('A game needs a seat for a player.');
    this.active = first;
  }

  /** A new game: a seat for each player on this device (one, or several taking turns), the default negotiator in every other seat. */
  static start(
    scenario: Scenario,
    engine: SessionEngine,
    players: readonly ActorIndex[],
    seed: number,
  ): GameSession | SessionProblem {
    const actors = publicScenario(scenario).actors;
    if (players.length === 0 || players.some((p) => actors[p] === undefined))
      return { code: 'NO_SUCH_SEAT', message: 'There is no such role in this scenario.' };
    const humans = actors.filter((a) => players.includes(a.index)).map((a) => a.index);
    const seats = Object.fromEntries(actors.map((a) => [a.id, humans.includes(a.index) ? HUMAN : DEFAULT_POLICY]));
    const made = seatPolicies(scenario, seats, seed);
    if (!made.ok) return { code: 'REPLAY_POLICY', message: 'A computer player could not be set up.' };
    return new GameSession(scenario, humans, seed, seats, engine, null, newGame(scenario, seed, made.policies), true);
  }

  /**
   * Rebuilds a game from its record (a save, an import, or a branch through `throughWeek`); nothing is left to
   * animate. `players`: the human seats played on this device, when others were played elsewhere (a class's game,
   * docs/classroom.md); every human seat when not given.
   */
  static resume(
    scenario: Scenario,
    engine: SessionEngine,
    record: GameRecord,
    throughWeek?: number,
    players?: readonly ActorIndex[],
  ): GameSession | SessionProblem {
    const humans = publicScenario(scenario)
      .actors.filter((a) => record.seats[a.id] === HUMAN && (players?.includes(a.index) ?? true))
      .map((a) => a.index);
    if (humans.length === 0) return { code: 'NO_HUMAN_SEAT', message: 'This saved game has no seat for a player.' };
    const replayed = replayRecord(scenario, record, throughWeek);
    if (!replayed.ok) return { code: replayed.code, message: replayed.message };
    const branchOf = throughWeek === undefined ? record.branchOf : { checksum: record.checksum, week: throughWeek + 1 };
    return new GameSession(scenario, humans, record.seed, record.seats, engine, branchOf, replayed.game, false);
  }

  /** The seat at the device: the one whose view, log, choices and debrief the session gives. */
  get seat(): ActorIndex {
    return this.active;
  }

  /** Whether several people play on this device, taking turns. */
  get hotSeat(): boolean {
    return this.humans.length > 1;
  }

  /** The human seat whose turn it is this week (null once every one has ended its turn). */
  get turn(): ActorIndex | null {
    return this.humans.find((h) => !this.finished.has(h)) ?? null;
  }

  /** The human seats that have ended their turn this week. */
  get done(): readonly ActorIndex[] {
    return this.humans.filter((h) => this.finished.has(h));
  }

  /** The orders each human seat has ended its turn with this week, and the one it was drafting if it left the device. */
  get turns(): ReadonlyMap<ActorIndex, { readonly orders: readonly Action[]; readonly ended: boolean }> {
    const turns = new Map<ActorIndex, { orders: readonly Action[]; ended: boolean }>();
    for (const [seat, orders] of this.drafts) turns.set(seat, { orders, ended: false });
    for (const [seat, orders] of this.finished) turns.set(seat, { orders, ended: true });
    return turns;
  }

  /**
   * Puts human seat `seat` at the device and gives back the orders it was drafting (none unless it left the device
   * mid-turn); false for a seat no person plays. After the ending, any human seat may sit, to read its debrief.
   */
  sit(seat: ActorIndex): readonly Action[] | false {
    if (!this.humans.includes(seat)) return false;
    this.active = seat;
    const draft = this.drafts.get(seat) ?? [];
    this.drafts.delete(seat);
    return draft;
  }

  /** Keeps the orders the seat at the device was drafting while another seat has the device (a save mid-turn). */
  leave(draft: readonly Action[]): void {
    if (draft.length > 0) this.drafts.set(this.active, draft);
  }

  /**
   * Ends the turn of the seat at the device with `orders` (which the rules accept: checkOrders). Answers whether
   * every human seat has now ended its turn, so that the week may be played (playWeek).
   */
  endTurn(orders: readonly Action[]): boolean {
    this.finished.set(this.active, orders);
    this.drafts.delete(this.active);
    return this.turn === null;
  }

  private current(): { view: SeatView; log: SeatLog; record: GameRecord } {
    if (this.cache?.game !== this.game || this.cache.seat !== this.active) {
      const { scenario, game, seat } = this;
      this.cache = {
        game,
        seat,
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

  /** Whether other human seats were played elsewhere: a class's game, kept on one student's device. */
  get fromClass(): boolean {
    return this.humans.length < Object.values(this.seats).filter((p) => p === HUMAN).length;
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

  /**
   * Resolves the week with every human seat's orders, the seat at the device's `orders` ending its turn (the rules
   * accept them: checkOrders), and every AI seat's, decided by the engine. The humans' orders go in the
   * scenario's order of seats, whoever ended their turn first. The session moves on when the engine answers — at
   * once in this thread, later from the worker — with the first human seat at the device.
   */
  playWeek(orders: readonly Action[]): MaybePromise<void> {
    this.endTurn(orders);
    const all = this.humans.flatMap((h) => this.finished.get(h) ?? []);
    const { client } = this.engine;
    const game = andThen(this.engine.scenario, (scenario) =>
      client.call('playWeek', { scenario, game: this.game, seats: this.seats, seed: this.seed, orders: all }),
    );
    return andThen(game, (played) => {
      this.game = played;
      this.played = true;
      this.finished.clear();
      this.drafts.clear();
      this.active = this.humans[0] ?? this.active;
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
