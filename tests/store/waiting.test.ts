// What the store does while it waits: for the engine worker to play a week,
// for a bundled scenario's content, for the file readers (the YAML parser and
// the schema library) that only a file or a save needs. The week shows as
// resolving and cannot be ended twice; an answer that comes after the player
// left is dropped; a failure is said, and the week can be ended again. The
// title screen asks for nothing; opened files get the loader's diagnostics.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as loader from '../../src/engine/loader';
import { createAppStore, type AppStore, type BundledScenario } from '../../src/store/createAppStore';
import { memoryStorage } from '../../src/store/SavedGames';
import type { EngineCall, EngineClient } from '../../src/worker/engineProtocol';
import { inProcessClient } from '../../src/worker/inProcessClient';
import { BUNDLED, latestKey, READERS, UA } from './kit';

/** The engine in this thread, but answering each week only when the test says so (or failing it). */
function heldEngine(): EngineClient & { weeks: number; release(): void; fail(): void } {
  const engine = inProcessClient();
  const held: { resolve(): void; reject(error: Error): void }[] = [];
  return {
    weeks: 0,
    call(call: EngineCall, arg: never) {
      const answer = engine.call(call, arg);
      if (call !== 'playWeek') return answer;
      this.weeks++;
      return new Promise<unknown>((resolve, reject) => held.push({ resolve: () => resolve(answer), reject }));
    },
    release: () => held.splice(0).forEach((h) => h.resolve()),
    fail: () => held.splice(0).forEach((h) => h.reject(new Error('The engine worker stopped.'))),
  } as EngineClient & { weeks: number; release(): void; fail(): void };
}

function atTable(engine: EngineClient, slot = memoryStorage()): AppStore {
  const app = createAppStore({ bundled: BUNDLED, readers: READERS, engine, storage: slot, newSeed: () => 123 });
  app.actions.openBundled('ui-talks.yaml');
  app.actions.chooseRole(UA);
  return app;
}

const week = (app: AppStore) => app.store.getState().game?.view.week;

describe('the store while it waits', () => {
  it('shows the week as resolving until the engine answers, and ends it once however often it is asked', async () => {
    const engine = heldEngine();
    const app = atTable(engine);
    app.actions.endWeek();
    expect(app.store.getState().ui.resolving).toBe(true);
    app.actions.endWeek();
    expect(app.store.getState().ui.resolving).toBe(true);
    expect(week(app)).toBe(1);
    engine.release();
    await app.settled();
    expect(engine.weeks).toBe(1);
    expect(week(app)).toBe(2);
    expect(app.store.getState().ui.resolving).toBe(false);
  });

  it('drops a week that is answered after the player left the game', async () => {
    const engine = heldEngine();
    const app = atTable(engine);
    app.actions.endWeek();
    app.actions.backToTitle();
    engine.release();
    await app.settled();
    expect(app.store.getState()).toMatchObject({ screen: 'title', game: null, ui: { resolving: false } });
  });

  it('says so when the week could not be played, and lets the player end it again', async () => {
    const engine = heldEngine();
    const app = atTable(engine);
    app.actions.endWeek();
    engine.fail();
    await app.settled();
    expect(app.store.getState().notice?.message).toBe(
      'The week could not be played: the computer players did not answer. Try again.',
    );
    expect(app.store.getState().ui.resolving).toBe(false);
    expect(week(app)).toBe(1);
    app.actions.endWeek();
    engine.release();
    await app.settled();
    expect(week(app)).toBe(2);
  });

  it('shows the title from the catalogue alone: no scenario content, no file reader', () => {
    let contents = 0;
    let readers = 0;
    const bundled: BundledScenario[] = BUNDLED.map((b) => ({ ...b, load: () => (contents++, b.load()) }));
    const app = createAppStore({
      bundled,
      readers: () => (readers++, loader),
      storage: memoryStorage(),
      newSeed: () => 1,
    });
    expect(app.store.getState().catalog.map((c) => c.title)).toEqual(BUNDLED.map((b) => b.title).reverse());
    expect([contents, readers]).toEqual([0, 0]);
    app.actions.openBundled('tutorial.yaml');
    expect([contents, readers]).toEqual([1, 0]);
  });

  it('reads an opened file once the readers arrive, with the loader’s own diagnostics', async () => {
    const app = createAppStore({
      bundled: BUNDLED,
      readers: () => Promise.resolve(loader),
      storage: memoryStorage(),
      newSeed: () => 1,
    });
    const bytes = new TextEncoder().encode(
      readFileSync(resolve(import.meta.dirname, '../fixtures/ui-talks.yaml'), 'utf8').replace(
        'weight: 0.4',
        'weight: lots',
      ),
    );
    app.actions.openFile('broken.yaml', bytes);
    expect(app.store.getState()).toMatchObject({ screen: 'scenarios', diagnostics: [] });
    await app.settled();
    const expected = loader.loadScenario(bytes, 'broken.yaml').diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    expect(app.store.getState()).toMatchObject({ screen: 'scenarios', diagnostics: expected, role: null });
  });

  it('saves a bundled game by the scenario’s name and with its text; a save without the text, as before, resumes too', async () => {
    const slot = memoryStorage();
    const app = atTable(inProcessClient(), slot);
    const saved = JSON.parse(slot.data.get(latestKey(slot)) ?? '{}') as {
      scenario: { file: string; text?: string | null };
    };
    expect(saved.scenario).toMatchObject({ file: 'ui-talks.yaml', bundled: true });
    expect(saved.scenario.text).toBe(readFileSync(resolve(import.meta.dirname, '../fixtures/ui-talks.yaml'), 'utf8'));

    saved.scenario.text = null;
    slot.data.set(latestKey(slot), JSON.stringify(saved));
    const resumed = createAppStore({
      bundled: BUNDLED,
      readers: () => Promise.resolve(loader),
      storage: slot,
      newSeed: () => 1,
    });
    await resumed.settled();
    expect(resumed.store.getState().screen).toBe('table');
    expect(resumed.actions.exportGame()).toBe(app.actions.exportGame());
  });

  it('keeps a save it could not open because the readers did not load', async () => {
    const slot = memoryStorage();
    atTable(inProcessClient(), slot);
    const later = createAppStore({
      bundled: BUNDLED,
      readers: () => Promise.reject(new Error('offline')),
      storage: slot,
      newSeed: () => 1,
    });
    await later.settled();
    expect(later.store.getState().saveProblem).toBe(
      'Your saved game could not be opened just now. Reload the page to try again.',
    );
    expect(slot.data.has(latestKey(slot))).toBe(true);
  });
});
