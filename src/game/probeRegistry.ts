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
  /** Has a frame drawn now (the loop sleeps while the table is still). */
  wake(): void;
}

export const probeTargets = new WeakMap<TableHandle, ProbeTarget>();
