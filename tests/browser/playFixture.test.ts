// A whole game of the frozen test scenario as Ukraine, through the DOM
// controls with the mouse (seed 123, so the AI answers the same way every
// run): propose two packages, see an illegal meeting marked before any click
// (beside the actor a rule keeps out, and on its button), meet, open a counter-offer prefilled with the terms Ukraine may
// propose (here none: each is left out, with why), ask the adviser, reject an
// offer (the card then offers only to change the answer),
// answer Russia's counter-offer, and reach the ending with two packages
// signed — asserted on the board, in the log, in the live region and on the
// ending screen. Offers are named for people, compared with what Ukraine has
// now, no deal and its adviser's aim, and the emphasised answer follows those
// numbers. Each week is its own step; a step run alone first plays the
// earlier weeks' orders (useSteps).
import type { Locator, Page } from 'playwright-core';
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

/**
 * An answer card emphasises Accept exactly when the offer is worth more to Ukraine than what it has now and than
 * no deal (read from the card's own worth table), Reject when it is worth less than both, else Counter.
 */
async function expectPrimaryFollowsNumbers(card: Locator): Promise<void> {
  const value = async (row: string) =>
    Number(
      await card
        .getByRole('row', { name: new RegExp(`^${row}`) })
        .locator('td.value')
        .textContent(),
    );
  const [offer, now, noDeal] = [await value('This offer'), await value('What you have now'), await value('No deal')];
  const primary = await card.locator('.button-row button.primary').textContent();
  expect(primary).toBe(
    offer > now && offer > noDeal ? 'Accept' : offer < now && offer < noDeal ? 'Reject' : 'Counter…',
  );
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
    await page.getByRole('button', { name: /^Reject United States' offer of week 1/ }).click();
    await meet(page, 'Russia', 'United States');
    await expect.poll(() => page.locator('.orders-list li').count()).toBe(2);
  },
  async (page) => {
    await ordersTab(page, /^Answer/);
    await page.getByRole('button', { name: /^Accept Russia's counter-offer of week 2/ }).click();
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
      /Suggested package.*Minerals fund: A joint fund.*Why your adviser suggests it.*Worth to you, in points.*No deal.*Your adviser aims for/s,
    );
    await app.page.getByRole('button', { name: 'Open it in the Propose tab' }).click();
    expect(await app.page.getByRole('combobox', { name: /^Ceasefire/ }).inputValue()).not.toBe('');
    await choose(app.page, 'Ceasefire', '— leave as is —');
    await choose(app.page, 'Minerals fund', 'A joint fund');
    const summary = app.page.locator('.package-summary');
    await expect.poll(() => summary.textContent()).toContain('Who must sign it: Ukraine and United States');
    expect(await summary.locator('table.worth-table').getByRole('row').allTextContents()).toEqual([
      expect.stringMatching(/^Your package[\d.]+$/),
      expect.stringMatching(/^What you have now[\d.]+$/),
      expect.stringMatching(/^No deal[\d.]+$/),
      expect.stringMatching(/^Your adviser aims for[\d.]+$/),
    ]);
    // Nothing seen yet of what the United States wants on these levers: said so, not "gains 0".
    expect(await summary.textContent()).toMatch(
      /United States: you do not know yet what these levers are worth to United States/,
    );
    // A lever closed to Ukraine is not offered: it is listed with why.
    expect(await app.page.locator('.closed-levers').textContent()).toContain(
      'Sanctions relief is not on the table yet.',
    );
    await app.page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    await choose(app.page, 'Ceasefire', 'Full ceasefire');
    await app.page.getByRole('button', { name: 'Add proposal to orders (1 AP)' }).click();
    expect(await app.page.locator('.orders-list li').count()).toBe(2);

    await ordersTab(app.page, 'Meet');
    const add = app.page.getByRole('button', { name: /^Add meeting to orders/ });
    // Nobody invited yet: the button is marked unavailable, with what to do beside it.
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    expect(await app.page.locator('#why-meet').textContent()).toBe('Invite at least one other actor.');
    await app.page.getByRole('checkbox', { name: /^Russia/ }).check();
    // The scenario's rule shows before the tick, beside the one it keeps out of a meeting with Russia.
    expect(await app.page.locator('.check', { hasText: /^United States/ }).textContent()).toContain(
      'not together with those you have ticked: In week 1 Washington and Moscow meet alone',
    );
    await app.page.getByRole('checkbox', { name: /^United States/ }).check();
    // Refused by the scenario's rule: said beside the button, which is marked unavailable (still focusable) and
    // does nothing when clicked: no alert, no order.
    const why = app.page.locator('#why-meet');
    await expect
      .poll(() => why.textContent())
      .toContain('Not possible now: In week 1 Washington and Moscow meet alone');
    expect(await why.getAttribute('data-code')).toBe('MEETING_RESTRICTED');
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    // Forced: Playwright itself refuses to click a control marked unavailable; a student's mouse does not.
    await add.click({ force: true });
    expect(await why.getAttribute('role')).toBeNull();
    expect(await app.page.locator('.orders-list li').count()).toBe(2);
    await app.page.getByRole('checkbox', { name: /^Russia/ }).uncheck();
    expect(await add.getAttribute('aria-disabled')).toBeNull();
    await add.click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(3);
    expect(await app.page.locator('.points').textContent()).toContain('0 of 3 left');
    await canvasReady(app.page);
    await shot(app.page, 'play-week1-orders');
    await endWeek(app.page);
    expect(await weekShown(app.page)).toBe(2);
    app.reached('week 2');
  });

  it('week 2: a counter-offer leaves out, with why, what Ukraine may not propose; the adviser; a summit; a rejection', async () => {
    await app.from('week 2');
    await ordersTab(app.page, /^Answer \(1\)/);
    const card = app.page.locator('[data-package="w1-usa-1"]');
    expect(await card.getByRole('heading').textContent()).toBe("United States' offer of week 1");
    expect(await card.textContent()).toContain("United States' reasons:");
    await expectPrimaryFollowsNumbers(card);
    await card.getByRole('button', { name: /^Counter United States' offer of week 1/ }).click();
    await app.page.getByText("Counter-offer to United States' offer of week 1.").waitFor();
    // Ukraine's own offers of week 1 still hold both its levers: each clause is left out, with why, and the composer
    // offers only the levers open to Ukraine.
    const leftOut = await app.page.locator('.left-out').textContent();
    expect(leftOut).toContain('Minerals fund: U.S. majority rights — You already have an offer out on Minerals fund');
    expect(leftOut).toContain('Ceasefire: Full ceasefire — You already have an offer out on Ceasefire');
    expect(await app.page.getByRole('combobox', { name: /^Ceasefire/ }).count()).toBe(0);
    expect(await app.page.getByRole('combobox', { name: /^Elections in Ukraine/ }).inputValue()).toBe('');
    await app.page.getByRole('button', { name: 'Cancel the counter-offer' }).click();

    await ordersTab(app.page, 'Adviser');
    await app.page.getByRole('button', { name: 'Ask your adviser' }).click();
    await app.page.locator('.advice').waitFor();
    expect((await app.page.locator('.advice').textContent())!.length).toBeGreaterThan(20);
    await expectAccessible(app.page, '.orders');

    await ordersTab(app.page, /^Answer/);
    await app.page.getByRole('button', { name: /^Reject United States' offer of week 1/ }).click();
    await expect
      .poll(() => app.page.locator('.orders-list').textContent())
      .toContain("Reject United States' offer of week 1");
    // Answered: the card says which answer is in the orders and offers only to change it, no other answer to click.
    await expect
      .poll(() => card.locator('.answer-status').textContent())
      .toBe('In your orders: you reject it.Change your answer');
    expect(await card.getByRole('button', { name: /^(Accept|Reject|Counter) / }).count()).toBe(0);
    const change = card.getByRole('button', { name: "Change your answer to United States' offer of week 1" });
    expect(await change.evaluate((el) => el === document.activeElement)).toBe(true);
    // Changing it takes the answer out of the orders, and the answers come back.
    await change.click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(0);
    await card.getByRole('button', { name: /^Reject United States' offer of week 1/ }).click();
    expect(await app.page.getByRole('alert').count()).toBe(0);
    expect(await app.page.getByRole('tab', { name: 'Propose' }).getAttribute('aria-selected')).toBe('false');
    await ordersTab(app.page, 'Meet');
    await app.page.getByRole('checkbox', { name: /^Russia/ }).check();
    await app.page.getByRole('checkbox', { name: /^United States/ }).check();
    await app.page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect
      .poll(() => app.page.locator('.orders-list').textContent())
      .toContain('Summit with Russia and United States');
    await endWeek(app.page);
    app.reached('week 3');
  });

  it('week 2 resolved: the minerals package is signed on the board, in the log and in the live region', async () => {
    await app.from('week 3');
    expect(await weekShown(app.page)).toBe(3);
    expect(await sideText(app.page, 'Log')).toContain(
      'Signed: your offer of week 1 (Minerals fund: A joint fund), by you and United States.',
    );
    expect(await app.page.locator('#announcer').textContent()).toContain('Signed: your offer of week 1');
    expect(await app.page.locator('#announcer').textContent()).toContain('Russia counters your second offer of week 1');
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
    expect(await card.getByRole('heading').textContent()).toBe(
      "Russia's counter-offer of week 2 (answers your second offer of week 1)",
    );
    expect(await card.textContent()).toContain("Russia's reasons:");
    await expectPrimaryFollowsNumbers(card);
    await card.getByRole('button', { name: /^Accept Russia's counter-offer of week 2/ }).click();
    await app.page.getByRole('button', { name: /^End week 3/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'The end: A settlement' }).waitFor();
    const signed = await app.page.locator('.signed-list').textContent();
    expect(signed).toContain('Your offer of week 1, signed in week 2');
    expect(signed).toContain("Russia's counter-offer of week 2, signed in week 3");
    expect(signed).toContain('Ceasefire: Partial ceasefire; Sanctions relief: Relief');
    expect(await app.page.locator('.ending-log').textContent()).toContain("Signed: Russia's counter-offer of week 2");
    const grades = app.page.locator('table.grades tbody tr');
    expect(await grades.count()).toBe(3);
    expect(await grades.first().textContent()).toMatch(/Ukraine \(you\)(Strong|Fair|Weak)[−+]?[\d.]+/);
    expect(await app.page.locator('.sentences').allTextContents()).toContainEqual(
      expect.stringMatching(/outcome for Ukraine: /),
    );
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
