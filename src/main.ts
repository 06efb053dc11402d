/**
 * Composition root: the bundled scenarios (precompiled at build time) + the
 * engine's file readers (fetched when a file or a save is opened) + the
 * engine worker + the saved games (localStorage) + a seed source → the store → the DOM
 * screens, which load the Phaser table on demand.
 *
 * URL parameters (for teachers and tests):
 *   ?seed=123  every new game started in this page uses seed 123, so the
 *              same choices meet the same luck and the same AI temperaments
 *              (browser tests use it to be deterministic).
 *   ?join=CODE a class's link (docs/classroom.md): the join screen, its
 *              code filled in.
 */
import type { PrecompiledScenario } from './engine/index';
import type { MountTable } from './game/TableHandle';
import { createAppStore, type BundledScenario, type FileReaders } from './store/createAppStore';
import { storageGuideSlot } from './store/GuideSlot';
import { memoryStorage, webStorage, type KeyValueStorage } from './store/SavedGames';
import { mountApp } from './ui/mountApp';
import { registerUiFont } from './ui/registerUiFont';
import { workerClient } from './worker/workerClient';

// The catalogue is in the first chunk; each scenario's content is a chunk of its own, loaded when it is opened.
// Under `npm run dev` a scenario that has never loaded without errors has no entry (null; vite.config.ts).
const summaries = import.meta.glob<Omit<BundledScenario, 'load' | 'source'> | null>('../scenarios/*.yaml', {
  query: '?summary',
  eager: true,
  import: 'default',
});
const contents = import.meta.glob<PrecompiledScenario>('../scenarios/*.yaml', {
  query: '?precompiled',
  import: 'default',
});
// Its YAML text, which saves and exports carry: a chunk of its own too, fetched with its content.
const sources = import.meta.glob<string>('../scenarios/*.yaml', { query: '?raw', import: 'default' });
const bundled: BundledScenario[] = Object.entries(summaries).flatMap(([path, summary]) => {
  const load = contents[path];
  const source = sources[path];
  return summary && load && source ? [{ ...summary, load, source }] : [];
});

// The YAML parser and the schema library come with the readers. zod is told
// not to compile parsers (our CSP forbids it) before the loader's schemas are
// built: zod probes eval when a schema is built, so the two imports are made in
// turn, never at once (in parallel, either chunk may be evaluated first).
const readers = async (): Promise<FileReaders> => {
  await import('./ui/configureZodForCsp');
  return import('./engine/loader');
};

const startEngineWorker = () =>
  new Worker(new URL('./worker/engineWorker.ts', import.meta.url), { type: 'module', name: 'parley-engine' });

// Phaser loads on demand, in its own chunk; if it cannot load (an old
// browser, no WebGL or canvas), the DOM game still runs with its Board tab.
let table: Promise<MountTable | null> | null = null;
const loadTable = (): Promise<MountTable | null> =>
  (table ??= import('./game/mountTable').then(
    (m) => m.mountTable,
    () => null,
  ));

function seedSource(): () => number {
  const fixed = new URLSearchParams(location.search).get('seed');
  const n = fixed === null ? NaN : Number(fixed);
  if (Number.isInteger(n) && n >= 0 && n <= 0xffffffff) return () => n;
  return () => crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** localStorage when the browser allows it (a failed write is reported by the saved games, never a crash). */
function savedGamesStorage(): KeyValueStorage {
  try {
    const storage = webStorage(window.localStorage);
    storage.keys();
    return storage;
  } catch {
    return memoryStorage();
  }
}

const root = document.getElementById('app');
if (!root) throw new Error('index.html is missing <div id="app">');

registerUiFont(document.fonts);
const app = createAppStore({
  bundled,
  readers,
  // Without workers (very old browsers) the engine runs in the page.
  engine: typeof Worker === 'function' ? workerClient(startEngineWorker) : undefined,
  storage: savedGamesStorage(),
  guide: storageGuideSlot(() => window.localStorage),
  newSeed: seedSource(),
  // A scenario file's author sees what 1,000 games with the computer in every seat reach.
  authorBatchGames: 1000,
  // The class server answers on the page's own address (npm run serve); its client is a chunk of its own.
  classNet: () => import('./net/classNet').then((m) => m.classNet(location.origin)),
  origin: location.origin,
});
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
app.actions.setReducedMotion(motion.matches);
motion.addEventListener('change', (e) => app.actions.setReducedMotion(e.matches));
mountApp(root, { app, loadTable });
// A class's link (/?join=CODE) opens the join screen with its code, or the seat this device already holds there.
// The link's code then leaves the address, so that a reload after the game finds the title, not a join.
const joining = new URLSearchParams(location.search).get('join');
if (joining !== null) {
  app.actions.showJoin(joining);
  const address = new URL(location.href);
  address.searchParams.delete('join');
  history.replaceState(history.state, '', address);
}
// Under `npm run dev`, the errors of the scenarios being written, in a panel above the game.
if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./ui/scenarioProblemsPanel').then(({ scenarioProblemsPanel }) => {
    const panel = scenarioProblemsPanel(document.body);
    hot.on('parley:scenario-problems', panel.show);
    hot.send('parley:scenario-problems-wanted', null);
  });
}
// Phaser is fetched and compiled while the student reads the roles, so that
// neither lands on the table's first seconds, when the first week is ended.
app.store.subscribe(
  (s) => s.screen,
  (screen) => {
    if (screen === 'role') void loadTable();
  },
);
