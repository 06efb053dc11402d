// Autosave in the built app: a reload mid-game comes back to the same week,
// the same log and the same orders; a corrupted or foreign save is reported
// on the title screen and set aside (kept under another key), never a crash
// or a blank page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endWeek, expectAccessible, openApp, openFixture, ordersTab, shot, sideText, startAs, weekShown } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';

const SAVE_KEY = 'parley.save.v1';
const SET_ASIDE_KEY = 'parley.save.set-aside';

const storage = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('autosave and resume', () => {
  let browser: Browser;
  let observed: ObservedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openApp(browser);
    page = observed.page;
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });

  it('a reload mid-game resumes at the same week with the same log and orders', async () => {
    await openFixture(page);
    await startAs(page, 'Ukraine');
    await page.getByRole('combobox', { name: /^Minerals fund/ }).selectOption({ label: 'A joint fund' });
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await endWeek(page);
    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Reject w1-usa-1/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
    const log = await sideText(page, 'Log');
    const orders = await page.locator('.orders-list').textContent();
    expect(await storage(page, SAVE_KEY)).toContain('"version":1');

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(2);
    expect(await sideText(page, 'Log')).toBe(log);
    expect(await page.locator('.orders-list').textContent()).toBe(orders);
    expect(observed.allProblems()).toEqual([]);
  });

  it('a corrupted save is reported and set aside, and the title still works', async () => {
    await page.evaluate((k) => localStorage.setItem(k, 'garbage{not json'), SAVE_KEY);
    await page.reload({ waitUntil: 'load' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your saved game could not be resumed (the save is not readable)');
    expect(await storage(page, SAVE_KEY)).toBeNull();
    expect(await storage(page, SET_ASIDE_KEY)).toBe('garbage{not json');
    expect(await page.getByRole('button', { name: 'Continue your game' }).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'title-save-problem');
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  });

  it('a save from another version is reported and set aside too', async () => {
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 99, scenario: null })), SAVE_KEY);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('from another version or damaged');
    expect(await storage(page, SAVE_KEY)).toBeNull();
    expect(observed.problems.pageErrors).toEqual([]);
    expect(observed.problems.consoleErrors).toEqual([]);
  });
});
