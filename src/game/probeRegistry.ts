/**
 * Links a mounted table's handle to its Phaser game and scene, for the test
 * probe only (probeTable.ts); nothing in the app reads it. A WeakMap, so a
 * destroyed table is not kept alive.
 */
import type Phaser from 'phaser';
import type { TableHandle } from './TableHandle';
import type { TableScene } from './TableScene';

export interface ProbeTarget {
  readonly game: Phaser.Game;
  scene(): TableScene | null;
  /** Keeps the game loop running for a few frames (it sleeps when the table is still). */
  wake(): void;
}

export const probeTargets = new WeakMap<TableHandle, ProbeTarget>();
