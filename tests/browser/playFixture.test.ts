// A whole game of the frozen test scenario as Ukraine, through the DOM
// controls with the mouse (seed 123, so the AI answers the same way every
// run): propose two packages, see an illegal meeting explained next to its
// control, meet, open a counter-offer prefilled, ask the adviser, reject a
// package, answer Russia's counter-offer, and reach the ending with two
// packages signed — asserted on the board, in the log, in the live region and
// on the ending screen. Each week is its own step; a step run alone first
// plays the earlier weeks' orders (useSteps).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasReady,
  endWeek,
  expectAccessible,
  openFixture,
  ordersTab,
  shot,
  sideText,
  startAs,
  useSteps,
  weekShown,
} from './appPage';

async function choose(page: Page, lever: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${lever}`) }).selectOption({ label: option });
}

async function meet(page: Page, ...actors: string[]): Promise<void> {
  await ordersTab(page, 'Meet');
  for (const actor of actors) await page.getByRole('checkbox', { name: new RegExp(`^${actor}`) }).check();
  await page.getByRole('button', { name: /^Add meeting to orders/ }).click();
}

const POINTS = ['week 1', 'week 2', 'week 3', 'ending'] as const;
type Point = (typeof POINTS)[number];

/** Each week's orders as the steps below give them, without their checks. */
const ORDERS: readonly ((page: Page) => Promise<void>)[] = [
  async (page) => {
    await choose(page, 'Minerals fund', 'A joint fund');
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await choose(page, 'Ceasefire', 'Full ceasefire');
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await meet(page, 'United States');
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(3);
  },
  async (page) => {
    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Reject w1-usa-1/ }).click();
    await meet(page, 'Russia', 'United States');
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(2);
  },
  async (page) => {
    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Accept w2-russia-1/ }).click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
  },
];

async function playTo(page: Page, point: Point): Promise<void> {
  await openFixture(page);
  await startAs(page, 'Ukraine');
  for (const orders of ORDERS.slice(0, POINTS.indexOf(point))) {
    await orders(page);
    await endWeek(page);
  }
}

describe('playing the test scenario with the mouse', () => {
  const app = useSteps(playTo);

  it("week 1: loads the adviser's package, composes two packages, shows parties and value, explains a refused meeting, meets", async () => {
    await app.from('week 1');
    expect(await weekShown(app.page)).toBe(1);
    await ordersTab(app.page, 'Adviser');
    await app.page.getByRole('button', { name: 'Ask your adviser' }).click();
    const advice = app.page.locator('.advice');
    await advice.waitFor();
    expect(await advice.textContent()).toMatch(
      /Suggested package.*Minerals fund = A joint fund.*Why.*no deal is worth/s,
    );
    await app.page.getByRole('button', { name: 'Load it into the composer' }).click();
    expect(await app.page.getByRole('combobox', { name: /^Ceasefire/ }).inputValue()).not.toBe('');
    await choose(app.page, 'Ceasefire', '— leave as is —');
    await choose(app.page, 'Minerals fund', 'A joint fund');
    const summary = app.page.locator('.package-summary');
    await expect.poll(() => summary.textContent()).toContain('Parties (from the levers): Ukraine, United States');
    expect(await summary.textContent()).toMatch(/Worth to you: [\d.]+ \(now [\d.]+; no deal is worth [\d.]+ to you\)/);
    expect(await summary.textContent()).toMatch(
      /United States: your estimate of its gain [−+]?[\d.]+ — likely (yes|no)/,
    );
    await app.page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    await choose(app.page, 'Ceasefire', 'Full ceasefire');
    await app.page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    expect(await app.page.locator('.orders-list li').count()).toBe(2);

    await ordersTab(app.page, 'Meet');
    await app.page.getByRole('checkbox', { name: /^Russia/ }).check();
    await app.page.getByRole('checkbox', { name: /^United States/ }).check();
    const add = app.page.getByRole('button', { name: /^Add meeting to orders/ });
    await add.click();
    // Refused by the scenario's rule, explained next to the control, which stays enabled.
    const why = app.page.locator('#why-meet');
    await expect.poll(() => why.textContent()).toContain('In week 1 Washington and Moscow meet alone');
    expect(await why.getAttribute('data-code')).toBe('MEETING_RESTRICTED');
    expect(await why.getAttribute('role')).toBe('alert');
    expect(await add.isEnabled()).toBe(true);
    await app.page.getByRole('checkbox', { name: /^Russia/ }).uncheck();
    await add.click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(3);
    expect(await app.page.locator('.points').textContent()).toContain('0 of 3 left');
    await canvasReady(app.page);
    await shot(app.page, 'play-week1-orders');
    await endWeek(app.page);
    expect(await weekShown(app.page)).toBe(2);
    app.reached('week 2');
  });

  it('week 2: counter opens the composer prefilled; the adviser answers; a summit; a package is rejected', async () => {
    await app.from('week 2');
    await ordersTab(app.page, /^Answer \(1\)/);
    const card = app.page.locator('[data-package="w1-usa-1"]');
    expect(await card.textContent()).toContain("United States' reasons: its opening position");
    await card.getByRole('button', { name: /^Counter w1-usa-1/ }).click();
    await app.page.getByText('Counter-offer to w1-usa-1 from United States.').waitFor();
    expect(await app.page.getByRole('combobox', { name: /^Minerals fund/ }).inputValue()).not.toBe('');
    await app.page.getByRole('button', { name: 'Cancel the counter-offer' }).click();

    await ordersTab(app.page, 'Adviser');
    await app.page.getByRole('button', { name: 'Ask your adviser' }).click();
    await app.page.locator('.advice').waitFor();
    expect((await app.page.locator('.advice').textContent())!.length).toBeGreaterThan(20);
    await expectAccessible(app.page, '.orders');

    await ordersTab(app.page, /^Answer/);
    await app.page.getByRole('button', { name: /^Reject w1-usa-1/ }).click();
    await expect.poll(() => app.page.locator('.orders-list').textContent()).toContain('Reject w1-usa-1');
    await ordersTab(app.page, 'Meet');
    await app.page.getByRole('checkbox', { name: /^Russia/ }).check();
    await app.page.getByRole('checkbox', { name: /^United States/ }).check();
    await app.page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect
      .poll(() => app.page.locator('.orders-list').textContent())
      .toContain('Summit with Russia, United States');
    await endWeek(app.page);
    app.reached('week 3');
  });

  it('week 2 resolved: the minerals package is signed on the board, in the log and in the live region', async () => {
    await app.from('week 3');
    expect(await weekShown(app.page)).toBe(3);
    expect(await sideText(app.page, 'Log')).toContain(
      'SIGNED w1-ukraine-1 (Minerals fund = A joint fund) by Ukraine and United States',
    );
    expect(await app.page.locator('#announcer').textContent()).toContain('SIGNED w1-ukraine-1');
    expect(await app.page.locator('#announcer').textContent()).toContain('Russia counters w1-ukraine-2');
    const board = await sideText(app.page, 'Board');
    expect(board).toContain('Status: settled (locked): A joint fund');
    expect(board).toMatch(/Sanctions relief\s*Status: open/);
    await shot(app.page, 'play-week3-board');
    app.reached('week 3');
  });

  it("week 3: accepts Russia's counter-offer and reaches the ending with both packages signed", async () => {
    await app.from('week 3');
    await ordersTab(app.page, /^Answer \(1\)/);
    const card = app.page.locator('[data-package="w2-russia-1"]');
    expect(await card.textContent()).toContain('counters your w1-ukraine-2');
    expect(await card.textContent()).toContain("Russia's reasons:");
    await card.getByRole('button', { name: /^Accept w2-russia-1/ }).click();
    await app.page.getByRole('button', { name: /^End week 3/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'The end: A settlement' }).waitFor();
    const signed = await app.page.locator('.signed-list').textContent();
    expect(signed).toContain('SIGNED w1-ukraine-1');
    expect(signed).toContain('SIGNED w2-russia-1');
    expect(signed).toContain('Ceasefire = Partial ceasefire; Sanctions relief = Relief');
    expect(await app.page.locator('.ending-log').textContent()).toContain('SIGNED w2-russia-1');
    const grades = app.page.locator('table.grades tbody tr');
    expect(await grades.count()).toBe(3);
    expect(await grades.first().textContent()).toMatch(/Ukraine \(you\)(strong|fair|weak)[−+]?[\d.]+/);
    expect(await app.page.locator('.sentences').textContent()).toMatch(/outcome for Ukraine: /);
    await expectAccessible(app.page);
    await shot(app.page, 'ending');
    app.reached('ending');
  });

  it('replays from week 2 as a branch, then goes back to the title with "Continue"', async () => {
    await app.from('ending');
    await app.page.getByRole('combobox', { name: 'Replay from' }).selectOption({ label: 'Week 2' });
    await app.page.getByRole('button', { name: 'Replay from this week' }).click();
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(app.page)).toBe(2);
    await app.page.getByRole('button', { name: 'Back to title' }).click();
    expect(await app.page.locator('#continue-what').textContent()).toBe('Test talks (frozen UI fixture) — week 2');
    await app.page.getByRole('button', { name: 'Continue your game' }).click();
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(app.page)).toBe(2);
    expect(app.observed.allProblems()).toEqual([]);
  });
});
