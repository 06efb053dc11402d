// Two people on one device (hot-seat), Ukraine and Russia in the frozen test
// scenario (seed 123), the United States played by the computer: the players
// are chosen on the role screen from the keyboard; between turns the
// hand-over screen holds nothing of the previous player (not in the DOM, the
// page title or the live region); Russia's player sees Russia's table, never
// Ukraine's orders, adviser or estimates; the week is played when Russia ends
// its turn; at the ending each player switches the debrief to their own seat.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasReady, expectAccessible, openFixture, ordersTab, shot, useSteps, choosePlayers } from './appPage';
import { tabTo } from './keyboard';
import { tooWide } from './pageChecks';

/** Where a step starts: the role screen, the first hand-over, each player's table in week 1, the ending. */
type Point = 'role' | 'handover' | 'ukraine' | 'russia' | 'ending';

/** What only Ukraine's player saw in week 1: its orders, its adviser's words, its estimates of the others. */
const ukrainePrivate: string[] = [];

async function takeTurn(page: Page, actor: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: `Pass the device to the player of ${actor}` }).waitFor();
  await page.getByRole('button', { name: `I am ${actor}'s player — show my table` }).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
}

/** Ukraine's week 1: a proposal composed (its estimates on screen), the adviser asked. */
async function ukraineOrders(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /^Minerals fund/ }).selectOption({ label: 'A joint fund' });
  await page.locator('.package-summary').waitFor();
  await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
  await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
}

async function reach(page: Page, point: Point): Promise<void> {
  await openFixture(page);
  if (point === 'role') return;
  await choosePlayers(page, ['Ukraine', 'Russia']);
  if (point === 'handover') return;
  await takeTurn(page, 'Ukraine');
  if (point === 'ukraine') return;
  await ukraineOrders(page);
  await page.getByRole('button', { name: "End Ukraine's turn →" }).click();
  await takeTurn(page, 'Russia');
  if (point === 'russia') return;
  await playToEnding(page);
}

