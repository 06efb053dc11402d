// The same game as playFixture.test.ts, by keyboard alone: Tab / Shift+Tab to
// reach controls, Enter and Space to press them, arrow keys in tab lists and
// selects, Space on checkboxes, the file chosen through the file chooser the
// keyboard opens, and the "E" shortcut to end a week. The focus ring must be
// visible on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, openApp, shot, weekShown } from './appPage';
import { focusRingVisible, pressButton, tabTo } from './keyboard';
import { launchBrowser, type ObservedPage } from './launchBrowser';

async function selectByArrows(page: Page, label: RegExp, downs: number): Promise<void> {
  await tabTo(page, { css: 'select', name: label });
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
}

async function waitWeek(page: Page, week: number): Promise<void> {
  await expect.poll(() => weekShown(page)).toBe(week);
}

describe('playing the test scenario by keyboard alone', () => {
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

  it('reaches the table: scenario list, the file chooser, the role', async () => {
    await pressButton(page, /^Choose a scenario$/);
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await tabTo(page, { css: 'input[type=file]' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(FIXTURE);
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    await pressButton(page, /^Play as Ukraine$/, ' ');
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
  });

  it('week 1: two proposals from the selects, a meeting by checkbox, ends with E', async () => {
    await selectByArrows(page, /^Minerals fund/, 1);
    await expect.poll(() => page.getByRole('combobox', { name: /^Minerals fund/ }).inputValue()).not.toBe('');
    expect(await focusRingVisible(page)).toBe(true);
    await pressButton(page, /^Add proposal to orders/);
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
    await selectByArrows(page, /^Ceasefire/, 2);
    await pressButton(page, /^Add proposal to orders/, ' ');
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(2);
    expect(await page.locator('.orders-list').textContent()).toContain('Ceasefire = Full ceasefire');

    // The orders tab list: one tab stop, arrows move to "Meet".
    await tabTo(page, { css: '[role=tab][aria-selected=true]', name: /^Propose$/ });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Meet' }).getAttribute('aria-selected')).toBe('true');
    await tabTo(page, { css: 'input[type=checkbox]', name: /^United States/ });
    await page.keyboard.press('Space');
    await pressButton(page, /^Add meeting to orders/);
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(3);
    await shot(page, 'keyboard-week1', false);
    // Focus is on a button, not in a form field: the shortcut works.
    await page.keyboard.press('e');
    await waitWeek(page, 2);
  });

  it('week 2: rejects the U.S. package with Space and ends the week with Enter', async () => {
    await pressButton(page, /^Reject w1-usa-1/, ' ');
    await expect.poll(() => page.locator('.orders-list').textContent()).toContain('Reject w1-usa-1');
    await pressButton(page, /^End week 2/);
    await waitWeek(page, 3);
    expect(await page.locator('#announcer').textContent()).toContain('SIGNED w1-ukraine-1');
  });

  it('week 3: accepts the counter-offer and reaches the ending', async () => {
    await pressButton(page, /^Accept w2-russia-1/);
    await expect.poll(() => page.locator('.orders-list').textContent()).toContain('Accept w2-russia-1');
    await pressButton(page, /^End week 3/);
    await page.getByRole('heading', { level: 1, name: 'The end: A settlement' }).waitFor();
    expect(await page.locator('.signed-list').textContent()).toContain('SIGNED w2-russia-1');
    // The ending's controls are keyboard reachable too.
    await tabTo(page, { css: 'button', name: /^Back to the title$/ });
    expect(await focusRingVisible(page)).toBe(true);
    expect(observed.allProblems()).toEqual([]);
  });
});
