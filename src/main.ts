/**
 * Composition root: bundled scenario texts + the save slot + a seed source
 * → the store → the DOM screens, which load the Phaser table on demand.
 *
 * URL parameters (for teachers and tests):
 *   ?seed=123  every new game started in this page uses seed 123, so the
 *              same choices meet the same luck and the same AI temperaments
 *              (browser tests use it to be deterministic).
 */
// Must stay the first import: it configures zod before any schema runs.
import './ui/configureZodForCsp';
import type { MountTable } from './game/TableHandle';
import { createAppStore, type BundledScenario } from './store/createAppStore';
import { storageGuideSlot } from './store/GuideSlot';
import { memorySlot, storageSlot, type SaveSlot } from './store/SaveSlot';
import { mountApp } from './ui/mountApp';
import { registerUiFont } from './ui/registerUiFont';

const texts = import.meta.glob<string>('../scenarios/*.yaml', { query: '?raw', eager: true, import: 'default' });
const bundled: BundledScenario[] = Object.entries(texts).map(([path, text]) => ({
  file: path.slice(path.lastIndexOf('/') + 1),
  text,
}));

// Phaser loads on demand, in its own chunk; if it cannot load (an old
// browser, no WebGL or canvas), the DOM game still runs with its Board tab.
const loadTable = async (): Promise<MountTable | null> => {
  try {
    return (await import('./game/mountTable')).mountTable;
  } catch {
    return null;
  }
};

function seedSource(): () => number {
  const fixed = new URLSearchParams(location.search).get('seed');
  const n = fixed === null ? NaN : Number(fixed);
  if (Number.isInteger(n) && n >= 0 && n <= 0xffffffff) return () => n;
  return () => crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** localStorage when the browser allows it; a failed write never breaks the game. */
function saveSlot(): SaveSlot {
  let slot: SaveSlot;
  try {
    slot = storageSlot(window.localStorage);
    slot.read();
  } catch {
    return memorySlot();
  }
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch {
        return fallback;
      }
    };
  return {
    read: guard(slot.read, null),
    write: guard(slot.write, undefined),
    setAside: guard(slot.setAside, undefined),
    clear: guard(slot.clear, undefined),
  };
}

const root = document.getElementById('app');
if (!root) throw new Error('index.html is missing <div id="app">');

registerUiFont(document.fonts);
const app = createAppStore({
  bundled,
  slot: saveSlot(),
  guide: storageGuideSlot(() => window.localStorage),
  newSeed: seedSource(),
});
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
app.actions.setReducedMotion(motion.matches);
motion.addEventListener('change', (e) => app.actions.setReducedMotion(e.matches));
mountApp(root, { app, loadTable });
