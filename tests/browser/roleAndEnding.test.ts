// The screens around the table, as a student meets them in ukraine-2025 at a
// desktop, a tablet and a phone size: role cards that fit on a screen or two
// (a summary first, the full briefing behind a disclosure that works from the
// keyboard), an ending whose text names no code, id or expression, and a
// title that offers an ended game as one to see, never to continue.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { endWeek, expectAccessible, openBundled, shot, useSteps } from './appPage';
import { tooWide } from './pageChecks';

const SIZES = [
  [1366, 768],
  [1024, 768],
  [390, 844],
] as const;

/** Code on a student's screen: an expression, a command, a package id, a developer code. */
const CODE = /==|!=|\b(lever|settled|world)\.[a-z_]|npm run|\bw\d+-[a-z]+-\d+\b|\b[A-Z]+_[A-Z_]+\b/;

async function atEverySize(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    expect(await tooWide(page), `${name} at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Russia's briefing as the scenario writes it: its paragraphs, each with its label. */
function russiaBriefing(): { readonly label: string }[] {
  const scenario = parse(readFileSync('scenarios/ukraine-2025.yaml', 'utf8')) as {
    actors: { id: string; briefing: { label: string }[] }[];
  };
  return scenario.actors.find((a) => a.id === 'russia')?.briefing ?? [];
}

describe('role, ending and title (ukraine-2025)', () => {
  const app = useSteps<'role' | 'ending'>(
    async (page, point) => {
      await openBundled(page, /^Play “Ending the war/);
      if (point === 'ending') await playToEnd(page);
    },
    { viewport: { width: 1366, height: 768 } },
  );

  async function playToEnd(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Play as Ukraine' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    while (!(await page.locator('h1').first().textContent())?.startsWith('The end')) await endWeek(page);
  }

  it('role: each role a short card, its full briefing one keypress away', async () => {
    await app.from('role');
    const { page } = app;
    const cards = page
      .getByRole('list', { name: 'Playable roles' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await cards.count()).toBe(4);
    for (const summary of await page.locator('.role-summary').allTextContents())
      expect(summary.split(/\s+/).length).toBeLessThanOrEqual(60);
    // Closed, the briefings take no room: the page fits in about two screens at 1366×768 (3,600 px before).
    const briefing = page.locator('[data-actor="russia"] .briefing');
    expect(await briefing.isVisible()).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1600);
    expect(await page.locator('main').textContent()).not.toMatch(CODE);
    await expectAccessible(page);
    await atEverySize(page, 'role');

    // The disclosure is a real control: it takes focus and opens and closes with Enter.
    const disclosure = page.locator('[data-actor="russia"] summary');
    expect(await disclosure.textContent()).toBe('Read the full briefing of Russia');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => briefing.isVisible()).toBe(true);
    // Written as labelled paragraphs: each opens with its label, the quote or note beneath it.
    const paragraphs = briefing.locator('.briefing-paragraph');
    const labels = russiaBriefing().map((p) => p.label);
    expect(labels).toContain('reported');
    expect(await paragraphs.locator('> p:first-child > .tag').allTextContents()).toEqual(labels);
    expect(await paragraphs.first().locator('> p').first().textContent()).toMatch(
      /^context We are ready to end this conflict/,
    );
    expect(await paragraphs.nth(2).locator('.provenance').textContent()).toMatch(
      /^Source: The announcement follows .* President Putin\. — Zelensky agrees to drop NATO bid if it ends the war$/,
    );
    await expectAccessible(page);
    await atEverySize(page, 'role-briefing-open');
    await page.keyboard.press('Enter');
    await expect.poll(() => briefing.isVisible()).toBe(false);
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('role');
  });

  it('ending: the narrative and what was signed, in words, with no code or id', async () => {
    await app.from('role');
    const { page } = app;
    await playToEnd(page);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(CODE);
    expect(main).toMatch(/The levers at the end/);
    await expectAccessible(page);
    await atEverySize(page, 'ending-ukraine');
    app.reached('ending');
  });

  it('title: an ended game is offered as "See how it ended", which opens its ending', async () => {
    await app.from('ending');
    const { page } = app;
    const week = Number(
      /^Week (\d+)/.exec((await page.locator('.ending-screen > p.muted').first().textContent()) ?? '')?.[1],
    );
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parley' }).waitFor();
    const buttons = await page.getByRole('main').getByRole('button').allTextContents();
    expect(buttons[0]).toBe('See how it ended');
    expect(buttons.join(' | ')).not.toMatch(/Continue/);
    expect(buttons).toContain('Choose a scenario');
    expect(await page.locator('#continue-what').textContent()).toBe(
      `Ending the war: talks over Ukraine (February 2025) — ended in week ${week}`,
    );
    await expectAccessible(page);
    await atEverySize(page, 'title-ended');
    await page.getByRole('button', { name: 'See how it ended' }).click();
    await page.getByRole('heading', { level: 1, name: /^The end: / }).waitFor();
    expect(app.observed.allProblems()).toEqual([]);
  });
});
