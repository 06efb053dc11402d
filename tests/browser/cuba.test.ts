// cuba-1962 played from the scenario list as the Soviet Union, day by day to
// an ending: every screen on the way counts its turns in days (the text of
// the page, its title and its headings say "day", never "week"), and shows
// no code or id. Screenshots at 1366×768 and at a phone's width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endWeek, expectAccessible, openBundled, shot, useSteps } from './appPage';
import { tooWide } from './pageChecks';
import { expectDays } from './dayWords';

const SIZES = [
  [1366, 768],
  [390, 844],
] as const;

async function atBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    expect(await tooWide(page), `${name} at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
    await shot(page, `cuba-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('cuba-1962: the Soviet Union, day by day to an ending', () => {
  const app = useSteps<'role' | 'ending'>(
    async (page, point) => {
      await openBundled(page, /^Play “Thirteen days/);
      if (point === 'ending') await playToEnd(page);
    },
    { viewport: { width: 1366, height: 768 } },
  );

  async function playToEnd(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Play as the Soviet Union' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    let day = 0;
    while (!(await page.locator('h1').first().textContent())?.startsWith('The end')) {
      day += 1;
      await expectDays(page, `day ${day}`);
      if (day === 1 || day === 7) await atBothSizes(page, `day${day}`);
      if (day === 8) {
        // The tabs a student opens: the board and the world beside the table, the pressures among the orders.
        for (const tab of ['Board', 'World', 'Log']) {
          await page.getByRole('tab', { name: tab, exact: true }).click();
          await expectDays(page, `day ${day}, ${tab}`);
        }
        await page.getByRole('tab', { name: 'Pressure', exact: true }).click();
        await expectDays(page, `day ${day}, Pressure`);
        await page.getByRole('tab', { name: 'Propose', exact: true }).click();
      }
      if (day === 1) {
        // The help a student opens from the game menu.
        await page.getByRole('button', { name: 'How to play' }).click();
        await page.locator('#help').waitFor();
        await expectDays(page, 'day 1, help');
        await shot(page, 'cuba-help', false);
        await page.getByRole('button', { name: 'Hide help' }).click();
        // What a red line costs is said before one is declared: the trust it costs now, the support later.
        await page.getByRole('tab', { name: 'Statement', exact: true }).click();
        await expectDays(page, 'day 1, Statement');
        expect(await page.locator('.orders').textContent()).toContain(
          "A red line is permanent. Declaring one lowers the trust of this lever's other signatories in you by 10; signing one of its options later costs you 8 support.",
        );
        await atBothSizes(page, 'day1-statement');
        // What the scenario answers a red line with is said before it is declared, too.
        await page.getByLabel('Lever', { exact: true }).selectOption({ label: 'Soviet missile deployment in Cuba' });
        await page.getByLabel('Red line: options I will never sign').check();
        await expect
          .poll(() => page.locator('.orders').textContent())
          .toContain(
            'If you declare “Dismantled and shipped home” a red line: Once Moscow has vowed that its missiles will never leave Cuba, Washington prepares to remove them by force: the danger of war rises every day they stay.',
          );
        await atBothSizes(page, 'day1-red-line');
        await page.getByRole('tab', { name: 'Propose', exact: true }).click();
      }
      await endWeek(page);
    }
  }

  it('the scenario list and the role screen count in days', async () => {
    await app.from('role');
    const { page } = app;
    expect(await page.getByRole('button', { name: /^Play as / }).allTextContents()).toEqual([
      'Play as the United States',
      'Play as the Soviet Union',
      'Play as Cuba',
      'Play as the United Nations',
    ]);
    await expectDays(page, 'role');
    await expectAccessible(page);
    await atBothSizes(page, 'role');
    for (const actor of ['usa', 'ussr', 'cuba', 'un']) {
      await page.locator(`[data-actor="${actor}"] summary`).click();
      await expect.poll(() => page.locator(`[data-actor="${actor}"] .briefing`).isVisible()).toBe(true);
    }
    await expectDays(page, 'role, briefings open');
    await atBothSizes(page, 'role-briefings');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('role');
  });

  it('each day and the ending say "day", never "week", with no code or id', async () => {
    await app.from('role');
    const { page } = app;
    await playToEnd(page);
    await page.getByRole('heading', { level: 1, name: /^The end: / }).waitFor();
    await expectDays(page, 'ending');
    // The debrief's analysis of the moves that mattered, once it is in.
    await page.locator('.move-weeks, .moves p:not(.muted)').first().waitFor();
    await expectDays(page, 'ending, analysed');
    expect(await page.locator('main').textContent()).toMatch(/The levers at the end/);
    await expectAccessible(page);
    await atBothSizes(page, 'ending');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('ending');
  });
});
