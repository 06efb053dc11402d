/**
 * A game in progress, as the engine keeps it: the state, everything that
 * happened, every seat's policy memory week by week, and the orders played.
 * Plain, serialisable data; it stays behind the session (or the server):
 * screens receive a seat's view, never this.
 */
import type { Action } from './Action';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import type { Refusal } from './Refusal';

export interface PlayedOrder {
  readonly week: number;
  readonly action: Action;
}

export interface RefusedOrder extends PlayedOrder {
  readonly refusal: Refusal;
}

export interface Game {
  readonly state: GameState;
  /** Every event so far, with the AI's private reasons (a seat's view filters them). */
  readonly events: readonly GameEvent[];
  /** Index in `events` where the last resolution (or the game's opening) began. */
  readonly lastWeekFrom: number;
  /** memories[w − 1][seat]: the seat's policy memory at the start of week w (null: a human or a policy that remembers nothing). */
  readonly memories: readonly (readonly unknown[])[];
  /** Every order the rules accepted, with its week. */
  readonly log: readonly PlayedOrder[];
  /** Orders a policy gave that the rules refused (a policy bug, or a probe). */
  readonly refused: readonly RefusedOrder[];
}
