// A broken scenario file opened in the browser lists its first 50 problems,
// as the command line prints them, and says how many more there are: a file
// with 300 misspelt names is a readable page, not 300 items. The page moves
// to the list, whose heading takes focus.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openApp, ROOT, shot } from './appPage';
import { launchBrowser } from './launchBrowser';

const BAD_TARGETS = 300;

describe('a scenario file with hundreds of problems', () => {
  it('lists the first 50, then "and N more not shown", and moves focus to the list', async () => {
    const base = readFileSync(resolve(ROOT, 'tests/fixtures/minimal.yaml'), 'utf8');
    const targets = Array.from({ length: BAD_TARGETS }, (_, i) => `world.tension${i}: 1`).join(', ');
    const broken = base.replace('effects: { add: { world.tension: 10 } }', `effects: { add: { ${targets} } }`);
    expect(broken).not.toBe(base);
    const browser = await launchBrowser();
    const app = await openApp(browser, { viewport: { width: 1366, height: 768 } });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Choose a scenario' }).click();
      await page.locator('input[type=file]').setInputFiles({
        name: 'minimal.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(broken),
      });
      const list = page.locator('ul.diagnostics');
      const notShown = page.locator('.diagnostics-block .not-shown');
      await notShown.waitFor();
      // The two short briefings are warnings; the file's every problem is counted in the heading.
      const total = BAD_TARGETS + 2;
      const heading = page.locator('.diagnostics-block h3');
      expect(await heading.textContent()).toBe(`Problems in the file (${total})`);
      expect(await page.getByRole('alert').textContent()).toBe('minimal.yaml has errors; fix them and open it again.');
      // The list starts below the fold: its heading takes focus, in view, for the eye and for a screen reader.
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect
        .poll(() =>
          heading.evaluate(
            (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight,
          ),
        )
        .toBe(true);
      await shot(page, 'diagnostics-focused', false);
      expect(await list.locator('li').count()).toBe(50);
      expect(await notShown.textContent()).toBe(`and ${total - 50} more not shown`);
      expect(await list.locator('li.error code').first().textContent()).toMatch(
        /^minimal\.yaml:\d+:\d+ error REF_VALUE `world\.tension0` /,
      );
      await expectAccessible(page);
      await notShown.scrollIntoViewIfNeeded();
      await shot(page, 'diagnostics-capped', false);
    } finally {
      await app.close();
      await browser.close();
    }
  });
});
