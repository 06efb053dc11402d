// cuba-1962 with a lever signed at an interim option: the Soviet missiles
// signed at "Work stops, missiles made unusable", which a later deal may still
// make "Dismantled and shipped home". Reached with three players on one device
// (the United States, the Soviet Union and Cuba): on day 1 the United States
// proposes the halt with a U.S. pledge not to invade; on day 2 the Soviet
// Union and Cuba accept, so the package is signed whatever the computer's
// United Nations does, on any seed. On day 3 the side panel and the phone's
// cards say the missiles are signed and may still be removed, while the
// pledge (no option after it) is settled and locked; a new package may still
// remove the missiles, never offers the status quo (no clause may name it),
// and refuses the halt again with the reason in words. Every screen on the
// way, hand-overs included, says "day", never "week", and shows no code or id.
// The drawn board (no padlock on a signed lever) exposes no text to check: it
// is seen in the screenshots. Screenshots at 1366×768, 1024×768 and 390×844.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { possessive } from '../../src/engine/index';
import {
  canvasReady,
  expectAccessible,
  openBundled,
  ordersTab,
  shot,
  useSteps,
  weekShown,
  choosePlayers,
} from './appPage';
import { tooWide } from './pageChecks';
import { CODE, expectDays, IDS } from './dayWords';

const HALT = 'Work stops, missiles made unusable';
const REMOVED = 'Dismantled and shipped home';
const STAY = 'Work goes on';
const MISSILES = 'Soviet missile deployment in Cuba';
const PLEDGE_LEVER = 'Pledge not to invade Cuba';
const PLEDGE = 'A U.S. pledge';

/** The hand-over screen for `actor` (checked for days and codes), then that player's table. */
async function takeTurn(page: Page, actor: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: `Pass the device to the player of ${actor}` }).waitFor();
  await expectDays(page, `hand-over to ${actor}, day ${await handOverDay(page)}`);
  await page.getByRole('button', { name: `I am ${possessive(actor)} player — show my table` }).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
  await expectDays(page, `${actor}'s table, day ${await weekShown(page)}`);
}

async function handOverDay(page: Page): Promise<number> {
  return Number(/Day (\d+) of/.exec((await page.locator('.eyebrow').textContent()) ?? '')?.[1]);
}

/** Ends this player's turn (or the day, for the last player) and waits for the next screen. */
async function endTurn(page: Page): Promise<void> {
  const before = await page.locator('h1').first().textContent();
  await page.locator('.end-week').click();
  await expect.poll(async () => (await page.locator('h1').first().textContent()) !== before).toBe(true);
}

