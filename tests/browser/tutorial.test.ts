// The tutorial, as a newcomer plays it: from the title's first button to its
// ending, with the help shown from the start (seed 123).

import { describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, ordersTab, shot, SHOTS, useApp, weekShown } from './appPage';

describe('the tutorial', () => {
  const app = useApp();

  it('is offered first and plays to an ending in a few weeks', async () => {
    await app.page.getByRole('button', { name: /^Start the tutorial/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(await app.page.locator('[data-actor="northport"] .briefing').textContent()).toMatch(/worth to you/);
    await app.page.getByRole('button', { name: 'Play as Northport' }).click();
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    // The help is open for the tutorial.
    expect(await app.page.getByRole('heading', { name: 'How a week works' }).isVisible()).toBe(true);
    await canvasReady(app.page);
    await shot(app.page, 'tutorial-week1');

    await app.page
      .getByRole('combobox', { name: /^Fishing rights in the bay/ })
      .selectOption({ label: 'Northport fishes first' });
    await app.page.getByRole('combobox', { name: /^Harbour fees/ }).selectOption({ label: 'Lower fees' });
    await expect
      .poll(() => app.page.locator('.package-summary').textContent())
      .toContain('Who must sign it: Northport and Southbay');
    await app.page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await ordersTab(app.page, 'Meet');
    await app.page.getByRole('checkbox', { name: /^Southbay/ }).check();
    await app.page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(2);
    await endWeek(app.page);

    // Accept whatever arrives, until the game ends (it is five weeks at most).
    for (
      let guard = 0;
      guard < 5 && (await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()) > 0;
      guard++
    ) {
      expect(await weekShown(app.page)).toBeLessThanOrEqual(5);
      // An answered card drops its answer buttons, so take the first live Accept each time, not a list taken once.
      const accept = app.page.getByRole('button', { name: /^Accept /, disabled: false });
      for (let cards = 0; cards < 10 && (await accept.count()) > 0; cards++) await accept.first().click();
      await endWeek(app.page);
    }
    await app.page.getByRole('heading', { level: 1, name: /^The end: / }).waitFor();
    expect(await app.page.locator('h1').textContent()).toBe('The end: A harbour pact');
    expect(await app.page.locator('.signed-list').textContent()).toContain(
      "Fishing rights in the bay: Northport fishes first; Harbour fees for Southbay's ships: Lower fees",
    );
    // A harbour dispute has no war and no economy: what moves a worth is named from its own meters.
    const note = app.page.locator('.deal-space p.muted');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      "A worth is mostly what the levers give a side, from 0 to 100; the world's meters (Harbour tension) and options that go well together add or take away points, so a worth can fall below 0 or rise above 100.",
    );
    await expectAccessible(app.page);
    await shot(app.page, 'tutorial-ending');
    await app.page.locator('.deal-space').screenshot({ path: `${SHOTS}/tutorial-deal-space.png` });
    expect(app.observed.allProblems()).toEqual([]);
  });
});
