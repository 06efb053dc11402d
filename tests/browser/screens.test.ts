// Every screen of the built app, in real Chromium: title → scenarios (with a
// broken file's diagnostics) → role → table → ending is covered by the play
// tests; here each screen is checked with axe, saved as a screenshot at the
// three supported sizes, and the Phaser canvas is proved not blank.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, openFixture, ROOT, shot, startAs } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';
import { pixelStats } from './pixels';

// The Phaser table is built alongside (src/game/mountTable.ts); until it exists
// the app runs without the canvas, and only the pixel check is skipped.
const HAS_TABLE = existsSync(resolve(ROOT, 'src/game/mountTable.ts'));

describe('screens (built app)', () => {
  let browser: Browser;
  let observed: ObservedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openApp(browser, { viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });

  it('title: offers the tutorial first to a newcomer, with a strict CSP', async () => {
    const { page } = observed;
    await expect(page.locator('h1').textContent()).resolves.toBe('Parley');
    const buttons = await page.getByRole('main').getByRole('button').allTextContents();
    expect(buttons[0]).toMatch(/tutorial/i);
    expect(buttons).not.toContain('Continue your game');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('main').count()).toBe(1);
    await expectAccessible(page);
    await shot(page, 'title');
  });

  it('scenarios: lists the bundled ones and reports a broken file as file:line:col CODE message + hint', async () => {
    const { page } = observed;
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    const titles = await page.getByRole('list', { name: 'Bundled scenarios' }).getByRole('heading').allTextContents();
    expect(titles[0]).toMatch(/^Tutorial/);
    expect(titles.some((t) => t.includes('Ukraine'))).toBe(true);
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.yaml', mimeType: 'text/yaml',
      buffer: Buffer.from('format: 1\nid: broken\ntitle: <img src=x onerror=alert(1)>\nactors: [\n'),
    });
    const problem = page.locator('.diagnostics li').first();
    await problem.waitFor();
    expect(await problem.locator('code').textContent()).toMatch(/^broken\.yaml:\d+:\d+ error [A-Z_]+ /);
    expect(await problem.locator('.hint').textContent()).toMatch(/^hint: /);
    expect(await page.locator('img').count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'scenarios-with-diagnostics');
  });

  it('role: each playable actor with its briefing, labels as text, and the sources', async () => {
    const { page } = observed;
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await openFixture(page);
    const roles = page.getByRole('list', { name: 'Playable roles' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await roles.count()).toBe(3);
    expect(await page.locator('[data-actor="ukraine"] .tag').first().textContent()).toBe('reported');
    expect(await page.locator('[data-actor="russia"] .tag').first().textContent()).toBe('simulated');
    expect(await page.locator('[data-actor="ukraine"] .briefing').textContent()).toContain('guns to fall silent');
    await expect(page.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await shot(page, 'role');
  });

  it('table: every panel reachable, the canvas drawn (not blank), usable at 1366×768, 1280×800 and 1024×768', async () => {
    const { page } = observed;
    await startAs(page, 'Ukraine');
    await expectAccessible(page);
    for (const tab of ['Answer (0)', 'Meet', 'Statement', 'Pressure', 'Adviser']) {
      await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: tab }).click();
      await expectAccessible(page, '.orders');
    }
    for (const tab of ['Board', 'World']) {
      await page.getByRole('tab', { name: tab }).click();
      await expectAccessible(page, '.side');
    }
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: 'Propose' }).click();

    if (HAS_TABLE) {
      // The canvas is drawn: many colours, and a good share of pixels unlike the background.
      await page.locator('.canvas-host canvas').waitFor({ timeout: 10_000 });
      const stats = await pixelStats(browser, await page.locator('.canvas-host').screenshot());
      expect(stats.colours).toBeGreaterThan(20);
      expect(stats.drawn).toBeGreaterThan(0.05);
    } else {
      await expect.poll(() => page.locator('.canvas-note').textContent()).toContain('Board and World tabs');
    }

    for (const [width, height] of [[1366, 768], [1280, 800], [1024, 768]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await shot(page, `table-${width}x${height}`, false);
      // Nothing overflows sideways, and the main controls keep a usable size.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const end = await page.getByRole('button', { name: /^End week/ }).boundingBox();
      expect(end!.height).toBeGreaterThanOrEqual(40);
      expect(end!.x + end!.width).toBeLessThanOrEqual(width);
    }
    await shot(page, 'table-full');
    expect(observed.allProblems()).toEqual([]);
  });
});
