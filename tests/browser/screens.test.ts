// The screens before the table, in real Chromium: title, scenarios (with a
// broken file's diagnostics), role — each checked with axe and saved as a
// screenshot — and a tablet played by touch. The table screen has its own
// file (tableScreen.test.ts); the ending is checked in the play tests. Each
// step starts from a new visitor's title screen.
import { describe, expect, it } from 'vitest';
import { expectAccessible, openApp, openFixture, shot, useSteps } from './appPage';

describe('screens (built app)', () => {
  const app = useSteps<'title'>(async () => {}, { viewport: { width: 1366, height: 768 } });

  it('title: offers the tutorial first to a newcomer, with a strict CSP', async () => {
    await app.from('title');
    const { page } = app;
    await expect(page.locator('h1').textContent()).resolves.toBe('Parley');
    const buttons = await page.getByRole('main').getByRole('button').allTextContents();
    expect(buttons[0]).toMatch(/tutorial/i);
    expect(buttons).not.toContain('Continue your game');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('main').count()).toBe(1);
    // The self-hosted font, in the weights the title uses (text, buttons, heading), from the game's own files.
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`);
    });
    expect(loaded.sort()).toEqual(['Inter 400', 'Inter 600', 'Inter 700']);
    await expectAccessible(page);
    await shot(page, 'title');
    app.reached('title');
  });

  it('scenarios: lists the bundled ones and reports a broken file as file:line:col CODE message + hint', async () => {
    await app.from('title');
    const { page } = app;
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    const titles = await page.getByRole('list', { name: 'Bundled scenarios' }).getByRole('heading').allTextContents();
    expect(titles[0]).toMatch(/^Tutorial/);
    expect(titles.some((t) => t.includes('Ukraine'))).toBe(true);
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('format: 1\nid: broken\ntitle: <img src=x onerror=alert(1)>\nactors: [\n'),
    });
    const problem = page.locator('.diagnostics li').first();
    await problem.waitFor();
    expect(await problem.locator('code').textContent()).toMatch(/^broken\.yaml:\d+:\d+ error [A-Z_]+ /);
    expect(await problem.locator('.hint').textContent()).toMatch(/^hint: /);
    expect(await page.locator('img').count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'scenarios-with-diagnostics');
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parley' }).waitFor();
    app.reached('title');
  });

  it('role: each playable actor with its briefing, labels as text, and the sources', async () => {
    await app.from('title');
    const { page } = app;
    await openFixture(page);
    const roles = page
      .getByRole('list', { name: 'Playable roles' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await roles.count()).toBe(3);
    // The scenario's start date, in words.
    await expect(page.getByText(/^6 weeks at most, from 17 February 2025 · 4 levers · /).count()).resolves.toBe(1);
    expect(await page.locator('[data-actor="ukraine"] .tag').first().textContent()).toBe('reported');
    expect(await page.locator('[data-actor="russia"] .tag').first().textContent()).toBe('simulated');
    expect(await page.locator('[data-actor="ukraine"] .briefing').textContent()).toContain('guns to fall silent');
    await expect(page.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await shot(page, 'role');
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('works by touch on a tablet-sized screen', async () => {
    const tablet = await openApp(app.browser, {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page } = tablet;
      await page.getByRole('button', { name: /^Start the tutorial/ }).tap();
      await page.getByRole('button', { name: 'Play as Northport' }).tap();
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      await page.getByRole('tab', { name: 'Meet' }).tap();
      await page.getByRole('checkbox', { name: /^Southbay/ }).tap();
      const add = page.getByRole('button', { name: /^Add meeting to orders/ });
      const box = (await add.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await add.tap();
      await expect.poll(() => page.locator('.orders-list li').count()).toBe(1);
      expect(tablet.allProblems()).toEqual([]);
    } finally {
      await tablet.close();
    }
  });
});
