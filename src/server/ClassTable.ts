/**
 * One table of a class, refereed by the engine (docs/classroom.md). The game,
 * every seat's hidden profile and the AI seats' memories stay here; what
 * leaves for a seat is what its screen may know — its view, its share of the
 * log, its own draft — never another seat's. Each human seat drafts its
 * orders here as the student builds them, so nothing is lost on a reconnect;
 * a week is played when every human seat has ended its turn, with each
 * seat's draft as it stands, the other seats played by their policies. The
 * table's record (the replay of docs/model.md §7) is what it keeps of itself.
 */
import {
  checkOrders,
  newGame,
  playWeek,
  recordGame,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  type Action,
  type ActorIndex,
  type Game,
  type GameRecord,
  type Policy,
  type Refusal,
  type Scenario,
  type SeatLog,
  type SeatView,
} from '../engine/index';

/** What a seat's device is sent: its view and log now, its own draft, and whether it has ended its turn. */
export interface SeatUpdate {
  readonly view: SeatView;
  readonly log: SeatLog;
  readonly draft: readonly Action[];
  readonly ended: boolean;
  /** The human seats still to end their turn this week, by index (their readiness is public at the table). */
  readonly waitingFor: readonly ActorIndex[];
}

/** A draft the rules refuse, with each refused order's place in it. */
export interface DraftRefused {
  readonly refusals: readonly (Refusal & { readonly order: number })[];
}

export class ClassTable {
  private game: Game;
  private readonly policies: readonly (Policy | null)[];
  private readonly drafts = new Map<ActorIndex, readonly Action[]>();
  private readonly ended = new Set<ActorIndex>();

  /**
   * `seats`: actor id → 'human' or a policy id, for every actor. Throws on a seat no policy fills: the class's
   * host checks its seats before it makes a table.
   */
  constructor(
    private readonly scenario: Scenario,
    private readonly seed: number,
    private readonly seats: Readonly<Record<string, string>>,
  ) {
    const made = seatPolicies(scenario, seats, seed);
    if (!made.ok) throw new Error(`No policy called "${made.unknown}".`);
    this.policies = made.policies;
    this.game = newGame(scenario, seed, made.policies);
  }

  /** The seats students play, in the scenario's order. */
  get humans(): readonly ActorIndex[] {
    return this.policies.flatMap((p, seat) => (p === null ? [seat as ActorIndex] : []));
  }

  get week(): number {
    return this.game.state.week;
  }

  get over(): boolean {
    return this.game.state.ended !== null;
  }

  /** What `seat`'s device may know now. */
  updateFor(seat: ActorIndex): SeatUpdate {
    return {
      view: seatViewOf(this.scenario, this.game, seat),
      log: seatLogOf(this.game, seat),
      draft: this.drafts.get(seat) ?? [],
      ended: this.ended.has(seat),
      waitingFor: this.over ? [] : this.humans.filter((h) => !this.ended.has(h)),
    };
  }

  /**
   * Replaces `seat`'s draft when the rules accept every order in it, from its own view (orders for another seat,
   * malformed ones, ones it cannot afford: each refused with its reason). A seat that has ended its turn, or a game
   * that is over, takes no draft.
   */
  draft(seat: ActorIndex, orders: readonly Action[]): DraftRefused | null {
    const view = seatViewOf(this.scenario, this.game, seat);
    const checked = checkOrders(view, orders);
    if (!checked.ok) return { refusals: checked.refusals };
    if (this.over || this.ended.has(seat)) return { refusals: [] };
    this.drafts.set(seat, orders);
    return null;
  }

  /**
   * Ends `seat`'s turn; when it was the last human seat to end it, plays the week with every seat's draft and
   * returns true.
   */
  endTurn(seat: ActorIndex): boolean {
    if (this.over || !this.humans.includes(seat)) return false;
    this.ended.add(seat);
    if (this.humans.some((h) => !this.ended.has(h))) return false;
    this.playTheWeek();
    return true;
  }

  /** Plays the week now with each human seat's draft as it stands (a teacher's timer ran out). */
  playTheWeek(): void {
    if (this.over) return;
    const orders = this.humans.flatMap((h) => this.drafts.get(h) ?? []);
    this.game = playWeek(this.scenario, this.game, this.policies, orders);
    this.drafts.clear();
    this.ended.clear();
  }

  /** The table's game so far as a replay record (docs/model.md §7). */
  record(): GameRecord {
    return recordGame(this.scenario, this.game, { seed: this.seed, seats: this.seats });
  }
}
