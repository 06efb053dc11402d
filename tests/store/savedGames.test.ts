/**
 * Saved games that are never lost: each game is its own entry; a save that
 * cannot be resumed is set aside with its reason, never half-loaded; a full
 * storage is reported honestly; the single save of earlier versions is
 * moved into the list; a game file edited by hand is refused with the
 * current game untouched; a file played on another version of its scenario
 * replays to its first move that no longer applies and goes on as a branch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precompileScenario } from '../../src/cli/precompileScenario';
import { createAppStore } from '../../src/store/createAppStore';
import { GAME_PREFIX, LEGACY_KEY, memoryStorage } from '../../src/store/SavedGames';
import { offerWords } from '../../src/store/offerWords';
import { O } from '../ids';
import { BUNDLED, bundledOf, latestKey, makeApp, MINERALS, READERS, startUkraine, UA } from './kit';

const propose = { type: 'propose' as const, actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] };

describe('the saved-games list', () => {
  it('lists every game; a new game never replaces another', () => {
    const { app, slot } = startUkraine();
    app.actions.addOrder(propose);
    app.actions.endWeek();
    app.actions.backToTitle();
    app.actions.openBundled('tutorial.yaml');
    app.actions.chooseRole(UA);
    const list = app.store.getState().savedGames;
    expect(list.map((e) => [e.title, e.week, e.ended, e.setAside])).toEqual([
      [BUNDLED[1]!.title, 1, false, null],
      ['Test talks (frozen UI fixture)', 2, false, null],
    ]);
    expect(list[1]?.role).toBe('Ukraine');
    expect(list[0]?.role).toBe(app.store.getState().game?.view.scenario.actors[UA]?.name);
    // Both saves are there, each under its own key.
    expect(list.every((e) => slot.data.has(GAME_PREFIX + e.id))).toBe(true);
    // Either opens: the first game is where it was left.
    app.actions.openSaved(list[1]!.id);
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: UA });
    expect(app.store.getState().game?.view.week).toBe(2);
    expect(app.store.getState().savedGames).toHaveLength(2);
  });

  it('sets aside a save whose orders are malformed, with the reason, never half-loading it', () => {
    const { slot } = startUkraine();
    const key = latestKey(slot);
    const saved = JSON.parse(slot.data.get(key) ?? '{}') as { orders: unknown[] };
    saved.orders = [null];
    const damaged = JSON.stringify(saved);
    slot.data.set(key, damaged);
    const { app } = makeApp(slot);
    const s = app.store.getState();
    expect(s.screen).toBe('title');
    expect(s.game).toBeNull();
    expect(s.saveProblem).toBe(
      'Your saved game could not be resumed (the orders it holds are damaged). It was set aside: it stays in Saved games with the reason, and you can start a new game.',
    );
    expect(s.savedGames[0]).toMatchObject({ setAside: 'the orders it holds are damaged' });
    expect(slot.data.get(key)).toBe(damaged);
    expect(app.hasSave()).toBe(false);
  });

  it('says what was not saved when the storage is full, and lists nothing it did not store', () => {
    const { app, slot } = startUkraine();
    const before = slot.data.get(latestKey(slot));
    slot.quota = 0;
    app.actions.addOrder(propose);
    expect(app.store.getState().notice?.message).toBe(
      'Not saved: week 1 as it stands now is not saved on this device, because the browser’s storage for Parley is full. Delete a saved game you no longer need (Saved games, on the title screen), or export this game as a file.',
    );
    expect(slot.data.get(latestKey(slot))).toBe(before);
    // A new game that cannot be stored is not listed as saved.
    app.actions.backToTitle();
    app.actions.openBundled('tutorial.yaml');
    app.actions.chooseRole(UA);
    expect(app.store.getState().savedGames).toHaveLength(1);
    expect(app.store.getState().notice?.message).toMatch(/^Not saved: week 1 /);
  });

  it('does not claim to set a save aside when the mark could not be stored', () => {
    const { slot } = startUkraine();
    slot.data.set(latestKey(slot), 'garbage{');
    slot.quota = 0;
    const s = makeApp(slot).app.store.getState();
    expect(s.saveProblem).toBe(
      'Your saved game could not be resumed (the save is not readable). It could not be set aside either, because the browser’s storage for Parley is full.',
    );
  });

  it('moves the single save of earlier versions into the list and resumes it', () => {
    const { app: first, slot } = startUkraine();
    first.actions.addOrder(propose);
    first.actions.endWeek();
    const text = slot.data.get(latestKey(slot)) ?? '';
    // The save as version 1 wrote it: no format, no entry, no scenario text.
    const { format: _f, entry: _e, ...rest } = JSON.parse(text) as Record<string, unknown>;
    const old = memoryStorage();
    old.data.set(
      LEGACY_KEY,
      JSON.stringify({
        ...rest,
        version: 1,
        scenario: { file: 'ui-talks.yaml', id: 'ui-talks', title: 'Test talks (frozen UI fixture)', bundled: true },
      }),
    );
    old.data.set('parley.save.set-aside', 'garbage{');
    const { app } = makeApp(old);
    expect(old.data.has(LEGACY_KEY)).toBe(false);
    expect(app.store.getState()).toMatchObject({ screen: 'table' });
    expect(app.store.getState().game?.view.week).toBe(2);
    const list = app.store.getState().savedGames;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ role: 'Ukraine', week: 2, setAside: null });
    expect(list[1]?.setAside).toBe('An earlier version of Parley could not resume this game and set it aside.');
  });
});

describe('importing a game file', () => {
  it('refuses a file edited by hand, and the current game is untouched', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const text = app.actions.exportGame() ?? '';
    const edited = JSON.parse(text) as { record: { seed: number } };
    edited.record.seed += 1;
    const before = app.store.getState();
    app.actions.importGame(JSON.stringify(edited));
    const after = app.store.getState();
    expect(after.notice?.message).toBe(
      'This file cannot be opened: it was changed by hand after it was saved, so it cannot be trusted. Your current game is untouched.',
    );
    expect(after.game).toBe(before.game);
    expect(after.savedGames).toEqual(before.savedGames);
  });

  it('replays a game exactly when nothing changed, as a new saved game', () => {
    const { app } = startUkraine();
    app.actions.addOrder(propose);
    app.actions.endWeek();
    const text = app.actions.exportGame() ?? '';
    const other = makeApp().app;
    other.actions.importGame(text);
    expect(other.store.getState()).toMatchObject({ screen: 'table', importOffer: null });
    expect(other.actions.exportGame()).toBe(text);
    expect(other.store.getState().savedGames).toHaveLength(1);
  });

  it('replays a game played on another version of its scenario to its first move that no longer applies', () => {
    const { app } = startUkraine();
    app.actions.addOrder(propose);
    app.actions.endWeek();
    const text = app.actions.exportGame() ?? '';
    // Today's Parley ships the scenario without U.S. majority rights, which the United States proposed in week 1.
    const changed = bundledOf('tests/fixtures/ui-talks.yaml');
    const source = (changed.source() as string)
      .replace('      - { id: us_majority, name: U.S. majority rights }\n', '')
      .replace(/, us_majority: \d+ \}/g, ' }');
    const made = precompileScenario(source, 'ui-talks.yaml');
    const today = createAppStore({
      bundled: [{ ...made.summary, load: () => made.precompiled, source: () => source }, ...BUNDLED.slice(1)],
      readers: READERS,
      storage: memoryStorage(),
      newSeed: () => 1,
    });
    today.actions.importGame(text);
    const offer = today.store.getState().importOffer;
    expect(offer).toMatchObject({
      changed: 'This scenario has changed since this game was played.',
      weeks: 0,
      stopped: { week: 1, who: 'United States' },
    });
    expect(offer?.stopped?.what).toContain('Minerals fund');
    expect(offerWords(offer!).branch).toBe('Go on from week 1 as a branch');
    expect(today.store.getState().savedGames).toHaveLength(0);
    today.actions.acceptImport();
    expect(today.store.getState()).toMatchObject({ screen: 'table', importOffer: null });
    expect(today.store.getState().game).toMatchObject({ branch: true });
    expect(today.store.getState().game?.view.week).toBe(1);
    expect(today.store.getState().savedGames[0]).toMatchObject({ branch: true, week: 1 });
  });

  it('counts the offer in days when the scenario counts its turns in days', () => {
    // The UI fixture counted in days: a game played on it, then imported where the scenario lost U.S. majority rights.
    const days = readFileSync('tests/fixtures/ui-talks.yaml', 'utf8').replace('unit: week', 'unit: day');
    const storeOf = (source: string) => {
      const made = precompileScenario(source, 'ui-talks.yaml');
      return createAppStore({
        bundled: [{ ...made.summary, load: () => made.precompiled, source: () => source }],
        readers: READERS,
        storage: memoryStorage(),
        newSeed: () => 1,
      });
    };
    const played = storeOf(days);
    played.actions.openBundled('ui-talks.yaml');
    played.actions.chooseRole(UA);
    played.actions.addOrder(propose);
    played.actions.endWeek();
    const today = storeOf(
      days
        .replace('      - { id: us_majority, name: U.S. majority rights }\n', '')
        .replace(/, us_majority: \d+ \}/g, ' }'),
    );
    today.actions.importGame(played.actions.exportGame() ?? '');
    const offer = today.store.getState().importOffer;
    expect(offer).toMatchObject({ unit: 'day', weeks: 0, stopped: { week: 1, who: 'United States' } });
    const words = offerWords(offer!);
    expect(words.replays).toMatch(/^It replays until day 1, where United States’s move — .* — no longer applies: /);
    expect(words.branch).toBe('Go on from day 1 as a branch');
    expect(`${offer!.changed} ${words.replays} ${words.branch}`).not.toMatch(/week/i);
  });
});
