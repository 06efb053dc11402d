/**
 * A game is a replay: scenario hash + seed + seats + every action, tagged by
 * week (docs/model.md §7). The record lives outside the game state; exporting it
 * is enough to rebuild, check or branch a game anywhere.
 */
import type { Action } from '../game/Action';

export interface RecordedAction {
  readonly week: number;
  readonly action: Action;
}

export interface GameRecord {
  readonly format: 'parley-game';
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: number;
  /** actor id → 'human' or a policy id. */
  readonly seats: Readonly<Record<string, string>>;
  /** Weeks resolved; actions of the week after are orders in progress. */
  readonly weeks: number;
  readonly actions: readonly RecordedAction[];
  /** Set on a game replayed from an earlier one up to this week, then played differently. */
  readonly branchOf: { readonly checksum: string; readonly week: number } | null;
  /** Fingerprint of everything above: a record edited by hand is refused. */
  readonly checksum: string;
}
