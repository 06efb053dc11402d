// Autosave in the built app: a reload mid-game comes back to the same week,
// the same log and the same orders; a corrupted or foreign save left by an
// earlier version is moved into the saved games, reported on the title
// screen and set aside there with its reason (its text kept), never a crash
// or a blank page, and the games saved before it are still offered.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  endWeek,
  expectAccessible,
  openFixture,
  ordersTab,
  shot,
  sideText,
  startAs,
  useApp,
  weekShown,
} from './appPage';

const SAVE_KEY = 'parley.save.v1';
const INDEX_KEY = 'parley.games.v1';

const storage = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('autosave and resume', () => {
  const app = useApp();

  it('a reload mid-game resumes at the same week with the same log and orders', async () => {
    await openFixture(app.page);
    await startAs(app.page, 'Ukraine');
    await app.page.getByRole('combobox', { name: /^Minerals fund/ }).selectOption({ label: 'A joint fund' });
    await app.page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await endWeek(app.page);
    await ordersTab(app.page, /^Answer/);
    await app.page.getByRole('button', { name: /^Reject United States' offer of week 1/ }).click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(1);
    const log = await sideText(app.page, 'Log');
    const orders = await app.page.locator('.orders-list').textContent();
    expect(JSON.parse((await storage(app.page, INDEX_KEY)) ?? '[]')).toHaveLength(1);

    await app.page.reload({ waitUntil: 'load' });
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(app.page)).toBe(2);
    expect(await sideText(app.page, 'Log')).toBe(log);
    expect(await app.page.locator('.orders-list').textContent()).toBe(orders);
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('a corrupted save is reported and set aside, and the title still works', async () => {
    await app.page.evaluate((k) => localStorage.setItem(k, 'garbage{not json'), SAVE_KEY);
    await app.page.reload({ waitUntil: 'load' });
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your saved game could not be resumed (the save is not readable)');
    expect(await storage(app.page, SAVE_KEY)).toBeNull();
    const index = JSON.parse((await storage(app.page, INDEX_KEY)) ?? '[]') as { id: string; setAside: string | null }[];
    const setAside = index.find((e) => e.setAside !== null);
    expect(setAside?.setAside).toBe('the save is not readable');
    expect(await storage(app.page, `parley.game.${setAside?.id}`)).toBe('garbage{not json');
    // The game saved before it is still there to continue.
    expect(await app.page.getByRole('button', { name: 'Continue your game' }).count()).toBe(1);
    await expectAccessible(app.page);
    await shot(app.page, 'title-save-problem');
    await app.page.getByRole('button', { name: 'Choose a scenario' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  });

  it('a save from another version is reported and set aside too', async () => {
    await app.page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 99, scenario: null })), SAVE_KEY);
    await app.page.reload({ waitUntil: 'load' });
    await app.page.getByRole('alert').waitFor();
    expect(await app.page.getByRole('alert').textContent()).toContain('from another version or damaged');
    expect(await storage(app.page, SAVE_KEY)).toBeNull();
    expect(app.observed.problems.pageErrors).toEqual([]);
    expect(app.observed.problems.consoleErrors).toEqual([]);
  });
});
