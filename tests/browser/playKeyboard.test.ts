// The same game as playFixture.test.ts, by keyboard alone: Tab / Shift+Tab to
// reach controls, Enter and Space to press them, arrow keys in tab lists and
// selects, Space on checkboxes, the file chosen through the file chooser the
// keyboard opens, and the "E" shortcut to end a week (off until turned on in the help). The focus ring must be
// visible on the way. A step run alone first catches up with the mouse
// (useSteps): only the step's own week is played by keyboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endWeek, FIXTURE, openFixture, ordersTab, shot, startAs, useSteps, weekShown } from './appPage';
import { focusRingVisible, pressButton, tabTo } from './keyboard';

async function selectByArrows(page: Page, label: RegExp, downs: number): Promise<void> {
  await tabTo(page, { css: 'select', name: label });
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
}

async function waitWeek(page: Page, week: number): Promise<void> {
  await expect.poll(() => weekShown(page)).toBe(week);
}

const POINTS = ['title', 'week 1', 'week 2', 'week 3'] as const;
type Point = (typeof POINTS)[number];

/** Each week's orders as the steps below give them, by mouse and without their checks. */
const ORDERS: readonly ((page: Page) => Promise<void>)[] = [
  async (page) => {
    await page.getByRole('combobox', { name: /^Minerals fund/ }).selectOption({ label: 'A joint fund' });
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await page.getByRole('combobox', { name: /^Ceasefire/ }).selectOption({ label: 'Full ceasefire' });
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await ordersTab(page, 'Meet');
    await page.getByRole('checkbox', { name: /^United States/ }).check();
    await page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(3);
  },
  async (page) => {
    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Reject United States' offer of week 1/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
  },
];

async function playTo(page: Page, point: Point): Promise<void> {
  if (point === 'title') return;
  await openFixture(page);
  await startAs(page, 'Ukraine');
  for (const orders of ORDERS.slice(0, POINTS.indexOf(point) - 1)) {
    await orders(page);
    await endWeek(page);
  }
}

describe('playing the test scenario by keyboard alone', () => {
  const app = useSteps(playTo);

  it('reaches the table: scenario list, the file chooser, the role', async () => {
    await app.from('title');
    await pressButton(app.page, /^Choose a scenario$/);
    await app.page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    // Listening before Tab is pressed: the browser intercepts the chooser only once a listener is
    // registered, and that registration must reach it before the key does (on a loaded machine it may not).
    const chosen = app.page.waitForEvent('filechooser');
    await tabTo(app.page, { css: 'input[type=file]' });
    await app.page.keyboard.press('Space');
    const chooser = await chosen;
    await chooser.setFiles(FIXTURE);
    await app.page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    await pressButton(app.page, /^Play as Ukraine$/, ' ');
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    app.reached('week 1');
  });

  it('week 1: two proposals from the selects, a meeting by checkbox, ends with E', async () => {
    await app.from('week 1');
    await selectByArrows(app.page, /^Minerals fund/, 1);
    await expect.poll(() => app.page.getByRole('combobox', { name: /^Minerals fund/ }).inputValue()).not.toBe('');
    expect(await focusRingVisible(app.page)).toBe(true);
    await pressButton(app.page, /^Add proposal to orders/);
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(1);
    await selectByArrows(app.page, /^Ceasefire/, 2);
    await pressButton(app.page, /^Add proposal to orders/, ' ');
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(2);
    expect(await app.page.locator('.orders-list').textContent()).toContain('Ceasefire: Full ceasefire');

    // The orders tab list: one tab stop, arrows move to "Meet".
    await tabTo(app.page, { css: '[role=tab][aria-selected=true]', name: /^Propose$/ });
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.getByRole('tab', { name: 'Meet' }).getAttribute('aria-selected')).toBe('true');
    await tabTo(app.page, { css: 'input[type=checkbox]', name: /^United States/ });
    await app.page.keyboard.press('Space');
    await pressButton(app.page, /^Add meeting to orders/);
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(3);
    await shot(app.page, 'keyboard-week1', false);
    // Single-key shortcuts are off until turned on: "e" does nothing yet.
    await app.page.keyboard.press('e');
    await app.page.waitForTimeout(300);
    expect(await weekShown(app.page)).toBe(1);
    // Turned on in the help, as a student would; then, from a button (not a form field), "e" ends the week.
    await pressButton(app.page, /^How to play$/);
    await tabTo(app.page, { css: 'input[type=checkbox]', name: /^Single-key shortcuts on/ });
    await app.page.keyboard.press('Space');
    await pressButton(app.page, /^Hide help$/);
    await app.page.keyboard.press('e');
    await waitWeek(app.page, 2);
    app.reached('week 2');
  });

  it('week 2: rejects the U.S. package with Space and ends the week with Enter', async () => {
    await app.from('week 2');
    await pressButton(app.page, /^Reject United States' offer of week 1/, ' ');
    await expect
      .poll(() => app.page.locator('.orders-list').textContent())
      .toContain("Reject United States' offer of week 1");
    await pressButton(app.page, /^End week 2/);
    await waitWeek(app.page, 3);
    expect(await app.page.locator('#announcer').textContent()).toContain('Signed: your offer of week 1');
    app.reached('week 3');
  });

  it('week 3: accepts the counter-offer and reaches the ending', async () => {
    await app.from('week 3');
    await pressButton(app.page, /^Accept Russia's counter-offer of week 2/);
    await expect
      .poll(() => app.page.locator('.orders-list').textContent())
      .toContain("Accept Russia's counter-offer of week 2");
    await pressButton(app.page, /^End week 3/);
    await app.page.getByRole('heading', { level: 1, name: 'The end: A settlement' }).waitFor();
    expect(await app.page.locator('.signed-list').textContent()).toContain("Russia's counter-offer of week 2");
    // The ending's controls are keyboard reachable too.
    await tabTo(app.page, { css: 'button', name: /^Back to the title$/ });
    expect(await focusRingVisible(app.page)).toBe(true);
    expect(app.observed.allProblems()).toEqual([]);
  });
});
