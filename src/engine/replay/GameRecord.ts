/**
 * A game is a replay: scenario hash + seed + seats + every action, tagged by
 * week, plus every AI seat's memory at the start of each week
 * (docs/model.md §7). Exporting it is enough to rebuild, check or branch a
 * game anywhere, and resuming or branching never re-runs an AI decision.
 */
import type { PlayedOrder } from '../game/Game';

export type ReplayErrorCode =
  | 'REPLAY_NOT_JSON'
  | 'REPLAY_MALFORMED'
  | 'REPLAY_ENGINE_VERSION'
  | 'REPLAY_SCENARIO'
  | 'REPLAY_TAMPERED'
  | 'REPLAY_POLICY'
  | 'REPLAY_MEMORY'
  | 'REPLAY_ILLEGAL_ACTION';

export interface ReplayError {
  readonly ok: false;
  readonly code: ReplayErrorCode;
  readonly message: string;
}

/** The seat of a human player in `GameRecord.seats`; any other value is a policy id. */
export const HUMAN = 'human';

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
  readonly actions: readonly PlayedOrder[];
  /** memories[w − 1][seat]: each seat's policy memory at the start of week w, for weeks 1 … weeks + 1. */
  readonly memories: readonly (readonly unknown[])[];
  /** Set on a game replayed from an earlier one up to this week, then played differently. */
  readonly branchOf: { readonly checksum: string; readonly week: number } | null;
  /** Fingerprint of everything above: a record edited by hand is refused. */
  readonly checksum: string;
}
