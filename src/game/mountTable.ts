/**
 * Mounts the Phaser table into an element of the DOM shell (the contract is
 * TableHandle.ts), drawn by the canvas renderer (renderer.ts says why). The
 * game is sized in device pixels and zoomed back to CSS pixels, so text
 * stays crisp on high-density screens; a ResizeObserver on the parent
 * re-lays it out. The table takes the height its content needs at the
 * parent's width (at least the parent's CSS min-height), since its fonts
 * never shrink under 14 px. The loop sleeps while nothing moves and wakes
 * for updates, resizes and animations. The canvas is aria-hidden: the DOM
 * mirror carries everything it shows. Phaser's input is off, so touch
 * scrolling and keyboard focus stay with the page; real buttons over the
 * tokens (focusLayer.ts) put an actor in focus.
 */
import Phaser from 'phaser';
import type { TableModel } from '../store/TableModel';
import { focusLayer } from './focusLayer';
import { tableHeight } from './layout/tableHeight';
import { probeTargets } from './probeRegistry';
import { RENDERER } from './renderer';
import { sleepingLoop } from './sleepingLoop';
import type { MountTable, TableHandle } from './TableHandle';
import { TableScene } from './TableScene';
import { COLOURS } from './theme';

export const mountTable: MountTable = (parent, options) => {
  const pixelRatio = () => Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  const cssSize = () => ({
    w: Math.max(1, Math.floor(parent.clientWidth)),
    h: Math.max(1, Math.floor(parent.clientHeight)),
  });

  let scene: TableScene | null = null;
  let pending: TableModel | null = null;
  let destroyed = false;
  let running: Promise<void> = Promise.resolve();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
  const targets = focusLayer(parent, (actor) => {
    scene?.focus(actor);
    wake();
  });

  let shownHeight = 0;

  const initial = cssSize();
  const ratio0 = pixelRatio();
  const game = new Phaser.Game({
    type: RENDERER,
    parent,
    backgroundColor: COLOURS.background,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    disableContextMenu: false,
    render: { antialias: true, roundPixels: false },
    // Real elapsed time, not Phaser's smoothed delta: that caps each frame at 1/60 s for 120 frames after the
    // loop wakes or regains focus, which on a slow machine stretches a 3-second week to 8.
    fps: { smoothStep: false },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round(initial.w * ratio0),
      height: Math.round(initial.h * ratio0),
      zoom: 1 / ratio0,
    },
    scene: new TableScene({
      pixelRatio,
      minHeight: () => Number.parseFloat(getComputedStyle(parent).minHeight) || 0,
      emblemUrl: (file) => options.emblemUrl(file),
      laidOut: (layout) => {
        shownHeight = tableHeight(shownHeight, Math.ceil(layout.height * layout.zoom));
        const height = `${shownHeight}px`;
        if (parent.style.height !== height) parent.style.height = height;
        const model = scene?.currentModel;
        if (model) targets.place(layout.ring.tokens, layout.ring.bounds, model, layout.width);
        // For tests of the whole app, which have no probe: the smallest text drawn, in CSS px.
        const smallest = scene?.labels.smallestFont();
        if (smallest !== undefined) parent.dataset['smallestFontPx'] = String(smallest * layout.zoom);
        wake();
      },
      redrawn: () => wake(),
      ready: (s) => {
        if (destroyed) return;
        scene = s;
        if (pending) {
          running = s.present(pending, [], false);
          pending = null;
        }
        markReady();
        wake();
      },
    }),
  });

  // Phaser creates the canvas at boot, which is immediate once the document has loaded.
  const dressCanvas = () => {
    game.canvas.setAttribute('aria-hidden', 'true');
    game.canvas.style.display = 'block';
  };
  if (game.canvas) dressCanvas();
  else game.events.once(Phaser.Core.Events.BOOT, dressCanvas);

  // Awake while the week's events play: a still table costs no frames.
  const loop = sleepingLoop(game, () => Boolean(scene?.animating || scene?.tweens.getTweens().length));
  // Called after each change.
  function wake(): void {
    if (!destroyed) loop.wake();
  }

  const resize = () => {
    if (destroyed) return;
    const { w, h } = cssSize();
    const ratio = pixelRatio();
    const scale = game.scale;
    if (Math.abs(scale.zoom - 1 / ratio) > 1e-6) scale.setZoom(1 / ratio);
    const gw = Math.round(w * ratio);
    const gh = Math.round(h * ratio);
    if (gw !== scale.width || gh !== scale.height) scale.resize(gw, gh);
    wake();
  };
  // A window drag fires many resizes; lay out at most once a frame.
  let resizeFrame = 0;
  const observer = new ResizeObserver(() => {
    if (resizeFrame) return;
    resizeFrame = requestAnimationFrame(() => {
      resizeFrame = 0;
      resize();
    });
  });
  observer.observe(parent);

  const handle: TableHandle = {
    update(model, events) {
      if (destroyed) return;
      if (!scene) {
        pending = model;
        return;
      }
      running = scene.present(model, events, !options.reducedMotion);
      wake();
    },
    skipAnimations() {
      scene?.skip();
      wake();
    },
    settled() {
      if (destroyed) return Promise.resolve();
      return scene || !pending ? running : ready.then(() => running);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      cancelAnimationFrame(resizeFrame);
      scene?.skip();
      scene = null;
      pending = null;
      markReady();
      loop.stop();
      targets.destroy();
      game.destroy(true);
      // Phaser tears down on its next frame: wake the loop for it, and take the canvas out now.
      loop.wake();
      game.canvas?.remove();
    },
  };
  probeTargets.set(handle, { game, scene: () => scene, wake });
  return handle;
};
