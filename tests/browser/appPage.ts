/**
 * Helpers for driving the built app in Chromium: open it (optionally with a
 * fixed seed), open the frozen test scenario through the file input, save
 * screenshots for review, and check a screen with axe. Screens are found by
 * their accessible roles and names, as a player with a screen reader would.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { GUIDE_KEY } from '../../src/store/GuideSlot';
import { launchBrowser, openObservedPage, type ObservedPage } from './launchBrowser';
import { runAxe } from './runAxe';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = resolve(ROOT, 'tests/fixtures/ui-talks.yaml');
export const SHOTS = resolve(ROOT, 'test-results/screenshots');
export const SEED = 123;

export interface AppOptions extends BrowserContextOptions {
  readonly seed?: number | null;
  /** A student who has never played: the guided first week starts with the first game (else it is marked as seen). */
  readonly newcomer?: boolean;
}

export async function openApp(browser: Browser, options: AppOptions = {}): Promise<ObservedPage> {
  const { seed = SEED, newcomer = false, ...context } = options;
  const observed = await openObservedPage(browser, context);
  if (!newcomer)
    await observed.page.context().addInitScript((key: string) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, '"done"');
    }, GUIDE_KEY);
  await observed.page.goto(`${inject('baseURL')}${seed === null ? '' : `?seed=${seed}`}`, { waitUntil: 'load' });
  await observed.page.locator('h1').first().waitFor();
  return observed;
}

/** The app open in its own browser for one describe block (opened before its tests, closed after), then `setUp` on its page. */
export function useApp(
  setUp: (page: Page) => Promise<void> = async () => {},
  options: AppOptions = {},
): {
  readonly page: Page;
  readonly observed: ObservedPage;
} {
  let browser: Browser | undefined;
  let observed: ObservedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openApp(browser, options);
    await setUp(observed.page);
  });
  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });
  return {
    get page() {
      return observed!.page;
    },
    get observed() {
      return observed!;
    },
  };
}

/**
 * The app for a describe block whose steps carry on from one another (a game
 * played week by week). Each step starts with `await app.from(point)` and ends
 * with `app.reached(point)`. When the step before ended at the point this one
 * starts from (the file running in order), it carries on from there; otherwise
 * the app is opened afresh (a new context: no save) and `reach` brings it to
 * `point`. So any step also runs alone (`vitest run -t "<name>"`), a failed
 * step does not fail the ones after it, and the whole file costs no more.
 */
export function useSteps<Point extends string>(
  reach: (page: Page, point: Point) => Promise<void>,
  options: AppOptions = {},
): {
  readonly browser: Browser;
  readonly page: Page;
  readonly observed: ObservedPage;
  from(point: Point): Promise<void>;
  reached(point: Point): void;
} {
  let browser: Browser | undefined;
  let observed: ObservedPage | undefined;
  let at: Point | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get page() {
      return observed!.page;
    },
    get observed() {
      return observed!;
    },
    async from(point) {
      const carryOn = observed !== undefined && at === point;
      at = undefined;
      if (carryOn) return;
      await observed?.close();
      observed = await openApp(browser!, options);
      await reach(observed.page, point);
    },
    reached(point) {
      at = point;
    },
  };
}

/** Title → scenario list → the bundled scenario its Play button names (`play`, e.g. /^Play “Ending the war/) → role screen. */
export async function openBundled(page: Page, play: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await page.getByRole('button', { name: play }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
}

/** Title → scenario list → the frozen fixture opened from disk → role screen. */
export async function openFixture(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(FIXTURE);
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
}

export async function startAs(page: Page, actor: string): Promise<void> {
  await page.getByRole('button', { name: `Play as ${actor}` }).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
}

/** Waits until the table's drawing is up (or reported unavailable), for screenshots. */
export async function canvasReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('.canvas-host canvas') !== null ||
      /not available|could not start/.test(document.querySelector('.canvas-note')?.textContent ?? ''),
  );
  await page.waitForTimeout(300);
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  // Prefixed: the Phaser harness test saves its own table-*.png here too.
  await page.screenshot({ path: resolve(SHOTS, `app-${name}.png`), fullPage });
}

/** No serious or critical axe violation on the page (or within `selector`, which is faster). */
export async function expectAccessible(page: Page, selector?: string): Promise<void> {
  expect(await runAxe(page, 'serious', selector)).toEqual([]);
}

/** The week shown in the header pill, e.g. 2. */
export async function weekShown(page: Page): Promise<number> {
  const text = await page.locator('.pill.week').textContent();
  return Number(/(\d+) of/.exec(text ?? '')?.[1]);
}

/** Text of the side panel's tab after selecting it. */
export async function sideText(page: Page, tab: 'Log' | 'Board' | 'World'): Promise<string> {
  await page.getByRole('tab', { name: tab }).click();
  return (await page.locator(`#panel-side-${tab.toLowerCase()}`).textContent()) ?? '';
}

export async function ordersTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name }).click();
}

export async function endWeek(page: Page): Promise<void> {
  const before = await page.locator('h1').first().textContent();
  await page.getByRole('button', { name: /^End (week|day|month|round) \d+/ }).click();
  await expect.poll(async () => (await page.locator('h1').first().textContent()) !== before).toBe(true);
}

/** Ends weeks with no orders until week `week` is shown. */
export async function endWeeksUntil(page: Page, week: number): Promise<void> {
  while ((await weekShown(page)) < week) await endWeek(page);
}

/** Starts a game with several players on this device, from the role screen: `names` are the actors they play. */
export async function choosePlayers(page: Page, names: readonly string[]): Promise<void> {
  await page.getByText('Players on this device: play with others, taking turns').click();
  for (const name of names)
    await page.getByRole('group', { name: 'Roles played by people here' }).getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: `Start the game with ${names.length} players` }).click();
}
