// What "likely yes" assumes late in the talks, as a student reads it in
// ukraine-2025 (seed 7, as the European allies, ending each week without
// orders): by week 7 the allies' adviser aims for less than they have, so
// the composer says a side may accept a small loss — but Russia, which
// loses a little by the student's estimates if Ukraine and Europe join the
// talks and gets nothing in return, is a likely no, since ukraine-2025's
// sides give nothing for nothing (docs/model.md §6), at a laptop, a tablet
// and a phone width, with nothing too wide and no code on the screen.
import { describe, expect, it } from 'vitest';
import { endWeeksUntil, openBundled, ordersTab, shot, startAs, useApp } from './appPage';
import { tooWide } from './pageChecks';

describe('the composer late in the talks (ukraine-2025)', () => {
  const app = useApp(async () => {}, { seed: 7 });

  it('says a side may accept a small loss, but not one with nothing in return', async () => {
    const { page } = app;
    await openBundled(page, /^Play “Ending the war/);
    await startAs(page, 'the European allies');
    await endWeeksUntil(page, 7);
    await ordersTab(page, 'Propose');
    await page
      .getByRole('combobox', { name: /^Participation in the talks/ })
      .selectOption({ label: 'Ukraine and Europe included' });
    const summary = page.locator('.package-summary');
    const russia = summary.locator('.estimate', { hasText: /^Russia:/ });
    await expect.poll(() => russia.count()).toBe(1);
    expect(await russia.getAttribute('class')).toBe('estimate unlikely');
    expect(await russia.textContent()).toMatch(
      /^Russia: gains −[\d.]+ by your estimates, and no clause gives Russia anything in return — likely no\.$/,
    );
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(
      /“Likely yes” means a side loses at most [\d.]+ points? by your estimates: your adviser now aims for less than you have, and you assume the others would also accept a small loss, if some clause gives them something in return or they owe you for what you gave them\./,
    );
    // One line per other signatory: the United States signs too.
    expect(await summary.locator('.estimate').count()).toBe(2);
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await summary.scrollIntoViewIfNeeded();
      expect(await tooWide(page), `at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\bw\d+-[a-z]+-\d+\b|==|\blever\./);
      await shot(page, `likely-yes-${width}`, false);
    }
    expect(app.observed.allProblems()).toEqual([]);
  });
});
