// Speed where a student waits, in the real browser: the title screen fetches
// no YAML parser, schema library, scenario content or engine worker (a file
// opened later fetches the readers); the AI seats decide in the engine
// worker, and the game it plays is the very game the engine plays in Node
// with the same seed and orders; while it plays, End week says so, and a
// double click ends one week, not two.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  DEFAULT_POLICY,
  HUMAN,
  newGame,
  playWeek,
  publicScenario,
  recordGame,
  seatPolicies,
  type GameRecord,
} from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { FIXTURE, ROOT, SEED, canvasReady, openApp, shot, weekShown } from './appPage';
import { launchBrowser, openObservedPage } from './launchBrowser';

/** The scripts a page fetches, by file name. */
const scriptNames = (urls: readonly string[]) =>
  urls.map((u) => new URL(u).pathname).map((p) => p.slice(p.lastIndexOf('/') + 1));

describe('the engine worker and the first screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the title screen fetches only the app chunks; opening a file fetches the readers', async () => {
    const observed = await openObservedPage(browser);
    const { page } = observed;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('engineWorker')) scripts.push(r.url());
    });
    await page.goto(inject('baseURL'), { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Choose a scenario' }).waitFor();
    const first = scriptNames(scripts);
    expect(first).toContainEqual(expect.stringMatching(/^index-.*\.js$/));
    // No other screen, no readers, no scenario, no worker, no Phaser: each comes when it is needed (docs/bundle.md).
    const later = /^(loader|core|phaser|engineWorker|mount\w+|ukraine-2025|tutorial)-|Screen-/;
    expect(first.filter((name) => later.test(name))).toEqual([]);

    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(scriptNames(scripts)).toEqual(expect.arrayContaining([expect.stringMatching(/^loader-.*\.js$/)]));
    expect(observed.allProblems()).toEqual([]);
    await observed.close();
  });

  it('plays the weeks in the worker, the same game as the engine in Node, one week per End week', async () => {
    const observed = await openApp(browser, { acceptDownloads: true });
    const { page } = observed;
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
    await page.getByRole('button', { name: 'Play as Ukraine' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    // The browser reports a started worker to the test a moment after the page starts it.
    await expect
      .poll(() => page.workers().map((w) => w.url()))
      .toEqual([expect.stringMatching(/engineWorker-.*\.js$/)]);

    for (let week = 1; week <= 3; week++) {
      // What End week reads until the next week's controls are there.
      await page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { seen: Set<string> }).seen = seen;
        new MutationObserver(() => {
          const busy = document.querySelector('button[aria-busy="true"]');
          if (busy) seen.add(busy.textContent ?? '');
        }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      await page.getByRole('button', { name: new RegExp(`^End week ${week}\\b`) }).dblclick();
      await page.getByRole('button', { name: new RegExp(`^End week ${week + 1}\\b`) }).waitFor();
      await page.waitForTimeout(300);
      expect(await weekShown(page)).toBe(week + 1);
      expect(await page.evaluate(() => [...(window as unknown as { seen: Set<string> }).seen])).toEqual([
        `Resolving week ${week}…`,
      ]);
    }

    // The drawing follows the week: look at it (the header says week 4).
    await canvasReady(page);
    await shot(page, 'worker-week4', false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export game' }).click(),
    ]);
    // A saved game's file: its scenario's text and the record (docs/model.md §7).
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { record: GameRecord };
    const played = saved.record;
    expect(saved).toMatchObject({ format: 'parley-saved-game', scenario: { id: 'ukraine-2025' } });
    expect(played).toMatchObject({ seed: SEED, weeks: 3 });
    expect(observed.allProblems()).toEqual([]);
    await observed.close();

    // The same seed and the student's orders (none), played by the engine here.
    const file = 'ukraine-2025.yaml';
    const loaded = loadScenario(await readFile(resolve(ROOT, 'scenarios', file), 'utf8'), file);
    if (!loaded.ok) throw new Error('ukraine-2025 does not load');
    const scenario = loaded.scenario;
    const seats = Object.fromEntries(
      publicScenario(scenario).actors.map((a) => [a.id, a.id === 'ukraine' ? HUMAN : DEFAULT_POLICY]),
    );
    expect(played.seats).toEqual(seats);
    const made = seatPolicies(scenario, seats, SEED);
    if (!made.ok) throw new Error(made.unknown);
    let game = newGame(scenario, SEED, made.policies);
    for (let week = 1; week <= 3; week++) game = playWeek(scenario, game, made.policies, []);
    expect(recordGame(scenario, game, { seed: SEED, seats, branchOf: null })).toEqual(played);
  });
});
