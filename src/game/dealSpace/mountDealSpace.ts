/**
 * Mounts the deal-space chart (DealSpaceScene) into an element, loaded on
 * demand like the table (src/game/mountTable.ts), so Phaser stays out of the
 * first screen's JavaScript. Sized in device pixels and zoomed back to CSS
 * pixels; a ResizeObserver keeps it to its parent's width. The canvas is
 * aria-hidden: the debrief's table beside it says everything it shows. What
 * it drew is written on the parent for tests (data-drawn: the points, the
 * frontier, the Nash point, the outcome, both reservation values; and
 * data-smallest-font-px).
 */
import Phaser from 'phaser';
import { RENDERER } from '../renderer';
import { sleepingLoop } from '../sleepingLoop';
import { COLOURS } from '../theme';
import { DealSpaceScene, type DealSpaceDrawing } from './DealSpaceScene';

export interface DealSpaceHandle {
  show(drawing: DealSpaceDrawing): void;
  destroy(): void;
}

export type MountDealSpace = (parent: HTMLElement) => DealSpaceHandle;

export const mountDealSpace: MountDealSpace = (parent) => {
  const ratio = () => Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  const size = () => {
    const w = Math.max(200, Math.floor(parent.clientWidth));
    // Square-ish on a phone, wider than tall on a desktop.
    return { w, h: Math.round(Math.max(300, Math.min(460, w * 0.72))) };
  };
  let scene: DealSpaceScene | null = null;
  let pending: DealSpaceDrawing | null = null;
  let destroyed = false;
  const first = size();
  parent.style.height = `${first.h}px`;
  const draw = (drawing: DealSpaceDrawing) => {
    if (!scene) return void (pending = drawing);
    parent.dataset['drawn'] = JSON.stringify(scene.show(drawing));
    parent.dataset['smallestFontPx'] = String(scene.smallestFontPx());
    loop.wake();
  };
  const game = new Phaser.Game({
    type: RENDERER,
    parent,
    backgroundColor: COLOURS.background,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    disableContextMenu: false,
    render: { antialias: true },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round(first.w * ratio()),
      height: Math.round(first.h * ratio()),
      zoom: 1 / ratio(),
    },
    scene: new DealSpaceScene({
      pixelRatio: ratio,
      ready: (s) => {
        if (destroyed) return;
        scene = s;
        if (pending) draw(pending);
        pending = null;
      },
    }),
  });
  const dress = () => {
    game.canvas.setAttribute('aria-hidden', 'true');
    game.canvas.style.display = 'block';
  };
  if (game.canvas) dress();
  else game.events.once(Phaser.Core.Events.BOOT, dress);
  // Nothing moves: the loop sleeps until the next drawing or resize.
  const loop = sleepingLoop(game);

  const observer = new ResizeObserver(() => {
    if (destroyed) return;
    const { w, h } = size();
    parent.style.height = `${h}px`;
    const k = ratio();
    if (Math.abs(game.scale.zoom - 1 / k) > 1e-6) game.scale.setZoom(1 / k);
    if (Math.round(w * k) !== game.scale.width || Math.round(h * k) !== game.scale.height) {
      game.scale.resize(Math.round(w * k), Math.round(h * k));
      if (scene) parent.dataset['smallestFontPx'] = String(scene.smallestFontPx());
    }
    loop.wake();
  });
  observer.observe(parent);

  return {
    show: draw,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      loop.stop();
      game.destroy(true);
      // Phaser tears down on its next frame: wake the loop for it.
      loop.wake();
      game.canvas?.remove();
    },
  };
};
