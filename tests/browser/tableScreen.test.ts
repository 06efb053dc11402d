// The table screen in real Chromium: every orders and side panel checked
// with axe, the Phaser canvas proved not blank (pixels of a screenshot), no
// text on it under 14 px at 1366×768 and 1024×768, and the layout usable at
// 1366×768, 1280×800 and 1024×768 (screenshots saved). At 1366×768 and
// 390×844, nothing in the orders panel leads to a surprise refusal: a meeting
// the room's rule forbids is marked before any click (beside the actor, and
// on its button, with the rule's words beside it), and an answered offer
// offers only to change the answer; what to do before anything is chosen is
// said without "Not possible now", a refusal (no action points left) with it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endWeek, expectAccessible, openApp, openFixture, ordersTab, ROOT, shot, startAs } from './appPage';
import { launchBrowser, type ObservedPage } from './launchBrowser';
import { pixelStats } from './pixels';

// The Phaser table is built alongside (src/game/mountTable.ts); until it exists
// the app runs without the canvas, and only the pixel check is skipped.
const HAS_TABLE = existsSync(resolve(ROOT, 'src/game/mountTable.ts'));

describe('table screen (built app)', () => {
  let browser: Browser;
  let observed: ObservedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openApp(browser, { viewport: { width: 1366, height: 768 } });
    await openFixture(observed.page);
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
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

    for (const [width, height] of [
      [1366, 768],
      [1280, 800],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await shot(page, `table-${width}x${height}`, false);
      // No text on the canvas under 14 CSS px at the sizes a class uses (the table reports its smallest).
      if (HAS_TABLE && width !== 1280)
        await expect
          .poll(async () => Number(await page.locator('.canvas-host').getAttribute('data-smallest-font-px')))
          .toBeGreaterThanOrEqual(14);
      // Nothing overflows sideways, and the main controls keep a usable size.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const end = await page.getByRole('button', { name: /^End week/ }).boundingBox();
      expect(end!.height).toBeGreaterThanOrEqual(40);
      expect(end!.x + end!.width).toBeLessThanOrEqual(width);
    }
    await shot(page, 'table-full');

    // With motion allowed, the week's resolution animates and "Skip animation" ends it.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('combobox', { name: /^Minerals fund/ }).selectOption({ label: 'A joint fund' });
    await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await page.getByRole('button', { name: /^End week 1/ }).click();
    await page.getByRole('button', { name: /^End week 2/ }).waitFor();
    await page.getByRole('button', { name: 'Skip animation' }).click();
    if (HAS_TABLE) await page.locator('.canvas-host canvas').waitFor();
    expect(observed.allProblems()).toEqual([]);
  });
});

describe.each([
  { name: '1366x768', viewport: { width: 1366, height: 768 } },
  { name: '390x844', viewport: { width: 390, height: 844 } },
])('the orders panel at $name: no click meets a surprise refusal', ({ name, viewport }) => {
  it('marks a meeting the rules forbid before the click, and an answered offer offers only to change it', async () => {
    const browser = await launchBrowser();
    const observed = await openApp(browser, { viewport });
    const { page } = observed;
    try {
      await openFixture(page);
      await startAs(page, 'Ukraine');
      await ordersTab(page, 'Meet');
      const add = page.getByRole('button', { name: /^Add meeting to orders/ });
      const why = page.locator('#why-meet');
      // Nobody ticked yet: what to do, without "Not possible now".
      expect(await why.textContent()).toBe('Invite at least one other actor.');
      await page.getByRole('checkbox', { name: /^United States/ }).check();
      expect(await add.getAttribute('aria-disabled')).toBeNull();
      // The rule (Washington and Moscow alone in week 1) is said beside Russia before it is ticked.
      const russia = page.getByRole('checkbox', { name: /^Russia/ });
      expect(await page.locator('.check', { has: russia }).textContent()).toMatch(
        /^Russia \(.+\) — not together with those you have ticked: In week 1 Washington and Moscow meet alone/,
      );
      await russia.check();
      // Ticked anyway: the button is marked unavailable, still focusable, with the rule beside it, in view with it.
      expect(await add.getAttribute('aria-disabled')).toBe('true');
      expect(await why.textContent()).toBe(
        'Not possible now: In week 1 Washington and Moscow meet alone; a three-way summit is possible from week 2.',
      );
      await add.focus();
      expect(await add.evaluate((el) => el === document.activeElement)).toBe(true);
      await why.scrollIntoViewIfNeeded();
      const [button, note] = [await add.boundingBox(), await why.boundingBox()];
      expect(button!.y >= 0 && note!.y + note!.height <= viewport.height).toBe(true);
      await shot(page, `orders-${name}-meeting-refused`, false);
      // A click (forced: Playwright will not click what is marked unavailable; a student's mouse will) changes nothing.
      await add.click({ force: true });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('.orders-list').count()).toBe(0);
      await expectAccessible(page, '.orders');
      await russia.uncheck();
      await add.click();
      await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);

      // Week 2: the United States' offer, answered, then changed.
      await endWeek(page);
      await ordersTab(page, /^Answer \(1\)/);
      const card = page.getByRole('article', { name: /^United States' offer of week 1/ });
      await card.getByRole('button', { name: /^Reject / }).click();
      expect(await card.getByRole('button', { name: /^(Accept|Reject|Counter) / }).count()).toBe(0);
      expect(await card.locator('.answer-status').textContent()).toBe(
        'In your orders: you reject it.Change your answer',
      );
      expect(await page.getByRole('alert').count()).toBe(0);
      await card.locator('.answer-status').scrollIntoViewIfNeeded();
      await shot(page, `orders-${name}-answered`, false);
      await expectAccessible(page, '.orders');
      await card.getByRole('button', { name: /^Change your answer/ }).click();
      await expect.poll(() => page.locator('.orders-list').count()).toBe(0);
      expect(await card.getByRole('button', { name: /^Accept / }).evaluate((el) => el === document.activeElement)).toBe(
        true,
      );

      // Every action point spent: with nobody ticked and no option named, the refusal still says it is one.
      await ordersTab(page, 'Meet');
      for (let i = 0; i < 3; i++) {
        await page.getByRole('checkbox', { name: /^United States/ }).check();
        await add.click();
        await expect.poll(() => page.locator('.orders-list li').count()).toBe(i + 1);
      }
      expect(await why.textContent()).toMatch(/^Not possible now: This costs 1 action point; you have 0 left/);
      await ordersTab(page, 'Statement');
      await page.getByRole('radio', { name: /^Red line/ }).check();
      expect(await page.locator('#why-statement').textContent()).toMatch(
        /^Not possible now: This costs 1 action point; you have 0 left/,
      );
      expect(observed.allProblems()).toEqual([]);
    } finally {
      await observed.close();
      await browser.close();
    }
  });
});
