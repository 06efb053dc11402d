// Smoke test of the real scenario: ukraine-2025 loads from the bundle, shows
// its four roles with their labels, and plays a week as Ukraine (a minerals
// proposal, after asking the adviser).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openApp, ordersTab, shot, sideText, weekShown } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';

describe('ukraine-2025 (smoke)', () => {
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

  it('loads, and a week is played as Ukraine', async () => {
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(await page.getByRole('button', { name: /^Play as / }).count()).toBe(4);
    expect(await page.locator('[data-actor="ukraine"] .tag').first().textContent()).toBe('reported');
    await page.getByRole('button', { name: 'Play as Ukraine' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(1);

    await ordersTab(page, 'Adviser');
    await page.getByRole('button', { name: 'Ask your adviser' }).click();
    await page.locator('.advice').waitFor();
    await ordersTab(page, 'Propose');
    await page.getByRole('combobox', { name: /^Rights to Ukraine's rare earth minerals/ }).selectOption({ label: 'A joint investment fund' });
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
    await expectAccessible(page);
    await shot(page, 'ukraine-week1');
    await endWeek(page);
    expect(await weekShown(page)).toBe(2);
    const log = await sideText(page, 'Log');
    expect(log).toContain('Ukraine proposes w1-ukraine-1');
    expect(log).toContain('— Week 2 of 10 —');
    await canvasReady(page);
    await shot(page, 'ukraine-week2');
    expect(observed.allProblems()).toEqual([]);
  });
});
