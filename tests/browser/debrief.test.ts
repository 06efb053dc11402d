// The debrief, as a student meets it after ukraine-2025 played as Ukraine
// (seed 123, no orders: the others decide everything): the others' hidden
// priorities beside Ukraine's estimates; the deal space drawn with the very
// numbers the engine's analytics give for the same game (and that
// `npm run sim -- --replay … --json` prints); the weeks that mattered most,
// with both results, as the engine computes them; a branch from week 2 set
// beside its original. At 1366×768, 1024×768 and 390×844, nothing wider than
// the window, no text under 14 px on the canvas, and axe clean.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyseDeal,
  analyseSpace,
  compiledOf,
  dealWorldOf,
  debriefOf,
  endingThresholds,
  loadScenario,
  movesThatMattered,
  replayRecord,
  weeksThatMatteredMost,
  type GameRecord,
} from '../../src/engine/authoring';
import { endWeek, expectAccessible, openBundled, ROOT, shot, startAs, useSteps } from './appPage';

const SIZES = [
  [1366, 768],
  [1024, 768],
  [390, 844],
] as const;

const FILE = 'ukraine-2025.yaml';
/**
 * How many 1366×768 screens the debrief may take with everything closed: 6.6 since the world's charts grew to be
 * read (104 px plots with their weeks, where a reader found 35 px ones unreadable); a little room for fonts.
 */
const SCREENS = 7;
const loaded = loadScenario(readFileSync(path.join(ROOT, 'scenarios', FILE), 'utf8'), FILE);
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const handle = loaded.scenario;
const scenario = compiledOf(handle);
const actor = (id: string) => scenario.actors.find((a) => a.id === id)!.index;
const UKRAINE = actor('ukraine');
const RUSSIA = actor('russia');
const dir = mkdtempSync(path.join(tmpdir(), 'parley-debrief-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Drawn {
  readonly points: [number, number][];
  readonly frontier: { a: number; b: number }[];
  readonly nash: { a: number; b: number } | null;
  readonly deal: { a: number; b: number };
  readonly reservations: [number, number];
  readonly zopa: number;
  readonly offers: number;
  readonly labelOverlap: number;
}

async function reach(page: Page, point: 'ending' | 'branch'): Promise<void> {
  await openBundled(page, /^Play “Ending the war/);
  await startAs(page, 'Ukraine');
  while (!(await page.locator('h1').first().textContent())?.startsWith('The end')) await endWeek(page);
  await page.locator('.reveal').waitFor();
  if (point === 'branch') await playBranch(page);
}

/** The game as the page saved it: its record. */
async function savedRecord(page: Page): Promise<GameRecord> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save this game as a file' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { record: GameRecord };
  return file.record;
}

async function drawn(page: Page): Promise<Drawn> {
  await page.locator('.deal-canvas[data-drawn]').waitFor({ state: 'attached' });
  return JSON.parse((await page.locator('.deal-canvas').getAttribute('data-drawn')) ?? 'null') as Drawn;
}

function sim(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/sim.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 110_000 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
}

/**
 * What reaches past the window's edges, as tooWide (pageChecks.ts) finds it, except the inside of a box that
 * scrolls sideways (a wide table on a phone): that box fits the window, its content scrolls within it.
 */
async function tooWide(
  page: Page,
): Promise<{ readonly width: number; readonly scrollWidth: number; readonly wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden, .skip-link') || el.parentElement?.closest('.scroll-region')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        wide.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.width)} px)`);
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

async function atEverySize(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    // The tables behind a disclosure count too, open.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('.world-table, .deal-frontier').forEach((d) => (d.open = true)),
    );
    expect(await tooWide(page), `${name} at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
    expect(Number(await page.locator('.deal-canvas').getAttribute('data-smallest-font-px'))).toBeGreaterThanOrEqual(14);
    await shot(page, `${name}-${width}`);
    await page
      .locator('.deal-space')
      .screenshot({ path: path.join(ROOT, 'test-results/screenshots', `app-${name}-deal-${width}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** From the ending: replay from week 2, and this time make Russia an offer it can accept and meet everyone. */
async function playBranch(page: Page): Promise<void> {
  await page.getByLabel('Replay from').selectOption('2');
  await page.getByRole('button', { name: 'Replay from this week' }).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
  let proposed = 0;
  while (!(await page.locator('h1').first().textContent())?.startsWith('The end')) {
    await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: 'Adviser' }).click();
    await page.getByRole('button', { name: 'Ask your adviser' }).click();
    const load = page.getByRole('button', { name: 'Open it in the Propose tab' });
    if (await load.count()) {
      await load.click();
      await page.getByRole('button', { name: /^Add proposal to orders/ }).click();
      proposed += 1;
    }
    await endWeek(page);
  }
  // The branch played differently: the adviser's proposals went out.
  expect(proposed).toBeGreaterThan(0);
  await page.locator('.comparison').waitFor();
}

