// Scenario text is untrusted: a scenario whose actor's name ends in an open
// right-to-left override (U+202E) and whose leader's name is one word of 110
// characters, opened from disk and played to its ending at a desktop, a
// tablet and a phone size. The app's own words and numbers keep their order,
// and nothing grows wider than the window.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endWeek, expectAccessible, openApp, ROOT, shot } from './appPage';
import { launchBrowser } from './launchBrowser';
import { numbersInOrder, tooWide } from './pageChecks';

const HOSTILE = resolve(ROOT, 'tests/fixtures/hostile-text.yaml');
const NAME = 'North\u202E';

describe('a scenario with hostile text', () => {
  it.each([
    [1366, 768],
    [1024, 768],
    [390, 844],
  ])('keeps the app’s words in order and the page in the window at %i×%i', async (width, height) => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { viewport: { width, height } });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Choose a scenario' }).click();
      await page.locator('input[type=file]').setInputFiles(HOSTILE);
      await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
      for (const summary of await page.locator('details summary').all()) await summary.click();
      expect(await tooWide(page)).toMatchObject({ wide: [], scrollWidth: width });
      // The name sits in its own isolate wherever the app writes it, its own words around it untouched.
      expect(await page.locator('.role[data-actor="north"] h2 bdi.scenario-text').textContent()).toBe(NAME);
      expect(await numbersInOrder(page, 'main')).toMatchObject({ reversed: [] });
      await shot(page, `hostile-role-${width}`);

      await page.getByRole('button', { name: `Play as ${NAME}` }).click();
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      await endWeek(page);
      await endWeek(page);
      await page.getByRole('heading', { level: 1, name: /^The end: / }).waitFor();
      expect(await tooWide(page)).toMatchObject({ wide: [], scrollWidth: width });
      const grades = await numbersInOrder(page, '.sentences, table.grades, .ending-screen > p');
      expect(grades.read).toBeGreaterThan(10);
      expect(grades.reversed).toEqual([]);
      const grade = page.locator('.sentences li', { hasText: /outcome for North/ }).first();
      expect(await grade.textContent()).toMatch(/^\w+ outcome for North\u202E: /);
      await expectAccessible(page);
      await shot(page, `hostile-ending-${width}`);
      expect(app.allProblems()).toEqual([]);
    } finally {
      await app.close();
      await browser.close();
    }
  });
});
