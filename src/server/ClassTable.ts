/**
 * One table of a class, refereed by the engine (docs/classroom.md). The game,
 * every seat's hidden profile and the AI seats' memories stay here; what
 * leaves for a seat is what its screen may know — its view, its share of the
 * log, its own draft — never another seat's before the ending, when each
 * seat is sent the game's record, in which everything is revealed
 * (docs/model.md §7): the student's page keeps it as their own game.
 * Each human seat drafts its orders here as the student builds them, so
 * nothing is lost on a reconnect; a week is played when every human seat has
 * ended its turn, with each seat's draft as it stands, the other seats played
 * by their policies. The table's record (the replay of docs/model.md §7) is
 * what it keeps of itself.
 */
import {
  checkOrders,
  debriefOf,
  DEFAULT_POLICY,
  newGame,
  publicScenario,
  standInOrders,
  playWeek,
  recordGame,
  replayRecord,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  viewToWire,
  type Action,
  type ActorIndex,
  type Clause,
  type Game,
  type GameRecord,
  type Policy,
  type Scenario,
} from '../engine/index';
import type { DraftRefused, SeatUpdate, TableOverview } from '../net/classProtocol';
import { classDeals } from './classDeals';

/** A table's public facts, as the teacher's class view shows them (the class adds who sits at each seat). */
export type TableFacts = Omit<TableOverview, 'index' | 'seats'> & {
  readonly seats: readonly Pick<TableOverview['seats'][number], 'seat' | 'actor' | 'ended'>[];
};

/** What a table keeps of itself to be restored: its game's record and the drafts of the week in progress. */
export interface SavedTable {
  readonly record: GameRecord;
  /** Each human seat's draft (by seat index) and whether it has ended its turn. */
  readonly drafts: readonly {
    readonly seat: ActorIndex;
    readonly orders: readonly Action[];
    readonly ended: boolean;
  }[];
}

export class ClassTable {
  private readonly drafts = new Map<ActorIndex, readonly Action[]>();
  private readonly ended = new Set<ActorIndex>();
  /** What the ending reveals to the teacher, made once the game is over (it changes no more). */
  private revealed: Pick<TableOverview, 'grades' | 'deals'> | null = null;
  /** The game's record, made once the game is over (it changes no more). */
  private finalRecord: GameRecord | null = null;

  private constructor(
    private readonly scenario: Scenario,
    private readonly seed: number,
    private readonly seats: Readonly<Record<string, string>>,
    private readonly policies: readonly (Policy | null)[],
    private game: Game,
  ) {}

  /**
   * A new table. `seats`: actor id → 'human' or a policy id, for every actor. Throws on a seat no policy fills: the
   * class's host checks its seats before it makes a table.
   */
  static start(scenario: Scenario, seed: number, seats: Readonly<Record<string, string>>): ClassTable {
    const made = seatPolicies(scenario, seats, seed);
    if (!made.ok) throw new Error(`No policy called "${made.unknown}".`);
    return new ClassTable(scenario, seed, seats, made.policies, newGame(scenario, seed, made.policies));
  }

