/**
 * What one seat believes about the others, learnt only from what it may see
 * (docs/model.md "Opponent model"):
 *  - weights ŵ_j,l: the midpoint of its estimate interval (meetings and
 *    statements narrow it), ×(1 + 0.3·r) where r counts j's rejections of
 *    packages with a clause on l, but for opening positions (a refusal their
 *    proposer expected), ×1.5 on j's costliest lever once learnt;
 *    normalised to sum 1;
 *  - option values v̂_j(l,o): 50 when nothing is known; 100 for an option j
 *    proposed; 20 for one j declared a red line or named as one in refusing a
 *    package; at least 70 for one in a package j accepted; −10 per rejection
 *    of a package holding it;
 *  - the options j said, in refusing a package, it will never sign: no
 *    package j is a party to is then worth proposing with them;
 *  - j's estimated gain from a package: Σ ŵ_j,l·(v̂_j(l,o) − v̂_j(l, option in force));
 *  - nothing from the answers to a package a signature overtook before it
 *    was delivered: it would be void, whatever its terms.
 * It also remembers which of its own levers it has revealed to whom (its
 * costliest lever at a meeting, any lever it made a statement on), so public
 * reasons name a clause only to those who have learnt it. All it knows is
 * plain data (OpponentData), kept in the negotiator's memory between weeks.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause } from '../game/GameState';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { overtakenClause } from '../game/overtakenClause';
import { at, missing } from '../util/at';
import { rows } from './rows';
import type { ActorIndex, LeverIndex, OptionIndex } from '../game/ids';

export const REJECTION_WEIGHT_STEP = 0.3;
export const COSTLIEST_WEIGHT_FACTOR = 1.5;
const UNKNOWN = 50;
const PROPOSED = 100;
const RED_LINE = 20;
const ACCEPTED = 70;
const REJECTED_STEP = 10;
/** What a week's start brings (docs/model.md §3, step 8): its news and their effects. */
const WEEK_START: ReadonlySet<GameEvent['type']> = new Set([
  'week_started',
  'news',
  'values_changed',
  'tie_drawn',
  'lever_opened',
  'lever_broken',
]);

/** A package as the model needs it: who proposed which clauses. */
export interface SeenPackage {
  readonly id: string;
  readonly proposer: ActorIndex;
  readonly clauses: readonly Clause[];
  /** Offered as an opening position, by its public reason (absent in memories saved before it was kept). */
  readonly opening?: boolean;
}

/** What one seat has learnt of the others: serialisable, so it can live in a policy's memory. */
export interface OpponentData {
  /**
   * Packages delivered in the last batch of events observed (answers to them arrive in the next), but those a
   * signature overtook.
   */
  packages: SeenPackage[];
  /** rejections[j][l] */
  rejections: number[][];
  /** values[j][l][o]; null = unknown. */
  values: (number | null)[][][];
  /** revealed[j]: own levers j has learnt matter to this seat. */
  revealed: LeverIndex[][];
  /** refused[j][l]: the options of l that j, refusing a package, named a red line (absent in older saves). */
  refused: OptionIndex[][][];
}

// The rows of what a seat knows at the start of a game, made once a scenario and shared by every game's data:
// an OpponentModel replaces a row before its first write, so none of these is ever written to. Every seat of
// every game starts with them.
const emptyRows = new WeakMap<PublicScenario, OpponentData>();

export function emptyOpponentData(scenario: PublicScenario): OpponentData {
  let empty = emptyRows.get(scenario);
  if (empty === undefined) {
    const { actors, levers } = scenario;
    empty = {
      packages: [],
      rejections: rows(actors, () => rows(levers, () => 0)),
      values: rows(actors, () => rows(levers, (l) => rows(l.options, (): number | null => null))),
      revealed: rows(actors, (): LeverIndex[] => []),
      refused: rows(actors, () => rows(levers, (): OptionIndex[] => [])),
    };
    emptyRows.set(scenario, empty);
  }
  // Its outer arrays copied, as for a week's model: a model writes to those in place.
  return copyOpponentData(empty);
}

