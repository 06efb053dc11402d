/**
 * A store over the frozen UI test scenario and the tutorial, bundled as the
 * build bundles scenarios (precompiled), with the engine's file readers, the
 * engine in this thread (so every action is done when it returns), an
 * in-memory storage for the saved games and a fixed seed.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { precompileScenario } from '../../src/cli/precompileScenario';
import * as readers from '../../src/engine/loader';
import { createAppStore, type AppStore, type BundledScenario } from '../../src/store/createAppStore';
import { GAME_PREFIX, INDEX_KEY, memoryStorage, type SavedGameEntry } from '../../src/store/SavedGames';
import { A, L, O } from '../ids';

const ROOT = resolve(import.meta.dirname, '../..');
export function bundledOf(path: string): BundledScenario {
  const text = readFileSync(resolve(ROOT, path), 'utf8');
  const { summary, precompiled } = precompileScenario(text, basename(path));
  return { ...summary, load: () => precompiled, source: () => text };
}

export const BUNDLED = [bundledOf('tests/fixtures/ui-talks.yaml'), bundledOf('scenarios/tutorial.yaml')];
export const READERS = () => readers;

export type Slot = ReturnType<typeof memoryStorage>;

/** Where the game saved last lives in `slot`. */
export function latestKey(slot: Slot): string {
  const index = JSON.parse(slot.data.get(INDEX_KEY) ?? '[]') as SavedGameEntry[];
  const latest = index.reduce<SavedGameEntry | null>((a, e) => (a && a.savedAt > e.savedAt ? a : e), null);
  if (!latest) throw new Error('nothing is saved');
  return GAME_PREFIX + latest.id;
}

export function makeApp(slot: Slot = memoryStorage(), seed = 123): { app: AppStore; slot: Slot } {
  return { app: createAppStore({ bundled: BUNDLED, readers: READERS, storage: slot, newSeed: () => seed }), slot };
}

/** A game of the UI scenario as Ukraine (actor 0). */
export function startUkraine(slot?: Slot): { app: AppStore; slot: Slot } {
  const made = makeApp(slot);
  made.app.actions.openBundled('ui-talks.yaml');
  made.app.actions.chooseRole(UA);
  return made;
}

export const UA = A(0);
export const RU = A(1);
export const US = A(2);
export const MINERALS = L(0);
export const CEASEFIRE = L(1);
export const SANCTIONS = L(2);

/** From week 1 to the ending as in the browser tests: two proposals, then Russia's counter-offer accepted in week 3. */
export function playToEnding(app: AppStore): void {
  const { actions, store } = app;
  actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
  actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] });
  actions.endWeek();
  actions.endWeek();
  const counter = store.getState().game?.view.toAnswer.find((p) => p.counters === 'w1-ukraine-2');
  if (!counter) throw new Error('Russia did not counter w1-ukraine-2');
  actions.addOrder({ type: 'accept', actor: UA, package: counter.id });
  actions.endWeek();
}