  /**
   * A table as it was saved: its record replayed (the engine is deterministic, and the record carries the AI
   * seats' memories), then each draft checked by the rules again; a draft they now refuse is dropped.
   */
  static resume(scenario: Scenario, saved: SavedTable): ClassTable | { readonly problem: string } {
    const replayed = replayRecord(scenario, saved.record);
    if (!replayed.ok) return { problem: replayed.message };
    const { record } = saved;
    const table = new ClassTable(scenario, record.seed, record.seats, replayed.seats, replayed.game);
    for (const { seat, orders, ended } of saved.drafts) {
      if (!table.humans.includes(seat) || table.draft(seat, orders) !== null) continue;
      if (ended) table.ended.add(seat);
    }
    return table;
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

  /** The seats students play that have not ended this week's turn. */
  get waitingFor(): ActorIndex[] {
    return this.over ? [] : this.humans.filter((h) => !this.ended.has(h));
  }

  /** What `seat`'s device may know now; `turnLeftMs` is the room's clock's, not the game's. */
  updateFor(seat: ActorIndex, turnLeftMs: number | null = null, withScenario = true): SeatUpdate {
    return {
      turnLeftMs,
      view: viewToWire(seatViewOf(this.scenario, this.game, seat), withScenario),
      log: seatLogOf(this.game, seat),
      draft: this.drafts.get(seat) ?? [],
      ended: this.ended.has(seat),
      waitingFor: this.waitingFor,
      record: this.over ? (this.finalRecord ??= this.save().record) : null,
    };
  }

  /**
   * Replaces `seat`'s draft when the rules accept every order in it, from its own view (orders for another seat,
   * malformed ones, ones it cannot afford: each refused with its reason). A seat that has ended its turn, or a game
   * that is over, takes no draft.
   */
  draft(seat: ActorIndex, orders: readonly unknown[]): DraftRefused | null {
    // Only an order's own fields are read and kept: a student's order carries no reasons (those are the computer
    // players'), and nothing else a client may have added reaches another seat or the saved class.
    const plain = orders.map(plainOrder);
    const view = seatViewOf(this.scenario, this.game, seat);
    const checked = checkOrders(view, plain);
    if (!checked.ok) return { why: 'rules', refusals: checked.refusals };
    if (this.over || this.ended.has(seat)) return { why: 'turn_ended' };
    this.drafts.set(seat, plain);
    return null;
  }

  /**
   * Ends `seat`'s turn; when it was the last human seat to end it, plays the week with every seat's draft. Says
   * what changed: the week played, the turn ended, or nothing (a turn already ended, a game over).
   */
  endTurn(seat: ActorIndex): 'played' | 'ended' | 'unchanged' {
    if (this.over || !this.humans.includes(seat) || this.ended.has(seat)) return 'unchanged';
    this.ended.add(seat);
    if (this.humans.some((h) => !this.ended.has(h))) return 'ended';
    this.playTheWeek();
    return 'played';
  }

  /**
   * The default negotiator plays `seat` this week, its student being away: its orders, from the seat's view and an
   * empty memory, become the seat's draft (without the computer's reasons), and the seat's turn ends.
   */
  standIn(seat: ActorIndex): 'played' | 'ended' | 'unchanged' {
    if (this.over || !this.humans.includes(seat) || this.ended.has(seat)) return 'unchanged';
    const actors = publicScenario(this.scenario).actors;
    const made = seatPolicies(this.scenario, Object.fromEntries(actors.map((a) => [a.id, DEFAULT_POLICY])), this.seed);
    const policy = made.ok ? made.policies[seat] : null;
    const orders = policy ? standInOrders(this.scenario, this.game, seat, policy).map(plainOrder) : [];
    // Orders the rules refuse (none should be) leave the seat with no orders this week.
    if (this.draft(seat, orders) !== null) this.drafts.set(seat, []);
    return this.endTurn(seat);
  }

  /** Clears `seat`'s draft and ended turn this week (its student's seat was freed for another). */
  clearSeat(seat: ActorIndex): void {
    this.drafts.delete(seat);
    this.ended.delete(seat);
  }

  /** Plays the week now with each human seat's draft as it stands (a teacher's timer ran out). */
  playTheWeek(): void {
    if (this.over) return;
    const orders = this.humans.flatMap((h) => this.drafts.get(h) ?? []);
    this.game = playWeek(this.scenario, this.game, this.policies, orders);
    this.drafts.clear();
    this.ended.clear();
  }

  /** The table as the teacher sees it (docs/classroom.md): public facts, no seat's hidden profile. */
  overview(): TableFacts {
    const pub = publicScenario(this.scenario);
    // Levers, meters and the ending are public: any seat's view shows the same.
    const view = seatViewOf(this.scenario, this.game, this.humans[0] ?? (0 as ActorIndex));
    return {
      week: view.week,
      weeks: pub.turns.count,
      ending: view.ended ? (pub.endings[view.ended.ending]?.title ?? null) : null,
      signed: view.levers.flatMap((l, i) => {
        const lever = pub.levers[i];
        return l.settled && lever ? [{ lever: lever.name, option: lever.options[l.option]?.name ?? '' }] : [];
      }),
      meters: pub.values.flatMap((v, i) =>
        v.kind === 'world' ? [{ name: v.name, value: Math.round(view.values[i] ?? v.initial) }] : [],
      ),
      seats: this.humans.map((seat) => ({ seat, actor: pub.actors[seat]?.name ?? '', ended: this.ended.has(seat) })),
      ...((this.revealed ??= this.revealedAtEnding()) ?? { grades: null, deals: null }),
    };
  }

  /**
   * Revealed at the ending, as every debrief reveals them: each side's grade against its own goals, and the deals
   * for the teacher's Pareto chart. Made once, from one debrief; null for both while the game goes on.
   */
  private revealedAtEnding(): Pick<TableOverview, 'grades' | 'deals'> | null {
    const debrief = this.over ? debriefOf(this.scenario, this.game, this.humans[0] ?? (0 as ActorIndex)) : null;
    if (!debrief) return null;
    const actors = debrief.scenario.actors;
    return {
      grades: debrief.scores.map((s) => ({ actor: actors[s.actor]?.name ?? '', grade: s.grade })),
      deals: classDeals(debrief, this.humans),
    };
  }

  /** What the table keeps of itself to be restored (docs/classroom.md). */
  save(): SavedTable {
    return {
      record: recordGame(this.scenario, this.game, { seed: this.seed, seats: this.seats }),
      drafts: this.humans.map((seat) => ({ seat, orders: this.drafts.get(seat) ?? [], ended: this.ended.has(seat) })),
    };
  }
}

/** The fields an order of each kind has (docs/model.md §3), reasons aside. */
const ORDER_FIELDS = ['type', 'actor', 'clauses', 'copied', 'to', 'package', 'with', 'lever', 'options', 'pressure'];

/** An untrusted order with only an order's own fields, each clause with only its lever and option; the rules check the rest. */
function plainOrder(order: unknown): Action {
  if (order === null || typeof order !== 'object') return order as Action;
  const given = order as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const field of ORDER_FIELDS) {
    if (!Object.hasOwn(given, field)) continue;
    const value = given[field];
    plain[field] =
      field === 'clauses' && Array.isArray(value)
        ? value.map((c: unknown) =>
            c !== null && typeof c === 'object' ? { lever: (c as Clause).lever, option: (c as Clause).option } : c,
          )
        : value;
  }
  return plain as unknown as Action;
}
