/**
 * The contract between the DOM shell and the Phaser table: the shell mounts
 * the table into an element, pushes each new TableModel (and the events of the
 * week just resolved, to animate), and destroys it when leaving the screen.
 * The table holds no rules and no state of its own beyond what it draws.
 */
import type { GameEvent } from '../engine/game/GameEvent';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';
import type { TableModel } from '../store/TableModel';

export interface TableOptions {
  /** Used only to name things in animations (actors, levers); never to decide. */
  readonly scenario: CompiledScenario;
  readonly reducedMotion: boolean;
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
