/**
 * Actors' emblems as round textures: each SVG (assets/emblems/, reached
 * through the URL the shell gives) is drawn once onto a canvas clipped to a
 * disc, large enough to stay crisp at any zoom. Loading is asynchronous and
 * needs no Phaser loader (it would fetch data: URLs, which the page's CSP
 * refuses); until an emblem is ready, or when it cannot be had, the table
 * draws the disc with a short code.
 */
import type Phaser from 'phaser';

/** Pixels across an emblem texture: sharp up to a 64 px token at a pixel ratio of 2. */
const SIZE = 128;

export function emblemKey(file: string): string {
  return `parley.emblem:${file}`;
}

/** Starts loading each emblem of `files` not loaded yet; `ready` runs after each one lands. */
export function loadEmblems(
  scene: Phaser.Scene,
  files: readonly (string | null)[],
  urlOf: (file: string) => string | null,
  ready: () => void,
): void {
  let pending = loading.get(scene);
  if (!pending) loading.set(scene, (pending = new Set()));
  for (const file of new Set(files)) {
    if (!file) continue;
    const key = emblemKey(file);
    if (scene.textures.exists(key) || pending.has(key)) continue;
    const url = urlOf(file);
    if (!url) continue;
    pending.add(key);
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => {
      pending?.delete(key);
      if (!scene.sys.isActive() || scene.textures.exists(key)) return;
      const texture = scene.textures.createCanvas(key, SIZE, SIZE);
      const ctx = texture?.getContext();
      if (!texture || !ctx) return;
      ctx.beginPath();
      ctx.arc(SIZE / 2, SIZE / 2, SIZE / 2, 0, Math.PI * 2);
      ctx.clip();
      ctx.drawImage(image, 0, 0, SIZE, SIZE);
      texture.refresh();
      ready();
    };
    image.onerror = () => pending?.delete(key);
    image.src = url;
  }
}

/** Per scene (each game has its own textures): the emblems on their way. */
const loading = new WeakMap<Phaser.Scene, Set<string>>();