/**
 * A copy an OpponentModel may learn into while the original stays as it was
 * (a policy's memory of an earlier week). Only the outer arrays are copied:
 * the model replaces a row (and an actor's list of rows) before it first
 * writes to it, so rows are shared until then — most weeks change a few.
 * Copies here and in the model are slice()s, not spreads: V8 copies a list
 * it need not iterate faster, and every seat copies every week.
 */
export function copyOpponentData(data: OpponentData): OpponentData {
  return {
    packages: data.packages.slice(),
    rejections: data.rejections.slice(),
    values: data.values.slice(),
    revealed: data.revealed.slice(),
    // A memory saved before refusals were learnt has none.
    refused: data.refused ? data.refused.slice() : data.values.map((byLever) => byLever.map((): OptionIndex[] => [])),
  };
}

/** Whether untrusted data (a record's memory) has the shape of this scenario's OpponentData. */
export function isOpponentData(scenario: PublicScenario, data: unknown): data is OpponentData {
  if (data === null || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  const n = scenario.actors.length;
  const numberOrNull = (x: unknown) => x === null || Number.isFinite(x);
  const byActor = (x: unknown, row: (r: unknown) => boolean) => Array.isArray(x) && x.length === n && x.every(row);
  // One array per lever, each of which `row` accepts given the lever's option count.
  const perLever = (r: unknown, row: (x: unknown[], options: number) => boolean) =>
    Array.isArray(r) &&
    r.length === scenario.levers.length &&
    r.every((x: unknown, l) => Array.isArray(x) && row(x, at(scenario.levers, l).options.length));
  const isOption = (o: unknown, options: number) =>
    Number.isInteger(o) && (o as number) >= 0 && (o as number) < options;
  const isLeverIndex = (x: unknown) =>
    Number.isInteger(x) && (x as number) >= 0 && (x as number) < scenario.levers.length;
  const isPackage = (x: unknown) => {
    if (x === null || typeof x !== 'object') return false;
    const p = x as Record<string, unknown>;
    return (
      typeof p.id === 'string' &&
      Number.isInteger(p.proposer) &&
      (p.opening === undefined || typeof p.opening === 'boolean') &&
      Array.isArray(p.clauses) &&
      p.clauses.every((c: unknown) => {
        if (c === null || typeof c !== 'object') return false;
        const { lever, option } = c as Record<string, unknown>;
        return isLeverIndex(lever) && Number.isInteger(option) && (option as number) >= 0 && (option as number) < 64;
      })
    );
  };
  return (
    Array.isArray(d.packages) &&
    d.packages.length <= 256 &&
    d.packages.every(isPackage) &&
    byActor(
      d.rejections,
      (r) => Array.isArray(r) && r.length === scenario.levers.length && r.every((x) => Number.isInteger(x) && x >= 0),
    ) &&
    byActor(d.values, (r) => perLever(r, (row, options) => row.length === options && row.every(numberOrNull))) &&
    byActor(d.revealed, (r) => Array.isArray(r) && r.length <= scenario.levers.length && r.every(isLeverIndex)) &&
    // Absent from a memory saved before refusals were learnt (engine 1.1.0 records of earlier games).
    (d.refused === undefined ||
      byActor(d.refused, (r) => perLever(r, (row, options) => row.every((o) => isOption(o, options)))))
  );
}

/**
 * Reads and updates OpponentData: its outer arrays in place, each row (one
 * actor's rejections, one lever's option values) replaced by a copy before
 * its first write, so the negotiator need only copy its memory shallowly
 * (copyOpponentData).
 */
export class OpponentModel {
  /**
   * Rows this model has copied, and may therefore write to, flagged by position (only the two methods
   * below replace rows): option values at other·levers + lever, rejections at other. Flags rather than a
   * set of rows, because every event the seat saw asks.
   */
  readonly #ownedValues: boolean[] = [];
  readonly #ownedRejections: boolean[] = [];
  /** Actors whose list of option-value rows (values[other]) this model has copied. */
  readonly #ownedValueLists: boolean[] = [];

  constructor(
    private readonly scenario: PublicScenario,
    private readonly self: ActorIndex,
    readonly data: OpponentData = emptyOpponentData(scenario),
  ) {}

  /**
   * Learn from a batch of events this seat may see. `ownCostliest` is this
   * seat's costliest open lever at the start of the week they happened in
   * (what a meeting revealed of it), or null when unknown.
   */
  observe(events: readonly GameEvent[], ownCostliest: LeverIndex | -1 | null): void {
    const previous = this.data.packages;
    // Packages delivered in earlier weeks of this batch, less those a signature overtook.
    const kept: SeenPackage[] = [];
    // Those of the latest week, and the levers signed in it (broken ones again unsigned, up to the next week's
    // news): a package that one of them overtakes is answered as void, so answers to it tell nothing of the
    // answerers' values (docs/model.md §6). The map is made at the first signature: most batches have none.
    let delivered: SeenPackage[] = [];
    let signed: Map<LeverIndex, OptionIndex> | null = null;
    // They are judged as the answerers find them: once the next week's news is over, at the first event of
    // its resolution, or at the end of the batch. So the same packages are left out whether the events come
    // a week at a time (the negotiator) or a whole game at once (the adviser). Judged in place, without
    // closures or iterators, and lists read within their loops' bounds plainly, not through at(), whose reads
    // see every kind of list the program has and so are V8's slowest kind: every seat observes every week.
    let newsUnderWay = false;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (newsUnderWay && !WEEK_START.has(e.type)) {
        this.keep(kept, delivered, signed);
        if (delivered.length > 0) delivered = [];
        signed = null;
        newsUnderWay = false;
      }
      switch (e.type) {
        case 'week_started':
          newsUnderWay = true;
          break;
        case 'package_delivered': {
          const { id, proposer, clauses } = e.package;
          const reason = e.reasons?.public;
          const opening = reason?.kind === 'proposal' && !reason.acceptable;
          delivered.push({ id, proposer, clauses, opening });
          for (let x = 0; x < clauses.length; x++) {
            const c = clauses[x]!;
            this.setValue(proposer, c.lever, c.option, PROPOSED);
          }
          break;
        }
        case 'answered': {
          const pkg = seen(previous, e.package) ?? seen(kept, e.package) ?? seen(delivered, e.package);
          if (!pkg || e.actor === this.self) break;
          const reason = e.reasons?.public;
          if (reason?.kind === 'red_line_crossed' && reason.lever !== undefined) {
            // Its public reason names the one clause it will never sign; the rest of the package says nothing.
            const clause = pkg.clauses.find((c) => c.lever === reason.lever);
            if (clause) {
              this.setValue(e.actor, clause.lever, clause.option, RED_LINE);
              this.refuse(e.actor, clause.lever, clause.option);
            }
            break;
          }
          for (let x = 0; x < pkg.clauses.length; x++) {
            const c = pkg.clauses[x]!;
            const was = this.valueRow(e.actor, c.lever)[c.option] ?? UNKNOWN;
            if (e.answer === 'accept') this.setValue(e.actor, c.lever, c.option, Math.max(was, ACCEPTED));
            else {
              // An opening position states what its proposer wants, and it expected the refusal: turning it down
              // shows that j wants more, not which levers weigh with j (docs/model.md §6). Counted, the refusals
              // of one actor's wish list, made again every other week, misled every other seat about j.
              if (pkg.opening !== true) {
                const rejections = this.rejectionRow(e.actor);
                rejections[c.lever] = at(rejections, c.lever) + 1;
              }
              this.setValue(e.actor, c.lever, c.option, Math.max(0, was - REJECTED_STEP));
            }
          }
          break;
        }
        case 'red_line_declared':
          if (e.actor === this.self) this.revealAll(e.lever);
          else for (let x = 0; x < e.options.length; x++) this.setValue(e.actor, e.lever, e.options[x]!, RED_LINE);
          break;
        case 'flexibility_signalled':
          if (e.actor === this.self) this.revealAll(e.lever);
          break;
        case 'meeting_held':
          if (ownCostliest !== null && ownCostliest !== -1 && e.participants.includes(this.self)) {
            for (let x = 0; x < e.participants.length; x++) {
              const p = e.participants[x]!;
              if (p !== this.self) this.reveal(p, ownCostliest);
            }
          }
          break;
        case 'lever_settled':
          (signed ??= new Map()).set(e.lever, e.option);
          break;
        case 'lever_broken':
          signed?.delete(e.lever);
          break;
        default:
          break;
      }
    }
    this.keep(kept, delivered, signed);
    this.data.packages = kept;
  }

  /** Adds to `kept` the packages of `delivered` that no lever signed in their week overtakes. */
  private keep(kept: SeenPackage[], delivered: readonly SeenPackage[], signed: Map<LeverIndex, OptionIndex> | null) {
    if (signed === null || signed.size === 0) {
      for (let i = 0; i < delivered.length; i++) kept.push(at(delivered, i));
      return;
    }
    for (const p of this.notOvertaken(delivered, signed)) kept.push(p);
  }

  /** The packages no lever signed in their week overtakes. */
  private notOvertaken(
    delivered: readonly SeenPackage[],
    signed: ReadonlyMap<LeverIndex, OptionIndex>,
  ): readonly SeenPackage[] {
    // The levers as the answers will find them, for the signed ones; the rest cannot overtake anything.
    const now = this.scenario.levers.map((l) => {
      const option = signed.get(l.index);
      return option === undefined
        ? { option: l.statusQuo, settled: false, open: true }
        : { option, settled: true, open: true };
    });
    return delivered.filter((p) => overtakenClause(this.scenario.levers, now, p.clauses) === null);
  }

  private reveal(other: ActorIndex, lever: LeverIndex): void {
    const levers = at(this.data.revealed, other);
    if (!levers.includes(lever)) this.data.revealed[other] = [...levers, lever];
  }

  /** j's option values on a lever, to read. */
  private valueRow(other: ActorIndex, lever: LeverIndex): readonly (number | null)[] {
    const row = this.data.values[other]?.[lever];
    if (row === undefined) missing('option values of lever', lever);
    return row;
  }

  /**
   * Sets j's value of an option. A row that already holds it is left as it is, not copied: most weeks repeat
   * what the model knows (the same proposals, accepted again), and copying rows was most of observe()'s cost
   * (with the closures gone from observe(): -1.7% instructions a lab game).
   */
  private setValue(other: ActorIndex, lever: LeverIndex, option: OptionIndex, value: number): void {
    if (this.valueRow(other, lever)[option] !== value) this.optionValues(other, lever)[option] = value;
  }

  /** j's option values on a lever, as a row this model may write to. */
  private optionValues(other: ActorIndex, lever: LeverIndex): (number | null)[] {
    let byLever = this.data.values[other];
    const row = byLever?.[lever];
    if (byLever === undefined || row === undefined) missing('option values of lever', lever);
    const key = other * this.scenario.levers.length + lever;
    if (this.#ownedValues[key]) return row;
    if (!this.#ownedValueLists[other]) {
      byLever = byLever.slice();
      this.data.values[other] = byLever;
      this.#ownedValueLists[other] = true;
    }
    const copy = row.slice();
    byLever[lever] = copy;
    this.#ownedValues[key] = true;
    return copy;
  }

  /** j's rejections per lever, as a row this model may write to. */
  private rejectionRow(other: ActorIndex): number[] {
    const row = at(this.data.rejections, other);
    if (this.#ownedRejections[other]) return row;
    const copy = row.slice();
    this.data.rejections[other] = copy;
    this.#ownedRejections[other] = true;
    return copy;
  }

  /** Records that `other` will never sign `option` of `lever`, replacing the row before its first write. */
  private refuse(other: ActorIndex, lever: LeverIndex, option: OptionIndex): void {
    const byLever = at(this.data.refused, other);
    const options = at(byLever, lever);
    if (options.includes(option)) return;
    const copy = byLever.slice();
    copy[lever] = [...options, option];
    this.data.refused[other] = copy;
  }

  /** Whether `other`, refusing a package, named `option` of `lever` a red line. */
  refuses(other: ActorIndex, lever: LeverIndex, option: OptionIndex): boolean {
    return at(at(this.data.refused, other), lever).includes(option);
  }

  private revealAll(lever: LeverIndex): void {
    // An index loop, not for-of over a mapped copy: observe() compiles it in.
    for (let i = 0; i < this.scenario.actors.length; i++) this.reveal(at(this.scenario.actors, i).index, lever);
  }

  /** Whether `other` has learnt that `lever` matters to this seat. */
  hasRevealed(other: ActorIndex, lever: LeverIndex): boolean {
    return at(this.data.revealed, other).includes(lever);
  }

  rejectionsOf(other: ActorIndex, lever: LeverIndex): number {
    return at(at(this.data.rejections, other), lever);
  }

  /** ŵ_j for every lever, normalised. */
  weightsOf(view: SeatView, other: ActorIndex): number[] {
    // Index loops rather than for-of, or map() and reduce() with closures, and plain reads with missing() out of
    // line rather than at(): every package search asks this of every other actor.
    const estimates = view.estimates[other];
    const rejections = this.data.rejections[other];
    if (estimates === undefined || rejections === undefined) missing('estimates of actor', other);
    const raw: number[] = [];
    let sum = 0;
    const levers = this.scenario.levers;
    for (let x = 0; x < levers.length; x++) {
      const l = levers[x];
      if (l === undefined) missing('lever', x);
      const interval = estimates[l.index];
      const rejected = rejections[l.index];
      if (interval === undefined || rejected === undefined) missing('estimate of lever', l.index);
      const costliest = view.costliest[other] === l.index ? COSTLIEST_WEIGHT_FACTOR : 1;
      const w = ((interval[0] + interval[1]) / 2) * (1 + REJECTION_WEIGHT_STEP * rejected) * costliest;
      raw.push(w);
      sum += w;
    }
    if (!(sum > 0)) return raw;
    for (let l = 0; l < raw.length; l++) raw[l] = (raw[l] as number) / sum;
    return raw;
  }

  valueOf(other: ActorIndex, lever: LeverIndex, option: OptionIndex): number {
    // Plain reads, missing() out of line: the package search asks this for every option of every lever.
    const row = this.data.values[other]?.[lever];
    if (row === undefined) missing('option values of lever', lever);
    return row[option] ?? UNKNOWN;
  }

  /** j's estimated utility gain if `clauses` were signed now. */
  gainOf(view: SeatView, other: ActorIndex, clauses: readonly Clause[], weights = this.weightsOf(view, other)): number {
    let gain = 0;
    // An index loop, not for-of: asked for every party of every package a nothing-for-nothing seat answers.
    for (let i = 0; i < clauses.length; i++) {
      const c = at(clauses, i);
      const current = at(view.levers, c.lever).option;
      gain += at(weights, c.lever) * (this.valueOf(other, c.lever, c.option) - this.valueOf(other, c.lever, current));
    }
    return gain;
  }
}

/**
 * The package of `packages` with this id, if any: a loop, not find() with a closure, and plain reads within its
 * bounds, not at(), for every answer observed.
 */
export function seen(packages: readonly SeenPackage[], id: string): SeenPackage | undefined {
  for (let i = 0; i < packages.length; i++) if (packages[i]!.id === id) return packages[i];
  return undefined;
}
