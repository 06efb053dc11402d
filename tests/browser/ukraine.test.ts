// Smoke test of the real scenario: ukraine-2025 loads from the bundle, shows
// its four roles with their labels, and plays a week as Ukraine (a minerals
// proposal, after asking the adviser).

import { describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, ordersTab, shot, sideText, useApp, weekShown } from './appPage';

describe('ukraine-2025 (smoke)', () => {
  const app = useApp();

  it('loads, and a week is played as Ukraine', async () => {
    await app.page.getByRole('button', { name: 'Choose a scenario' }).click();
    await app.page.getByRole('button', { name: /^Play “Ending the war/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    expect(await app.page.getByRole('button', { name: /^Play as / }).count()).toBe(4);
    expect(await app.page.locator('[data-actor="ukraine"] .tag').first().textContent()).toBe('reported');
    await app.page.getByRole('button', { name: 'Play as Ukraine' }).click();
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(app.page)).toBe(1);

    await ordersTab(app.page, 'Adviser');
    await app.page.getByRole('button', { name: 'Ask your adviser' }).click();
    await app.page.locator('.advice').waitFor();
    await ordersTab(app.page, 'Propose');
    await app.page
      .getByRole('combobox', { name: /^Rights to Ukraine's rare earth minerals/ })
      .selectOption({ label: 'A joint investment fund' });
    await app.page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(1);
    await expectAccessible(app.page);
    await shot(app.page, 'ukraine-week1');
    await endWeek(app.page);
    expect(await weekShown(app.page)).toBe(2);
    const log = await sideText(app.page, 'Log');
    expect(log).toContain('Ukraine proposes w1-ukraine-1');
    expect(log).toContain('— Week 2 of 10 —');
    await canvasReady(app.page);
    await shot(app.page, 'ukraine-week2');
    expect(app.observed.allProblems()).toEqual([]);
  });
});
