// A whole game of the frozen test scenario as Ukraine, through the DOM
// controls with the mouse (seed 123, so the AI answers the same way every
// run): propose two packages, see an illegal meeting explained next to its
// control, meet, open a counter-offer prefilled, ask the adviser, reject a
// package, answer Russia's counter-offer, and reach the ending with two
// packages signed — asserted on the board, in the log, in the live region and
// on the ending screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openApp, openFixture, ordersTab, shot, sideText, startAs, weekShown } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';

async function choose(page: Page, lever: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${lever}`) }).selectOption({ label: option });
}

describe('playing the test scenario with the mouse', () => {
  let browser: Browser;
  let observed: ObservedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openApp(browser);
    page = observed.page;
    await openFixture(page);
    await startAs(page, 'Ukraine');
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });

  it("week 1: loads the adviser's package, composes two packages, shows parties and value, explains a refused meeting, meets", async () => {
    expect(await weekShown(page)).toBe(1);
    await ordersTab(page, 'Adviser');
    await page.getByRole('button', { name: 'Ask your adviser' }).click();
    const advice = page.locator('.advice');
    await advice.waitFor();
    expect(await advice.textContent()).toMatch(/Suggested package.*Minerals fund = A joint fund.*Why.*no deal is worth/s);
    await page.getByRole('button', { name: 'Load it into the composer' }).click();
    expect(await page.getByRole('combobox', { name: /^Ceasefire/ }).inputValue()).not.toBe('');
    await choose(page, 'Ceasefire', '— leave as is —');
    await choose(page, 'Minerals fund', 'A joint fund');
    const summary = page.locator('.package-summary');
    await expect.poll(() => summary.textContent()).toContain('Parties (from the levers): Ukraine, United States');
    expect(await summary.textContent()).toMatch(/Worth to you: [\d.]+ \(now [\d.]+; no deal is worth [\d.]+ to you\)/);
    expect(await summary.textContent()).toMatch(/United States: your estimate of its gain [−+]?[\d.]+ — likely (yes|no)/);
    await page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    await choose(page, 'Ceasefire', 'Full ceasefire');
    await page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    expect(await page.locator('.orders-list li').count()).toBe(2);

    await ordersTab(page, 'Meet');
    await page.getByRole('checkbox', { name: /^Russia/ }).check();
    await page.getByRole('checkbox', { name: /^United States/ }).check();
    const add = page.getByRole('button', { name: /^Add meeting to orders/ });
    await add.click();
    // Refused by the scenario's rule, explained next to the control, which stays enabled.
    const why = page.locator('#why-meet');
    await expect.poll(() => why.textContent()).toContain('In week 1 Washington and Moscow meet alone');
    expect(await why.textContent()).toContain('MEETING_RESTRICTED');
    expect(await add.isEnabled()).toBe(true);
    await page.getByRole('checkbox', { name: /^Russia/ }).uncheck();
    await add.click();
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(3);
    expect(await page.locator('.points').textContent()).toContain('0 of 3 left');
    await canvasReady(page);
    await shot(page, 'play-week1-orders');
    await endWeek(page);
    expect(await weekShown(page)).toBe(2);
  });

  it('week 2: counter opens the composer prefilled; the adviser answers; a summit; a package is rejected', async () => {
    await ordersTab(page, /^Answer \(1\)/);
    const card = page.locator('[data-package="w1-usa-1"]');
    expect(await card.textContent()).toContain("United States' reasons: its opening position");
    await card.getByRole('button', { name: /^Counter w1-usa-1/ }).click();
    await page.getByText('Counter-offer to w1-usa-1 from United States.').waitFor();
    expect(await page.getByRole('combobox', { name: /^Minerals fund/ }).inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Cancel the counter-offer' }).click();

    await ordersTab(page, 'Adviser');
    await page.getByRole('button', { name: 'Ask your adviser' }).click();
    await page.locator('.advice').waitFor();
    expect((await page.locator('.advice').textContent())!.length).toBeGreaterThan(20);
    await expectAccessible(page, '.orders');

    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Reject w1-usa-1/ }).click();
    await expect.poll(() => page.locator('.orders-list').textContent()).toContain('Reject w1-usa-1');
    await ordersTab(page, 'Meet');
    await page.getByRole('checkbox', { name: /^Russia/ }).check();
    await page.getByRole('checkbox', { name: /^United States/ }).check();
    await page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect.poll(() => page.locator('.orders-list').textContent()).toContain('Summit with Russia, United States');
    await endWeek(page);
  });

  it('week 2 resolved: the minerals package is signed on the board, in the log and in the live region', async () => {
    expect(await weekShown(page)).toBe(3);
    expect(await sideText(page, 'Log')).toContain('SIGNED w1-ukraine-1 (Minerals fund = A joint fund) by Ukraine and United States');
    expect(await page.locator('#announcer').textContent()).toContain('SIGNED w1-ukraine-1');
    expect(await page.locator('#announcer').textContent()).toContain('Russia counters w1-ukraine-2');
    const board = await sideText(page, 'Board');
    expect(board).toContain('Status: settled (locked): A joint fund');
    expect(board).toMatch(/Sanctions relief\s*Status: open/);
    await shot(page, 'play-week3-board');
  });

  it('week 3: accepts Russia\'s counter-offer and reaches the ending with both packages signed', async () => {
    await ordersTab(page, /^Answer \(1\)/);
    const card = page.locator('[data-package="w2-russia-1"]');
    expect(await card.textContent()).toContain('counters your w1-ukraine-2');
    expect(await card.textContent()).toContain('Russia\'s reasons:');
    await card.getByRole('button', { name: /^Accept w2-russia-1/ }).click();
    await page.getByRole('button', { name: /^End week 3/ }).click();
    await page.getByRole('heading', { level: 1, name: 'The end: A settlement' }).waitFor();
    const signed = await page.locator('.signed-list').textContent();
    expect(signed).toContain('SIGNED w1-ukraine-1');
    expect(signed).toContain('SIGNED w2-russia-1');
    expect(signed).toContain('Ceasefire = Partial ceasefire; Sanctions relief = Relief');
    expect(await page.locator('.ending-log').textContent()).toContain('SIGNED w2-russia-1');
    const grades = page.locator('table.grades tbody tr');
    expect(await grades.count()).toBe(3);
    expect(await grades.first().textContent()).toMatch(/Ukraine \(you\)(strong|fair|weak)[−+]?[\d.]+/);
    expect(await page.locator('.sentences').textContent()).toMatch(/outcome for Ukraine: /);
    await expectAccessible(page);
    await shot(page, 'ending');
  });

  it('replays from week 2 as a branch, then goes back to the title with "Continue"', async () => {
    await page.getByRole('combobox', { name: 'Replay from' }).selectOption({ label: 'Week 2' });
    await page.getByRole('button', { name: 'Replay from this week' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(2);
    await page.getByRole('button', { name: 'Back to title' }).click();
    expect(await page.locator('#continue-what').textContent()).toBe('Test talks (frozen UI fixture) — week 2');
    await page.getByRole('button', { name: 'Continue your game' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(2);
    expect(observed.allProblems()).toEqual([]);
  });
});
