// The tutorial, as a newcomer plays it: from the title's first button to its
// ending, with the help shown from the start (seed 123).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openApp, ordersTab, shot, weekShown } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';

describe('the tutorial', () => {
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

  it('is offered first and plays to an ending in a few weeks', async () => {
    await page.getByRole('button', { name: /^Start the tutorial/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(await page.locator('[data-actor="northport"] .briefing').textContent()).toMatch(/worth to you/);
    await page.getByRole('button', { name: 'Play as Northport' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    // The help is open for the tutorial.
    expect(await page.getByRole('heading', { name: 'How a week works' }).isVisible()).toBe(true);
    await canvasReady(page);
    await shot(page, 'tutorial-week1');

    await page.getByRole('combobox', { name: /^Fishing rights in the bay/ }).selectOption({ label: 'Northport fishes first' });
    await page.getByRole('combobox', { name: /^Harbour fees/ }).selectOption({ label: 'Lower fees' });
    await expect.poll(() => page.locator('.package-summary').textContent()).toContain('Parties (from the levers): Northport, Southbay');
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await ordersTab(page, 'Meet');
    await page.getByRole('checkbox', { name: /^Southbay/ }).check();
    await page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(2);
    await endWeek(page);

    // Accept whatever arrives, until the game ends (it is five weeks at most).
    for (let guard = 0; guard < 5 && (await page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()) > 0; guard++) {
      expect(await weekShown(page)).toBeLessThanOrEqual(5);
      for (const accept of await page.getByRole('button', { name: /^Accept / }).all()) await accept.click();
      await endWeek(page);
    }
    await page.getByRole('heading', { level: 1, name: /^The end: / }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('The end: A harbour pact');
    expect(await page.locator('.signed-list').textContent()).toContain('Fishing rights in the bay = Northport fishes first; Harbour fees for Southbay\'s ships = Lower fees');
    await expectAccessible(page);
    await shot(page, 'tutorial-ending');
    expect(observed.allProblems()).toEqual([]);
  });
});