/** Accepts the United States' offer of day 1 from the Answer tab. */
async function acceptUsOffer(page: Page): Promise<void> {
  await ordersTab(page, /^Answer \(\d+\)/);
  const card = page.getByRole('article', { name: /^the United States' offer of day 1/i });
  expect(await card.textContent()).toContain(HALT);
  await card.getByRole('button', { name: /^Accept / }).click();
  await expect.poll(() => card.locator('.answer-status').textContent()).toMatch(/^In your orders: you accept it/);
}

/** Day 1: the United States proposes the halt and the pledge; day 2: the Soviet Union and Cuba accept; day 3 opens. */
async function reach(page: Page): Promise<void> {
  await openBundled(page, /^Play “Thirteen days/);
  await choosePlayers(page, ['United States', 'Soviet Union', 'Cuba']);

  await takeTurn(page, 'the United States');
  await page.getByRole('combobox', { name: new RegExp(`^${MISSILES}`) }).selectOption({ label: HALT });
  await page.getByRole('combobox', { name: new RegExp(`^${PLEDGE_LEVER}`) }).selectOption({ label: PLEDGE });
  await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
  await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
  await endTurn(page);
  await takeTurn(page, 'the Soviet Union');
  await endTurn(page);
  await takeTurn(page, 'Cuba');
  await endTurn(page);

  await takeTurn(page, 'the United States');
  expect(await weekShown(page)).toBe(2);
  await endTurn(page);
  await takeTurn(page, 'the Soviet Union');
  await acceptUsOffer(page);
  await endTurn(page);
  await takeTurn(page, 'Cuba');
  await acceptUsOffer(page);
  await endTurn(page);

  await takeTurn(page, 'the United States');
  expect(await weekShown(page)).toBe(3);
}

/** The board tab's item for a lever, by its name. */
function boardLever(page: Page, name: string) {
  return page.locator('#panel-side-board .board-lever', { has: page.getByRole('heading', { level: 3, name }) });
}

describe('cuba-1962: the missiles signed at the halt, still open to their removal', () => {
  const app = useSteps<'signed'>(reach, { viewport: { width: 1366, height: 768 } });

  it('the side panel says the missiles are signed at the halt and may still be removed; the pledge is locked', async () => {
    await app.from('signed');
    const { page } = app;
    // The log says the package was signed.
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    expect(await page.locator('#panel-side-log').textContent()).toContain(
      `Signed: your offer of day 1 (${MISSILES}: ${HALT}; ${PLEDGE_LEVER}: ${PLEDGE}), by you, the Soviet Union and Cuba.`,
    );
    await page.getByRole('tab', { name: 'Board', exact: true }).click();
    const missiles = boardLever(page, MISSILES);
    expect(await missiles.locator('.lever-status strong').textContent()).toBe(
      `Status: signed: ${HALT}; a later deal may still make it “${REMOVED}”`,
    );
    expect(await missiles.getAttribute('class')).toContain('lever-settled');
    expect(await boardLever(page, PLEDGE_LEVER).locator('.lever-status strong').textContent()).toBe(
      `Status: settled (locked): ${PLEDGE}`,
    );
    await expectDays(page, 'day 3, Board');
    await expectAccessible(page, '.side');
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await canvasReady(page);
      await missiles.scrollIntoViewIfNeeded();
      expect(await missiles.isVisible()).toBe(true);
      expect(await tooWide(page), `board at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
      await shot(page, `interim-board-${width}x${height}`, false);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('signed');
  });

  it('on a phone the card says the missiles are signed and may still become the removal', async () => {
    await app.from('signed');
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.locator('.cards-host');
    await expect.poll(() => cards.isVisible()).toBe(true);
    const card = cards.locator('.lever-card', { has: page.getByText(MISSILES, { exact: true }) });
    expect(await card.locator('.settled-tag').textContent()).toBe(` · signed; may still become “${REMOVED}”`);
    expect(await card.locator('li.in-force').textContent()).toBe(`${HALT} (in force)`);
    const pledge = cards.locator('.lever-card', { has: page.getByText(PLEDGE_LEVER, { exact: true }) });
    expect(await pledge.locator('.settled-tag').textContent()).toBe(' · settled');
    await expectDays(page, 'day 3, phone');
    expect(await tooWide(page), 'phone').toMatchObject({ wide: [], scrollWidth: 390 });
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'interim-cards-390x844', false);
    await shot(page, 'interim-cards-390x844-full');
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('signed');
  });

  it('a new package may still remove the missiles; the halt again is refused with why, the status quo never offered', async () => {
    await app.from('signed');
    const { page } = app;
    await ordersTab(page, 'Propose');
    const select = page.getByRole('combobox', { name: new RegExp(`^${MISSILES}`) });
    const options = await select.locator('option').allTextContents();
    // The removal is offered as it is. The status quo is never a clause, so it is not offered at all (as before the
    // halt was signed); the halt, in force now, is marked with the rules' reason in words.
    expect(options).toEqual([
      '— leave as is —',
      expect.stringMatching(new RegExp(`^${HALT} \\(in force\\) \\(`)),
      REMOVED,
    ]);
    expect(options.some((o) => o.startsWith(STAY))).toBe(false);
    const halt = options[1] ?? '';
    expect(halt).toBe(
      `${HALT} (in force) (not possible now: ${MISSILES} is signed at “${HALT}”; a deal may now only make it “${REMOVED}”)`,
    );

    await select.selectOption({ label: REMOVED });
    const add = page.getByRole('button', { name: /^Add proposal to orders/ });
    await expect.poll(() => add.getAttribute('aria-disabled')).toBeNull();
    expect((await page.locator('#why-propose').textContent()) ?? '').toBe('');
    await expect.poll(() => page.locator('.package-summary').textContent()).toContain('Who must sign it');
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await select.scrollIntoViewIfNeeded();
      await shot(page, `interim-propose-removal-${width}x${height}`, false);
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // Chosen anyway, the halt is refused beside the button with the same words, and the button is marked unavailable.
    await select.selectOption({ label: halt });
    await expect.poll(() => add.getAttribute('aria-disabled')).toBe('true');
    const why = (await page.locator('#why-propose').textContent()) ?? '';
    expect(why).toBe(`Not possible now: ${MISSILES} is signed at “${HALT}”; a deal may now only make it “${REMOVED}”.`);
    expect(why).not.toMatch(CODE);
    expect(why).not.toMatch(IDS);
    await expectDays(page, 'day 3, Propose');
    await expectAccessible(page, '.orders');
    await select.scrollIntoViewIfNeeded();
    await shot(page, 'interim-propose-in-force-refused-1366x768', false);
    await select.selectOption({ label: '— leave as is —' });
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('signed');
  });

  it('every tab of the day-3 table says "day", never "week", with no code or id', async () => {
    await app.from('signed');
    const { page } = app;
    for (const tab of ['Board', 'World', 'Log']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expectDays(page, `day 3, ${tab}`);
    }
    for (const tab of ['Propose', 'Meet', 'Statement', 'Pressure', 'Adviser']) {
      await ordersTab(page, tab);
      await expectDays(page, `day 3, ${tab}`);
    }
    await ordersTab(page, 'Propose');
    await shot(page, 'interim-table-1366x768');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('signed');
  });
});
