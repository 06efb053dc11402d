/**
 * The state of one game between two weeks' orders: plain, serialisable data
 * (JSON round-trips it exactly). It holds only what the rules need; the
 * action log lives outside it (see replay/), the event log is produced by
 * resolution. Indices refer to the compiled scenario's actors, levers,
 * values, pressures and events.
 */
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';

export interface Clause {
  readonly lever: LeverIndex;
  readonly option: OptionIndex;
}

export interface Package {
  readonly id: string;
  readonly proposer: ActorIndex;
  /** The week it was made; it is answered in the next one. */
  readonly week: number;
  readonly clauses: readonly Clause[];
  /** The proposer plus every signatory of its levers, sorted. */
  readonly parties: readonly ActorIndex[];
  readonly copied: readonly ActorIndex[];
  /** The package this one counters, if any. */
  readonly counters: string | null;
}

export interface LeverState {
  /** The option in force: the settled one, else the status quo. */
  readonly option: OptionIndex;
  readonly settled: boolean;
  readonly open: boolean;
}

/** An actor's belief about another's weight on one lever: it always contains the truth. */
export type Interval = readonly [number, number];

export interface GameEnd {
  readonly ending: number;
  readonly week: number;
  readonly early: boolean;
}

export interface GameState {
  readonly seed: number;
  /** The week whose orders are awaited (1-based). */
  readonly week: number;
  readonly values: readonly number[];
  readonly levers: readonly LeverState[];
  /** Packages delivered last week, to be answered this week. */
  readonly inbox: readonly Package[];
  /** Per pressure: the first week it may be used again. */
  readonly readyWeek: readonly number[];
  /** redLines[actor][lever]: options the actor has publicly declared it will never sign. */
  readonly redLines: readonly (readonly (readonly OptionIndex[])[])[];
  /** estimates[observer][target][lever]. */
  readonly estimates: readonly (readonly (readonly Interval[])[])[];
  /** costliest[observer][target]: the lever learnt as target's costliest at a meeting, or -1. */
  readonly costliest: readonly (readonly (LeverIndex | -1)[])[];
  /** importance[observer][target]: levers whose importance target revealed by a statement. */
  readonly importance: readonly (readonly (readonly LeverIndex[])[])[];
  /** How often each scenario event has fired. */
  readonly fired: readonly number[];
  /** Drawn per game, keyed by seed and actor (docs/model.md §6). */
  readonly temperament: readonly number[];
  readonly horizon: readonly number[];
  readonly ended: GameEnd | null;
}
