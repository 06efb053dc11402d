/**
 * What a dotted name in an expression stands for. The scenario loader decides
 * this (through ExprScope); the compiler only turns it into a read.
 */
export type Binding =
  /** A number read from `env.values[index]` at evaluation time. */
  | { readonly kind: 'value'; readonly index: number }
  /** A scenario param: fixed for the whole game, so folded at compile time. */
  | { readonly kind: 'const'; readonly value: number }
  /** The current week number (`env.week`). */
  | { readonly kind: 'week' }
  /** Weeks remaining (`env.weeksLeft`). */
  | { readonly kind: 'weeks_left' }
  /**
   * A lever's current choice. `env.levers[lever]` is an index into `options`.
   * It may only be compared with `==`/`!=` against one of `options`.
   */
  | { readonly kind: 'lever'; readonly lever: number; readonly options: readonly string[] }
  /** Whether a lever is settled: a true/false read from `env.settled[lever]` (0/1). */
  | { readonly kind: 'settled'; readonly lever: number }
  /** Whether an actor has declared an option of a lever a red line: a true/false read of `env.redLines`. */
  | { readonly kind: 'red_line'; readonly actor: number; readonly lever: number; readonly option: number };
