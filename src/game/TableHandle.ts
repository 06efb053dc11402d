/**
 * The contract between the DOM shell and the Phaser table: the shell mounts
 * the table into an element, pushes each new TableModel (and the events of the
 * week just resolved as the seat saw them, to animate), and destroys it when
 * leaving the screen. The table gets nothing else — no scenario, no game —
 * and holds no rules and no state of its own beyond what it draws.
 */
import type { GameEvent } from '../engine/index';
import type { TableModel } from '../store/TableModel';

export interface TableOptions {
  readonly reducedMotion: boolean;
  /** The URL of an actor's emblem (its file name in assets/emblems/), or null to draw a disc with a short code. */
  readonly emblemUrl: (file: string) => string | null;
}

export interface TableHandle {
  /** Draw `model`; animate `events` (the last resolution) first unless motion is reduced or skipped. */
  update(model: TableModel, events: readonly GameEvent[]): void;
  /** Finish any running animation at once. */
  skipAnimations(): void;
  /** Resolves when the current animations have finished (at once if none). */
  settled(): Promise<void>;
  destroy(): void;
}

export type MountTable = (parent: HTMLElement, options: TableOptions) => TableHandle;
