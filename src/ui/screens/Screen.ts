/** What each screen gives the shell: its nodes, how it follows the store, and its teardown. */
import type { AppState } from '../../store/AppState';
import type { AppStore } from '../../store/createAppStore';
import type { MountTable } from '../../game/TableHandle';

export interface ScreenView {
  readonly nodes: readonly Node[];
  /** Called on every store change while this screen is shown. */
  update?(state: AppState, previous: AppState): void;
  destroy?(): void;
}

export interface UiContext {
  readonly app: AppStore;
  /** The Phaser table, loaded on demand (its own chunk); null when it cannot be loaded. */
  readonly loadTable: () => Promise<MountTable | null>;
  /** Reads a whole local file chosen by the player. */
  readonly announce: (lines: readonly string[]) => void;
}
