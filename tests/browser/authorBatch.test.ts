// A scenario opened from a file gets its author's quick batch on the role
// screen (docs/authoring.md, "Play it in the browser"): 1,000 games with the
// computer in every seat, played in the engine worker while the screen shows
// their progress, then how often each ending was reached, in the scenario's
// own titles. A bundled scenario has none.
import { describe, expect, it } from 'vitest';
import { expectAccessible, openFixture, shot, useApp } from './appPage';

describe('the quick batch of a scenario file', () => {
  const app = useApp();

  it('plays 1,000 games in the worker and names the endings they reach', async () => {
    const { page } = app;
    await openFixture(page);
    const notes = page.locator('details.author-notes');
    await expect
      .poll(() => notes.locator('summary').textContent())
      .toMatch(/^For the scenario's author: a quick batch of 1,000 games/);
    await notes.locator('summary').click();
    const status = notes.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^1,000 games in \d+\.\d s\.$/);
    const endings = await notes.locator('.author-batch-endings li').allTextContents();
    expect(endings.length).toBeGreaterThan(1);
    const shares = endings.map((line) => /: (\d+(?:\.\d)?)%$/.exec(line)?.[1]).filter((x) => x !== undefined);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.reduce((sum, x) => sum + Number(x), 0)).toBeCloseTo(100, 0);
    // Titles, never ids: every line starts with a capital letter and has no underscore.
    for (const line of endings) expect(line).toMatch(/^[A-Z][^_]*: (not reached|\d+(\.\d)?%)$/);
    expect(await notes.locator('progress').count()).toBe(0);
    await expectAccessible(page, 'details.author-notes');
    await shot(page, 'author-batch');
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('is not played for a bundled scenario', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await page.getByRole('button', { name: /^Play “Tutorial/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(await page.locator('.author-batch').count()).toBe(0);
  });
});
