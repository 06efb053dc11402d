/**
 * Every package of a deal world, with the utility of each to each member of a
 * group. A package is a number p in [0, size): its digits (mixed radix, the
 * first free lever fastest) are the option indices of the free levers;
 * fixed levers keep `base`. Utilities sit in one flat typed array so that the
 * frontier and the bargaining points scan memory linearly.
 */
export interface PackageSpace {
  /** Actor indices; member i is group[i]. */
  readonly group: readonly number[];
  /** RV of each member, in group order. */
  readonly reservations: readonly number[];
  /** World values the utilities were computed in. */
  readonly values: ArrayLike<number>;
  /** The option per lever that fixed levers keep (free levers' entries are ignored). */
  readonly base: readonly number[];
  /** The levers that vary, in digit order. */
  readonly free: readonly number[];
  /** Option count of each free lever. */
  readonly radix: readonly number[];
  readonly size: number;
  /**
   * The packages every signatory would sign, ascending: no option of a free
   * lever moved from `base` is a red line of one of that lever's signatories
   * (docs/model.md §4). Every landmark is found among these only.
   */
  readonly possible: Int32Array;
  /** utilities[p · group.length + i]: member i's utility of package p. */
  readonly utilities: Float64Array;
}