/** Each player ends their turn in turn until the ending. */
async function playToEnding(page: Page): Promise<void> {
  for (let turns = 0; turns < 40; turns++) {
    const heading = (await page.locator('h1').first().textContent()) ?? '';
    if (heading.startsWith('The end')) return;
    if (heading.startsWith('Pass the device')) {
      await page.getByRole('button', { name: /^I am .*'s player — show my table$/ }).click();
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    } else {
      await page.locator('.end-week').click();
      await expect.poll(async () => (await page.locator('h1').first().textContent()) !== heading).toBe(true);
    }
  }
  throw new Error('the game did not end');
}

/** Everything of the page a person or a screen reader could come across, with the title. */
async function wholePage(page: Page): Promise<string> {
  return page.evaluate(() => `${document.title}\n${document.documentElement.outerHTML}`);
}

/** Screenshots at a laptop's and a phone's size; nothing of the page (or of the part `within`) is wider than the window. */
async function atTwoSizes(page: Page, name: string, within?: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (within) {
      const box = await page.locator(within).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, `${name} at ${width}`).toBe(true);
    } else expect(await tooWide(page), `${name} at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
    // A long page checked within one part is shown where that part is: its first screen.
    await shot(page, `${name}-${width}`, !within);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('two players on one device', () => {
  const app = useSteps<Point>(reach, { viewport: { width: 1366, height: 768 } });

  it('the role screen: players chosen from the keyboard, with fewer than two explained', async () => {
    await app.from('role');
    const { page } = app;
    await tabTo(page, { css: 'summary', name: /^Players on this device/ });
    await page.keyboard.press('Enter');
    await tabTo(page, { css: 'input[type=checkbox]', name: /^Ukraine$/ });
    await page.keyboard.press('Space');
    await tabTo(page, { css: 'button', name: /^Start the game with these players$/ });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.players-note').textContent())
      .toBe('Tick at least one more role: one role alone is played from its card above.');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose your role');
    await tabTo(page, { css: 'input[type=checkbox]', name: /^Russia$/ });
    await page.keyboard.press('Space');
    await tabTo(page, { css: 'button', name: /^Start the game with 2 players$/ });
    await atTwoSizes(page, 'hotseat-role');
    await expectAccessible(page, '.players-choice');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Pass the device to the player of Ukraine' }).waitFor();
    app.reached('handover');
  });

  it('the first hand-over names whose turn it is and nothing else, and is accessible', async () => {
    await app.from('handover');
    const { page } = app;
    expect(await page.locator('.turn-list li').allTextContents()).toEqual([
      'Ukraine — their turn now',
      'Russia — turn to come',
    ]);
    expect(await page.locator('#announcer').textContent()).toBe('Pass the device to the player of Ukraine.');
    await expectAccessible(page);
    await atTwoSizes(page, 'hotseat-handover-ukraine');
    await takeTurn(page, 'Ukraine');
    app.reached('ukraine');
  });

  it("the second player's hand-over and table hold nothing of the first player's orders, adviser or estimates", async () => {
    await app.from('ukraine');
    const { page } = app;
    expect(await page.locator('.pill', { hasText: /^You:/ }).textContent()).toBe('You: Ukraine');
    await canvasReady(page);
    // What Ukraine's player alone sees: its estimates of the others in the composer, its adviser, its orders.
    await page.getByRole('combobox', { name: /^Ceasefire/ }).selectOption({ label: 'Full ceasefire' });
    const estimates = (await page.locator('.package-summary .estimate').allTextContents()).map((t) => t.trim());
    expect(estimates.join('\n')).toMatch(/by your estimates|you do not know yet what these levers are worth/);
    await page.getByRole('combobox', { name: /^Ceasefire/ }).selectOption({ label: '— leave as is —' });
    await ukraineOrders(page);
    const orders = (await page.locator('.orders-list li > span').allTextContents()).map((t) => t.trim());
    await ordersTab(page, 'Adviser');
    await page.getByRole('button', { name: 'Ask your adviser' }).click();
    const advice = (await page.locator('.advice li, .advice p').allTextContents())
      .map((t) => t.trim())
      .filter((t) => t.length > 30);
    ukrainePrivate.splice(0, ukrainePrivate.length, ...estimates, ...orders, ...advice);
    expect(ukrainePrivate.length).toBeGreaterThan(3);
    await shot(page, 'hotseat-ukraine-table');

    await page.getByRole('button', { name: "End Ukraine's turn →" }).click();
    await page.getByRole('heading', { level: 1, name: 'Pass the device to the player of Russia' }).waitFor();
    const handover = await wholePage(page);
    for (const text of ukrainePrivate) expect(handover, text).not.toContain(text);
    // No table, log, orders or drawing is left in the page; the title and the live region name nobody's view.
    expect(await page.locator('.table-layout, .orders, .side, canvas, .log-lines').count()).toBe(0);
    expect(await page.title()).not.toMatch(/Ukraine|Russia/);
    expect(await page.locator('#announcer').textContent()).toBe('Pass the device to the player of Russia.');
    expect(await page.locator('.turn-list li').allTextContents()).toEqual([
      'Ukraine — turn ended',
      'Russia — their turn now',
    ]);
    await expectAccessible(page);
    await atTwoSizes(page, 'hotseat-handover-russia');

    await takeTurn(page, 'Russia');
    await canvasReady(page);
    expect(await page.locator('.pill', { hasText: /^You:/ }).textContent()).toBe('You: Russia');
    expect(await page.locator('h1').first().textContent()).toMatch(/week 1 of \d+, playing Russia$/);
    // Russia's own orders (none yet), its own week to end.
    expect(await page.locator('.orders-list').count()).toBe(0);
    expect(await page.locator('.end-week').textContent()).toBe('End week 1 →');
    const table = await wholePage(page);
    for (const text of ukrainePrivate) expect(table, text).not.toContain(text);
    await atTwoSizes(page, 'hotseat-russia-table');
    app.reached('russia');
  });

  it('plays the week when the last player ends their turn, hands back to the first, and ends in a debrief for each', async () => {
    await app.from('russia');
    const { page } = app;
    await page.locator('.end-week').click();
    await page.getByRole('heading', { level: 1, name: 'Pass the device to the player of Ukraine' }).waitFor();
    expect(await page.locator('.eyebrow').textContent()).toMatch(/Week 2 of/);
    await takeTurn(page, 'Ukraine');
    // Ukraine's proposal was played with Russia's week.
    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await page.locator('#panel-side-log').textContent()).toContain(
      'You make an offer to United States (Minerals fund: A joint fund).',
    );
    await playToEnding(page);

    const group = page.getByRole('group', { name: 'Debrief for:' });
    expect(await group.getByRole('button').allTextContents()).toEqual(['Ukraine', 'Russia']);
    expect(await group.getByRole('button', { name: 'Ukraine' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('main').textContent()).toContain('You played Ukraine.');
    expect(await page.locator('table.grades th', { hasText: '(you)' }).textContent()).toBe('Ukraine (you)');
    await atTwoSizes(page, 'hotseat-ending-ukraine', '.debrief-for');
    await group.getByRole('button', { name: 'Russia' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('You played Russia.');
    expect(await page.locator('table.grades th', { hasText: '(you)' }).textContent()).toBe('Russia (you)');
    expect(await group.getByRole('button', { name: 'Russia' }).getAttribute('aria-pressed')).toBe('true');
    // Focus stays on the control pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Russia');
    await atTwoSizes(page, 'hotseat-ending-russia', '.debrief-for');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('ending');
  });
});
