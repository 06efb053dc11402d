// The table drawn to be read, in the built app with ukraine-2025 as Ukraine:
// at 1366×768 and 1024×768 no text on the canvas is under 14 CSS px (the
// table reports its smallest font), the meters that can end the game name
// their thresholds and endings, the actors carry their flags, and tabbing to
// an actor shows its trust both ways with the last cause; at 390×844 the table
// is stacked cards, readable and no wider than the phone. Early and late in a
// game (a few weeks played), with screenshots of each. And, as Russia after
// an offensive, escalation near: said on the meter and in the news strip.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openBundled, ROOT, shot, startAs, useApp } from './appPage';

async function openUkraine(page: Page): Promise<void> {
  await openBundled(page, /^Play “Ending the war/);
  await startAs(page, 'Ukraine');
  await canvasReady(page);
}

/** The smallest text the table drew, in CSS px, once it has drawn at this size. */
async function smallestFont(page: Page): Promise<number> {
  const host = page.locator('.canvas-host');
  await expect.poll(async () => Number(await host.getAttribute('data-smallest-font-px'))).toBeGreaterThan(0);
  return Number(await host.getAttribute('data-smallest-font-px'));
}

describe('the table, readable (ukraine-2025)', () => {
  const app = useApp();

  it('draws no text under 14 px at 1366×768 and 1024×768, names the endings on the meters, and shows trust on focus', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openUkraine(page);
    for (const week of ['early', 'late'] as const) {
      if (week === 'late') for (let i = 0; i < 6; i++) await endWeek(page);
      for (const [width, height] of [
        [1366, 768],
        [1024, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(400);
        await page.getByRole('button', { name: 'Skip animation' }).click();
        expect(await smallestFont(page), `${width}×${height} ${week}`).toBeGreaterThanOrEqual(14);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await shot(page, `table-readable-${width}x${height}-${week}`, false);
      }
    }
    // The meters that can end the game, as drawn, in words for a screen reader too.
    const meters = page.getByRole('list', { name: 'Meters that can end the game' });
    await expect.poll(() => meters.textContent()).toContain('Escalation at 90.');
    expect(await meters.textContent()).toContain('The talks collapse at 25.');

    // Tab to Russia's token: its trust both ways, each with its last cause or "unchanged so far".
    await page.setViewportSize({ width: 1366, height: 768 });
    const russia = page.getByRole('button', { name: 'Russia: trust' });
    await russia.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Ukraine['’]s trust in Russia: \d+/);
    expect(await tip.textContent()).toMatch(
      /Russia['’]s trust in Ukraine: \d+(, unchanged so far\.|, (up|down) from \d+ in week \d+\. [A-Z])/,
    );
    await shot(page, 'table-readable-focus', false);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await expectAccessible(page, '.stage');
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('is stacked cards on a 390×844 phone: the countdown, every actor, the meters with their endings, the board', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const cards = page.locator('.table-cards');
    await cards.waitFor();
    expect(await page.locator('.canvas-host canvas').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const text = (await cards.textContent()) ?? '';
    expect(text).toMatch(/Week \d+ of 10/);
    for (const name of ['Ukraine', 'Russia', 'United States', 'European allies']) expect(text).toContain(name);
    expect(text).toContain('Escalation at 90');
    expect(text).toContain("Ukraine's path to NATO");
    // Readable: nothing in the cards under 14 px.
    const smallest = await cards.evaluate((root) =>
      Math.min(
        ...[...root.querySelectorAll('*')]
          .filter((e) => e.textContent?.trim() && e.children.length === 0)
          .map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(14);
    await expectAccessible(page, '.stage');
    await shot(page, 'table-readable-390x844');
    await cards.screenshot({ path: resolve(ROOT, 'test-results/screenshots/app-table-readable-390x844-cards.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('.canvas-host canvas').waitFor();
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('warns before an ending: after an offensive, escalation is near on the meter and in the news strip', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    // From the game before, or from the title when this test runs alone.
    const back = page.getByRole('button', { name: 'Back to title' });
    if (await back.count()) await back.click();
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
    await page.getByRole('button', { name: 'Play as Russia' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: 'Pressure' }).click();
    await page.getByRole('button', { name: /^Apply “Launch an offensive/ }).click();
    await endWeek(page);
    await canvasReady(page);
    await page.getByRole('button', { name: 'Skip animation' }).click();
    const note = page.locator('.news .danger-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^“Escalation” is near: War intensity is \d+; (at 90 or more when a week ends|if it is still 90 or more when this week ends), the game ends\.$/,
    );
    const meters = page.getByRole('list', { name: 'Meters that can end the game' });
    await expect.poll(() => meters.textContent()).toContain('Near: Escalation at 90.');
    await shot(page, 'table-readable-danger', false);
    expect(app.observed.allProblems()).toEqual([]);
  });
});