describe('the debrief (ukraine-2025, as Ukraine, seed 123)', () => {
  const app = useSteps<'ending' | 'branch'>(reach, { viewport: { width: 1366, height: 768 }, acceptDownloads: true });

  it("reveals each other side's priorities beside Ukraine's estimates, and draws the engine's deal space", async () => {
    await app.from('ending');
    const { page } = app;
    const record = await savedRecord(page);
    const replayed = replayRecord(handle, record);
    if (!replayed.ok) throw new Error(replayed.message);
    const debrief = debriefOf(handle, replayed.game, UKRAINE)!;

    // Each other side: its true share per lever, and Ukraine's estimate at the end beside it, behind a disclosure
    // opened from the keyboard.
    for (const other of scenario.actors.filter((a) => a.index !== UKRAINE)) {
      const levers = page.locator(`[data-actor-name="${other.name}"] details.reveal-levers`);
      expect(await levers.getAttribute('open')).toBeNull();
      // Inside a sentence the name takes its article: "what mattered to the United States".
      expect(await levers.locator(':scope > summary').textContent()).toMatch(
        new RegExp(`^Lever by lever: what mattered to ${other.article ? `${other.article} ` : ''}${other.name}, `),
      );
      await levers.locator(':scope > summary').focus();
      await page.keyboard.press('Enter');
      expect(await levers.getAttribute('open')).not.toBeNull();
      const rows = page.locator(`[data-actor-name="${other.name}"] tbody tr`);
      expect(await rows.count()).toBe(scenario.levers.length);
      for (const lever of scenario.levers) {
        const row = rows.filter({ has: page.getByRole('rowheader', { name: lever.name, exact: true }) });
        expect(await row.locator('td.truth').textContent()).toBe(
          `${Math.round(other.profile.weights[lever.index]! * 100)}%`,
        );
        const [lo, hi] = debrief.state.estimates[UKRAINE]![other.index]![lever.index]!;
        const estimate = (await row.locator('td.estimate').textContent()) ?? '';
        expect(estimate).toBe(
          lo === 0 && hi === 1
            ? 'anything from 0 to 100%'
            : Math.round(lo * 100) === Math.round(hi * 100)
              ? `${Math.round(lo * 100)}%`
              : `${Math.round(lo * 100)}–${Math.round(hi * 100)}%`,
        );
      }
      // Temperament in words and weeks, never as a number.
      expect(await page.locator(`[data-actor-name="${other.name}"] .temperament`).textContent()).toMatch(
        /^(It|They) (gave ground early|gave ground steadily|held out until late): (it|they) planned to come half-way down .* by week \d+, and all the way by week \d+\./,
      );
    }

    // Each world chart gives its scale, and marks the thresholds that end the game by themselves.
    const thresholds = endingThresholds(scenario).filter((t) => t.alone);
    expect(thresholds.length).toBeGreaterThan(0);
    for (const t of thresholds) {
      const chart = page.locator('.chart').filter({
        has: page.getByText(scenario.values[t.value]!.name, { exact: true }),
      });
      expect(await chart.locator('.chart-threshold').allTextContents()).toContain(
        `At ${t.at} or ${t.op.startsWith('>') ? 'more' : 'less'} the game ends (${t.title}): the dashed line.`,
      );
      expect(await chart.locator('svg .threshold').count()).toBeGreaterThan(0);
    }

    // Every estimate band is wide enough to see, with the truth's mark on it however narrow the estimate.
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll('.estimate-bar')].map((b) => {
        const r = b.querySelector('.range')!;
        const t = b.querySelector('.truth-mark')!;
        const n = (e: Element, a: string) => Number(e.getAttribute(a));
        // The mark's drawn width in pixels, whatever the bar's width.
        const px = Number.parseFloat(getComputedStyle(t).strokeWidth);
        return { x: n(r, 'x'), w: n(r, 'width'), truth: n(t, 'x1'), px };
      }),
    );
    expect(bars.length).toBe(scenario.levers.length * (scenario.actors.length - 1));
    for (const bar of bars) {
      expect(bar.w).toBeGreaterThanOrEqual(8);
      expect(bar.truth).toBeGreaterThanOrEqual(bar.x - 1e-6);
      expect(bar.truth).toBeLessThanOrEqual(bar.x + bar.w + 1e-6);
      expect(bar.px).toBeGreaterThanOrEqual(4);
    }
    // The legend names the mark and the band.
    expect(await page.locator('.reveal-legend').textContent()).toContain('Orange mark: the true share');
    // A red line says when Ukraine could know of it: declared in a week, or hidden to the end.
    const redLines = await page.locator('.reveal-table td:last-child').allTextContents();
    for (const cell of redLines.filter((c) => c !== 'None'))
      for (const line of cell.split('; '))
        expect(line).toMatch(/ \((declared in week \d+|declared before the talks|hidden: never declared)\)$/);

    // Each world chart is tall enough to read, with the weeks along its foot and a range fitted to its figures.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('.chart')].map((c) => ({
        height: c.querySelector('svg')!.getBoundingClientRect().height,
        weeks: [...c.querySelectorAll('.chart-weeks span')].map((s) => s.textContent),
        words: c.querySelector('.chart-words')!.textContent ?? '',
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.height).toBeGreaterThanOrEqual(90);
      expect(c.weeks.at(-1)).toBe(String(debrief.state.ended!.week));
    }
    // Human cost moves over a small part of its scale: the chart says the part it shows.
    expect(charts.find((c) => c.words.includes('on a scale of 0 to 1000'))?.words).toMatch(
      /on a scale of 0 to 1000 \(the chart shows 0 to \d+\)\.$/,
    );

    // The deal space of Ukraine and Russia (the default pair): the engine's analytics of this very game.
    const world = dealWorldOf(scenario, debrief.scoreInput.endEnv, debrief.scoreInput.declared, { allLevers: true });
    const space = analyseSpace(scenario, [UKRAINE, RUSSIA], world);
    const shown = await drawn(page);
    const us = Array.from(space.space.utilities);
    // Every package its signatories would sign, and those only.
    expect(shown.points).toEqual(Array.from(space.space.possible, (p) => [us[2 * p], us[2 * p + 1]]));
    expect(shown.points.length).toBeLessThan(space.space.size);
    expect(shown.reservations).toEqual(space.space.reservations);
    expect(shown.zopa).toBe(space.zopa.count);
    expect(shown.frontier.map((f) => [f.a, f.b]).sort()).toEqual(
      Array.from(space.frontier, (p) => [us[2 * p], us[2 * p + 1]]).sort(),
    );
    expect(shown.nash).toEqual(space.nash && { a: space.nash.utilities[0], b: space.nash.utilities[1] });
    const deal = analyseDeal(scenario, space.space, debrief.scoreInput.finalOptions);
    expect(shown.deal).toEqual({ a: deal.utilities[0], b: deal.utilities[1] });
    // The labels (Outcome, Nash) sit clear of every mark, dashed line and each other.
    expect(shown.labelOverlap).toBe(0);

    // The same numbers `npm run sim -- --replay <game> --json` prints for the whole table.
    const file = path.join(dir, 'game.json');
    writeFileSync(file, JSON.stringify(record));
    const json = JSON.parse(await sim('scenarios/ukraine-2025.yaml', '--replay', file, '--json')) as {
      analytics: {
        packages: number;
        reservations: Record<string, number>;
        deal: { utilities: Record<string, number> };
      };
    };
    expect(shown.points).toHaveLength(json.analytics.packages);
    expect(shown.reservations).toEqual([json.analytics.reservations['ukraine'], json.analytics.reservations['russia']]);
    expect(shown.deal).toEqual({
      a: json.analytics.deal.utilities['ukraine'],
      b: json.analytics.deal.utilities['russia'],
    });

    // The tables say what the chart shows.
    const landmarks = (await page.locator('.deal-landmarks').textContent()) ?? '';
    expect(landmarks).toContain('No deal at the end');
    expect(landmarks).toContain(space.nash ? 'Nash point' : 'Outcome');
    expect(landmarks).toContain('Outcome');
    expect(await page.locator('.deal-summary').textContent()).toContain(
      `Of the ${space.space.possible.length} packages no signer's red line rules out, ${space.zopa.count} are worth at least as much as no deal`,
    );

    // Another pair, chosen from the keyboard: the chart and its tables follow.
    const up = page.getByLabel('Up: worth to');
    await up.focus();
    await up.selectOption({ label: 'United States' });
    await expect.poll(async () => (await drawn(page)).reservations[1]).toBe(world.reservations[actor('usa')]);
    expect(await page.locator('.deal-landmarks thead').textContent()).toContain('Worth to the United States');
    await up.selectOption({ label: 'Russia' });
    await expect.poll(async () => (await drawn(page)).reservations[1]).toBe(space.space.reservations[1]);
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('ending');
  });

  it('names the weeks that mattered most, with the result of what Ukraine did and of what its adviser would have done', async () => {
    await app.from('ending');
    const { page } = app;
    await page.locator('.move-weeks, .moves p:not(.muted)').first().waitFor();
    const record = await savedRecord(page);
    const most = weeksThatMatteredMost(movesThatMattered(handle, record, UKRAINE), 3);
    const weeks = page.locator('.move-week');
    expect(await weeks.count()).toBe(most.length);
    const signed = (x: number) => {
      const t = (Math.round(x * 10) / 10).toString();
      return x > 0 && t !== '0' ? `+${t}` : t.replace('-', '−');
    };
    // Each replay's ending is set against the real game's, never told as if it were how the talks ended.
    const realEnding = (await page.locator('h1').first().textContent())!.replace('The end: ', '');
    const replay = (result: number, ending: string) =>
      `Replayed this way, with the computer playing your later weeks: result ${signed(result)}; those talks ended ${ending === realEnding ? 'as yours did' : 'differently from yours'}, in “${ending}”.`;
    for (const [i, w] of most.entries()) {
      const shown = weeks.nth(i);
      expect(await shown.getAttribute('data-week')).toBe(String(w.week));
      const results = await shown.locator('.move-result').allTextContents();
      expect(results[0]).toBe(replay(w.playedResult, w.playedEnding.title));
      expect(results[1]).toBe(replay(w.advisedResult, w.advisedEnding.title));
      // Which orders the figure is for: the differences listed, or the week's orders as a whole.
      expect(await shown.locator('.move-scope').textContent()).toMatch(
        /the figure is for (it alone|these differences together|your orders of that week|all your orders|sending none)/i,
      );
    }
    // The real result and ending, once, beside the replays', with why the weeks' figures do not add up to it; and
    // the top week named in "What mattered" at the top.
    const real = await page.locator('table.grades tr.you td[data-label="Result"]').textContent();
    const said = await page.locator('.moves-real').textContent();
    expect(said).toContain(`Your real game ended at ${real}, in “${realEnding}”.`);
    expect(said).toContain('they do not add up to it');
    if (most[0])
      expect(await page.locator('.what-mattered').textContent()).toContain(`Your decision of week ${most[0].week} `);
    expect(most.length).toBeGreaterThan(0);

    // Short with everything closed: the first screen shows the ending, the verdict and the contents; the whole page,
    // its long parts closed (the key moments, the lever tables, the frontier, the figures, the log), a few screens.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    const first = await page.evaluate(() =>
      ['.verdict', '.debrief-contents'].map((s) => document.querySelector(s)!.getBoundingClientRect().bottom),
    );
    for (const bottom of first) expect(bottom).toBeLessThanOrEqual(768);
    // Every entry of the contents leads to a section on the page, and follows from the keyboard.
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.debrief-contents a')].map((a) => [
        a.getAttribute('href'),
        document.getElementById(a.getAttribute('href')!.slice(1))?.textContent ?? null,
      ]),
    );
    expect(targets.length).toBeGreaterThanOrEqual(10);
    for (const [href, heading] of targets) expect(heading, href!).not.toBeNull();
    await page.locator('.debrief-contents a', { hasText: 'The deal space' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#deal-h');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(SCREENS * 768);
    await expectAccessible(page);
    await atEverySize(page, 'debrief');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('ending');
  });

  it('a branch from week 2 to another outcome is set beside the game it was replayed from', async () => {
    await app.from('ending');
    const { page } = app;
    const before = {
      title: (await page.locator('h1').first().textContent())!.replace('The end: ', ''),
      ukraine: await page.locator('table.grades tr.you td[data-label="Result"]').textContent(),
    };
    await playBranch(page);
    const rows = page.locator('.comparison-table tbody tr');
    const ending = await rows.first().locator('td').allTextContents();
    expect(ending[0]).toMatch(new RegExp(`^${before.title} \\(week \\d+\\)$`));
    const you = await page.locator('.comparison-table tr.you td').allTextContents();
    expect(you[0]).toMatch(new RegExp(`^(Strong|Fair|Weak), ${before.ukraine!.replace('+', '\\+')}$`));
    // Another outcome: another ending or another result for Ukraine.
    expect(ending[1] !== ending[0] || you[1] !== you[0]).toBe(true);
    // The deal space marks where the replayed game ended.
    expect(await page.locator('.deal-landmarks').textContent()).toContain('The game you replayed');
    // Its label too sits clear of every mark, line and other label.
    expect((await drawn(page)).labelOverlap).toBe(0);
    await expectAccessible(page);
    await atEverySize(page, 'debrief-branch');
    expect(app.observed.allProblems()).toEqual([]);
    app.reached('branch');
  });
});
