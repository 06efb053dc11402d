import type { NeverSigns } from '../model/neverSigns';

/**
 * The world a deal space is analysed in: what utilities read (world values),
 * which levers stay as they are, and what no deal is worth to each actor.
 * Plain data, so the ending screen can analyse the start, the end, or any
 * hypothetical world (e.g. reservation values at the start).
 */
export interface DealWorld {
  /** World values (metrics, support, trust) that utilities read. */
  readonly values: ArrayLike<number>;
  /** The option in force per lever; a fixed lever keeps it in every package. */
  readonly options: readonly number[];
  /** fixed[lever]: the lever stays at `options[lever]` (a settled lever). */
  readonly fixed: readonly boolean[];
  /** RV per actor of the scenario (all actors, by index). */
  readonly reservations: readonly number[];
  /** What each actor would never sign: its red lines (docs/model.md §4). */
  readonly never: NeverSigns;
}
