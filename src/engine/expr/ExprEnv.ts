/**
 * The game state a compiled expression reads. Plain arrays or typed arrays
 * both work; the engine should keep one representation so call sites stay
 * monomorphic. Values are assumed finite.
 */
export interface ExprEnv {
  /** Numbers addressed by `{ kind: 'value', index }` bindings. */
  readonly values: ArrayLike<number>;
  /** Per lever: index of its current option. */
  readonly levers: ArrayLike<number>;
  /** Per lever: 1 if settled, 0 if not. */
  readonly settled: ArrayLike<number>;
  /** Per actor, per lever: the options it has declared red lines (GameState.redLines). */
  readonly redLines: readonly (readonly (readonly number[])[])[];
  readonly week: number;
  readonly weeksLeft: number;
}

/**
 * A compiled expression. Always returns a finite number; true/false results
 * are 1/0.
 */
export type Compiled = (env: ExprEnv) => number;
