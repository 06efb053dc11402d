/**
 * Everything the screens draw from, as plain serialisable data (the compiled
 * scenario and the AI's memory live beside the store, in GameSession). The
 * game itself is its record (seed + seats + actions); state and events are
 * the result of playing it.
 */
import type { Advice } from '../engine/ai/advise';
import type { Action } from '../engine/game/Action';
import type { GameEvent } from '../engine/game/GameEvent';
import type { GameState } from '../engine/game/GameState';
import type { GameRecord } from '../engine/replay/GameRecord';
import type { Diagnostic } from '../engine/scenario/Diagnostic';

export type Screen = 'title' | 'scenarios' | 'role' | 'table' | 'ending';

export interface CatalogEntry {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Offered first to newcomers. */
  readonly tutorial: boolean;
}

export interface LoadedScenarioInfo {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  /** The YAML text, kept so a save of an opened file can be resumed. */
  readonly text: string;
  readonly bundled: boolean;
}

export interface GameSnapshot {
  readonly record: GameRecord;
  readonly state: GameState;
  /** The full event log (the UI shows the seat's share of it, eventsFor). */
  readonly events: readonly GameEvent[];
  /** Index in `events` where the last week's resolution began: what to animate. */
  readonly lastWeekFrom: number;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly code?: string;
  readonly message: string;
}

export interface AppState {
  readonly screen: Screen;
  readonly catalog: readonly CatalogEntry[];
  readonly scenario: LoadedScenarioInfo | null;
  /** Diagnostics of the last scenario load (errors block it; warnings do not). */
  readonly diagnostics: readonly Diagnostic[];
  readonly seat: number | null;
  readonly game: GameSnapshot | null;
  /** This week's orders, not yet resolved. */
  readonly orders: readonly Action[];
  readonly notice: Notice | null;
  readonly advice: Advice | { readonly none: string } | null;
  /** A save that could not be resumed and was set aside. */
  readonly saveProblem: string | null;
  readonly reducedMotion: boolean;
}

export const INITIAL_STATE: AppState = {
  screen: 'title',
  catalog: [],
  scenario: null,
  diagnostics: [],
  seat: null,
  game: null,
  orders: [],
  notice: null,
  advice: null,
  saveProblem: null,
  reducedMotion: false,
};
