/**
 * A read-only window into a mounted table for browser tests (the harness
 * imports it; the app never does): the labels as drawn, in CSS px relative
 * to the canvas, so a test can prove none overlap; the smallest font on
 * screen in CSS px; the meters with their thresholds and the endings they
 * name; the layout chosen; and a count of the distinct colours the renderer
 * actually drew.
 */
import type { Box } from './layout/Box';
import type { MeterReport } from './views/MetersView';
import { probeTargets } from './probeRegistry';
import type { TableHandle } from './TableHandle';

export interface ProbeLabel {
  /** Labels of one group (a pin and its code, a token and its tag) may overlap each other; different groups never. */
  readonly group: string;
  readonly kind: string;
  readonly text: string;
  readonly box: Box;
  /** The text's font size in CSS px as the student sees it (0 for a box). */
  readonly fontPx: number;
}

export interface TableProbe {
  readonly renderer: 'webgl' | 'canvas';
  labels(): ProbeLabel[];
  /** The smallest font size of any text on the canvas, in CSS px after every scaling (Infinity when none). */
  smallestFontPx(): number;
  /** Each world meter as drawn, with its thresholds, the ending each names, and whether it is in danger. */
  meters(): MeterReport[];
  /** Puts an actor in focus, as pointing at its token does (null: none). */
  focus(actor: number | null): void;
  layout(): {
    readonly mode: string;
    readonly zoom: number;
    readonly fontScale: number;
    readonly width: number;
    readonly height: number;
  } | null;
  animating(): boolean;
  /** Frames per second the game loop measured lately (0 while it sleeps). */
  fps(): number;
  /** Frames the table has drawn since it was mounted. */
  frames(): number;
  /** Whether the loop sleeps: a still table draws no frames. */
  sleeping(): boolean;
  /** Slows (< 1) or speeds up the table's tweens and timers, to photograph an animation mid-step. */
  setTimeScale(scale: number): void;
  /** Distinct colours in a snapshot of the drawing buffer (a blank canvas has one). */
  distinctColours(): Promise<number>;
}

export function probeTable(handle: TableHandle): TableProbe | null {
  const target = probeTargets.get(handle);
  if (!target) return null;
  const { game } = target;
  return {
    renderer: game.renderer && 'gl' in game.renderer ? 'webgl' : 'canvas',
    labels() {
      const scene = target.scene();
      const zoom = scene?.currentLayout?.zoom ?? 1;
      return (scene?.labels.collect() ?? []).map((l) => ({
        ...l,
        box: { x: l.box.x * zoom, y: l.box.y * zoom, w: l.box.w * zoom, h: l.box.h * zoom },
        fontPx: l.fontPx * zoom * cssScale(game),
      }));
    },
    smallestFontPx() {
      const scene = target.scene();
      const zoom = scene?.currentLayout?.zoom ?? 1;
      return (scene?.labels.smallestFont() ?? Number.POSITIVE_INFINITY) * zoom * cssScale(game);
    },
    meters: () => target.scene()?.meters?.report() ?? [],
    focus(actor) {
      target.scene()?.focus(actor);
      target.wake();
    },
    layout() {
      const l = target.scene()?.currentLayout;
      return l ? { mode: l.mode, zoom: l.zoom, fontScale: l.typo.scale, width: l.width, height: l.height } : null;
    },
    animating: () => target.scene()?.animating ?? false,
    fps: () => (game.loop.running ? game.loop.actualFps : 0),
    frames: () => game.loop.frame,
    sleeping: () => !game.loop.running,
    setTimeScale(scale) {
      const scene = target.scene();
      if (!scene) return;
      scene.time.timeScale = scale;
      scene.tweens.timeScale = scale;
    },
    distinctColours() {
      return new Promise<number>((resolve) => {
        // Asked for first: the frame the loop draws as it wakes takes it.
        game.renderer.snapshot((image) => {
          if (!(image instanceof HTMLImageElement)) return resolve(0);
          const c = document.createElement('canvas');
          c.width = image.width;
          c.height = image.height;
          const ctx = c.getContext('2d', { willReadFrequently: true });
          if (!ctx) return resolve(0);
          ctx.drawImage(image, 0, 0);
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          // Distinct colours: each pixel's red, green and blue bytes as one number (its alpha byte left out).
          const seen = new Set<number>();
          let rgb = 0;
          let channel = 0;
          for (const value of data) {
            if (channel < 3) rgb = (rgb << 8) | value;
            if (++channel === 4) {
              seen.add(rgb);
              rgb = 0;
              channel = 0;
            }
          }
          resolve(seen.size);
        });
        target.wake();
      });
    },
  };
}

/** CSS px per layout px beyond the layout's own zoom: the canvas's size on the page over its size in the game. */
function cssScale(game: Phaser.Game): number {
  const shown = game.canvas?.getBoundingClientRect().width ?? 0;
  const laid = game.scale.width * game.scale.zoom;
  return shown > 0 && laid > 0 ? shown / laid : 1;
}
