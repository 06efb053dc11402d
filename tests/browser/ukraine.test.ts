// Smoke test of the real scenario: ukraine-2025 loads from the bundle, shows
// its four roles with their labels, and plays a week as Ukraine (a minerals
// proposal, after asking the adviser). Then the orders panel as Russia at
// 1366×768: what to do this week at the top of the panel, the levers closed
// to Russia listed with why, each pressure saying what it moves and the
// ending that lies that way, and offers named for people and compared with
// what Russia has now, no deal and its adviser's aim.

import { describe, expect, it } from 'vitest';
import {
  canvasReady,
  endWeek,
  expectAccessible,
  ordersTab,
  shot,
  sideText,
  useApp,
  useSteps,
  weekShown,
} from './appPage';
import type { Page } from 'playwright-core';

describe('ukraine-2025 (smoke)', () => {
  const app = useApp();

  it('loads, and a week is played as Ukraine', async () => {
    await app.page.getByRole('button', { name: 'Choose a scenario' }).click();
    await app.page.getByRole('button', { name: /^Play “Ending the war/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    // "Play as the United States": a name inside a phrase takes its article.
    expect(await app.page.getByRole('button', { name: /^Play as / }).allTextContents()).toEqual([
      'Play as Ukraine',
      'Play as Russia',
      'Play as the United States',
      'Play as the European allies',
    ]);
    expect(await app.page.locator('[data-actor="ukraine"] .role-more > .provenance .tag').textContent()).toBe(
      'reported',
    );
    await app.page.getByRole('button', { name: 'Play as Ukraine' }).click();
    await app.page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(app.page)).toBe(1);

    await ordersTab(app.page, 'Adviser');
    await app.page.getByRole('button', { name: 'Ask your adviser' }).click();
    await app.page.locator('.advice').waitFor();
    await ordersTab(app.page, 'Propose');
    await app.page
      .getByRole('combobox', { name: /^U\.S\. access to Ukraine's rare earths/ })
      .selectOption({ label: 'A joint investment fund' });
    await app.page.getByRole('button', { name: /^Add proposal to orders/ }).click();
    await expect.poll(() => app.page.locator('.orders-list li').count()).toBe(1);
    await expectAccessible(app.page);
    await shot(app.page, 'ukraine-week1');
    // Names inside the orders' sentences take their article.
    expect(await app.page.locator('.orders-list li').first().textContent()).toContain(
      "Propose U.S. access to Ukraine's rare earths: A joint investment fund to the United States",
    );
    await endWeek(app.page);
    expect(await weekShown(app.page)).toBe(2);
    const log = await sideText(app.page, 'Log');
    expect(log).toContain(
      "You make an offer to the United States (U.S. access to Ukraine's rare earths: A joint investment fund).",
    );
    expect(log).toContain('Week 2 of 10');
    await canvasReady(app.page);
    await shot(app.page, 'ukraine-week2');
    expect(app.observed.allProblems()).toEqual([]);
  });
});

async function startRussia(page: Page, point: 'week 1' | 'week 2'): Promise<void> {
  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
  await page.getByRole('button', { name: 'Play as Russia' }).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
  if (point === 'week 2') await endWeek(page);
}

describe('ukraine-2025: the orders panel as Russia, at 1366×768', () => {
  const app = useSteps(startRussia, { viewport: { width: 1366, height: 768 } });

  it('week 1: End week heads the orders panel; closed levers say why; pressures say what they risk', async () => {
    await app.from('week 1');
    // End week heads the orders panel, level with its heading: in view as soon as the panel is.
    const end = await app.page.getByRole('button', { name: /^End week 1/ }).boundingBox();
    const heading = await app.page.getByRole('heading', { level: 2, name: 'Your orders, week 1' }).boundingBox();
    expect(end && heading && end.y - heading.y).toBeLessThan(40);
    expect(await app.page.locator('.week-bar .points').textContent()).toContain('Action points: 3 of 3 left');
    const closed = await app.page.locator('.closed-levers').textContent();
    expect(closed).toContain("Only Ukraine and the United States may propose U.S. access to Ukraine's rare earths.");
    expect(closed).toContain("Ukraine's security is not on the table yet.");
    await shot(app.page, 'ukraine-russia-week1', false);
    await ordersTab(app.page, 'Pressure');
    const offensive = app.page.getByRole('article', { name: /^Launch an offensive/ });
    expect(await offensive.locator('li.warns').textContent()).toMatch(
      /^⚠ War intensity \+15 \(now [\d.]+; at 90 or more the game ends: Escalation\)$/,
    );
    expect(await offensive.textContent()).toContain('What it costs you:');
    const truce = app.page.getByRole('article', { name: /^Resume the offensive/ });
    expect(await truce.locator('.rejection').textContent()).toBe(
      'Not possible now: Resume the offensive, ending the partial truce is possible only while Ceasefire is “Partial ceasefire”.',
    );
    await expectAccessible(app.page, '.orders');
    await shot(app.page, 'ukraine-russia-pressure');
    // Names inside sentences take their article: who must sign a lever, whom an order meets.
    await ordersTab(app.page, 'Propose');
    expect(await app.page.locator('.lever-row .note').allTextContents()).toContainEqual(
      expect.stringMatching(/a deal on it needs the signature of .*the United States/),
    );
    await ordersTab(app.page, 'Meet');
    await app.page.getByRole('checkbox', { name: /^European allies/ }).check();
    await app.page.getByRole('button', { name: /^Add meeting to orders/ }).click();
    await expect.poll(() => app.page.locator('.orders-list').textContent()).toContain('Meet with the European allies');
    await shot(app.page, 'ukraine-russia-meeting', false);
    app.reached('week 1');
  });

  it('week 2: offers named for people, on one scale, with the answer the numbers favour emphasised', async () => {
    await app.from('week 2');
    await ordersTab(app.page, /^Answer/);
    const cards = app.page.locator('article.package-card');
    expect(await cards.count()).toBeGreaterThan(0);
    const headed: string[] = [];
    for (const card of await cards.all()) {
      expect(await card.getByRole('heading').textContent()).toMatch(
        /^(Ukraine's|The United States'|The European allies') (second )?(offer|counter-offer) of week 1/,
      );
      expect(await card.locator('caption').textContent()).toBe('Worth to you, in points');
      // At the start of a sentence the article is capitalised: "The United States' reasons:".
      for (const reasons of await card.locator('p > strong', { hasText: /reasons: $/ }).allTextContents()) {
        expect(reasons).toMatch(/^(Ukraine's|The United States'|The European allies') reasons: $/);
        headed.push(reasons);
      }
      const value = async (row: string) =>
        Number(
          await card
            .getByRole('row', { name: new RegExp(`^${row}`) })
            .locator('td.value')
            .textContent(),
        );
      const [offer, now, noDeal] = [
        await value('This offer'),
        await value('What you have now'),
        await value('No deal'),
      ];
      const primary = await card.locator('.button-row button.primary').textContent();
      if (offer > now && offer > noDeal) expect(primary).toBe('Accept');
      else if (offer < now && offer < noDeal) expect(primary).toBe('Reject');
      else expect(['Counter…', 'Reject']).toContain(primary);
    }
    expect(headed.some((r) => r.startsWith('The '))).toBe(true);
    expect(await app.page.locator('.orders').textContent()).not.toMatch(/\bw\d+-[a-z]|[A-Z]{2,}_[A-Z]{2,}/);
    await expectAccessible(app.page, '.orders');
    await shot(app.page, 'ukraine-russia-answers');
    expect(app.observed.allProblems()).toEqual([]);
  });
});

describe('ukraine-2025: the Log tab as Ukraine, at 1366×768', () => {
  const app = useSteps(
    async (page: Page) => {
      await page.getByRole('button', { name: 'Choose a scenario' }).click();
      await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
      await page.getByRole('button', { name: 'Play as Ukraine' }).click();
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      for (let week = 1; week <= 3; week++) await endWeek(page);
    },
    { viewport: { width: 1366, height: 768 } },
  );

  it('reads as plain sentences grouped by kind, the week just played in view, with no id and no range of numbers', async () => {
    await app.from('week 4');
    const panel = app.page.locator('#panel-side-log');
    const text = await sideText(app.page, 'Log');
    // The log opens on what the week just played brought the student, under its heading (week 4 has only its news
    // so far): its summary first.
    const played = panel.getByRole('region', { name: 'Week 3 of 10' });
    const [top, panelTop] = [await played.locator('.log-group').first().boundingBox(), await panel.boundingBox()];
    expect(Math.abs((top?.y ?? 0) - (panelTop?.y ?? 0))).toBeLessThan(60);
    expect(await played.locator('.log-group h4').first().textContent()).toBe('For you this week');
    expect(await panel.locator('section h3').allTextContents()).toEqual([
      'Week 1 of 10',
      'Week 2 of 10',
      'Week 3 of 10',
      'Week 4 of 10',
    ]);
    const week1 = panel.getByRole('region', { name: 'Week 1 of 10' });
    const headings = await week1.locator('h4, summary').allTextContents();
    expect(headings.slice(0, 2)).toEqual(['For you this week', 'News']);
    expect(headings).toContain('Your trust, and theirs in you');
    expect(headings.some((h) => /^Trust between the others \(\d+\)$/.test(h))).toBe(true);
    // Trust between the others is folded; every trust change says what moved it.
    expect(await week1.locator('details').getAttribute('open')).toBeNull();
    for (const line of await week1.locator('li.log-trust').allTextContents()) expect(line).toMatch(/: .+\.$/);
    expect(text).toMatch(/You (now|still) think .+ matters most to /);
    expect(text).not.toMatch(/\bw\d+-[a-z]+-\d+\b/);
    expect(text).not.toMatch(/\d–\d+(\.\d+)?%/);
    expect(text).not.toContain('→');
    await expectAccessible(app.page, '#panel-side-log');
    await shot(app.page, 'ukraine-log', false);
    await week1.locator('summary').click();
    await week1.locator('h3').scrollIntoViewIfNeeded();
    await shot(app.page, 'ukraine-log-week1', false);
    expect(app.observed.allProblems()).toEqual([]);
  });
});
