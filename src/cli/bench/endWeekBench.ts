/**
 * Ending a week, where a student waits: the built app (./builtApp.ts) in
 * headless Chromium at 1366×768 with reduced motion, ukraine-2025 played
 * from the first week in each role in turn, a fresh browser context (a first
 * visit) per game. Once the table has settled — its drawing is up and the
 * page has had no long task for half a second, as a student reads the news —
 * End week is clicked through the browser's input, for weeks 1 to WEEKS. A
 * wait runs from the click event to the first frame painted after the next
 * week's End week control is in the page and no longer busy. Target: the
 * 90th percentile ≤ 150 ms, over every week and over first weeks alone.
 * Sizes: ENDWEEK_GAMES (default 8), ENDWEEK_WEEKS (default 4). Also:
 * `npx tsx src/cli/bench/endWeekBench.ts`.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { figure, timingRow, type Benchmark, type BenchResult } from './benchmark';
import { withBuiltApp } from './builtApp';
import { envNumber } from './envNumber';

export const END_WEEK_TARGET_MS = 150;
const GAMES = envNumber('ENDWEEK_GAMES', 8);
const WEEKS = envNumber('ENDWEEK_WEEKS', 4);

// Evaluated in the page (strings, so the bundler's helpers never leak into it).

/** Installed before the app runs: every long task (over 50 ms) of the page, as [start, duration]. */
const WATCH_LONG_TASKS = `window.__parleyLongTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__parleyLongTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/** Resolves once the page has gone 500 ms without a long task (at most 10 s). */
const SETTLED = `new Promise((done) => {
  const since = performance.now();
  const check = () => {
    const now = performance.now();
    const end = Math.max(0, ...window.__parleyLongTasks.map(([start, duration]) => start + duration));
    if (now - end >= 500 || now - since > 10000) done(now);
    else setTimeout(check, 100);
  };
  check();
})`;

/**
 * Armed before the click of End week `week`: resolves with the milliseconds
 * from that click event to the frame painted after the next week's End week
 * control is there and not busy (or the ending has replaced the orders), and
 * the longest task that started in the second after the click.
 */
const armWeek = (week: number) => `void (window.__parleyWeek = new Promise((done) => {
  let clicked = null;
  const next = () => [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('End week ${week + 1}'));
  const ready = () => {
    const button = next();
    if (button) return button.getAttribute('aria-busy') !== 'true';
    return !document.getElementById('orders-h');
  };
  document.addEventListener('click', (e) => { clicked ??= e.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (clicked === null || !ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const ms = performance.now() - clicked;
        setTimeout(() => {
          const longest = Math.max(0, ...window.__parleyLongTasks
            .filter(([start]) => start >= clicked && start < clicked + 1000).map(([, duration]) => duration));
          done({ ms, longest, ended: !next() });
        }, 1000);
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}))`;

interface Week {
  readonly week: number;
  readonly ms: number;
  readonly longest: number;
}

async function playGame(page: Page, url: string, game: number): Promise<Week[]> {
  await page.goto(`${url}?seed=${game + 1}`);
  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await page.getByRole('button', { name: /^Play “Ending the war/ }).click();
  const roles = page.getByRole('button', { name: /^Play as / });
  await roles.first().waitFor();
  await roles.nth(game % (await roles.count())).click();
  await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
  await page.waitForFunction(() => document.querySelector('.canvas-host canvas') !== null, undefined, {
    timeout: 20_000,
  });
  const weeks: Week[] = [];
  for (let week = 1; week <= WEEKS; week++) {
    await page.evaluate(SETTLED);
    await page.evaluate(armWeek(week));
    await page.getByRole('button', { name: new RegExp(`^End week ${week}\\b`) }).click();
    const result = (await page.evaluate('window.__parleyWeek')) as { ms: number; longest: number; ended: boolean };
    weeks.push({ week, ms: result.ms, longest: result.longest });
    if (result.ended) break;
  }
  return weeks;
}

function run(): Promise<BenchResult> {
  return withBuiltApp(async ({ url, browser }) => {
    const weeks: Week[] = [];
    for (let game = 0; game < GAMES; game++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      await context.addInitScript(WATCH_LONG_TASKS);
      try {
        weeks.push(...(await playGame(await context.newPage(), url, game)));
      } finally {
        await context.close();
      }
    }
    const all = weeks.map((w) => w.ms);
    const first = weeks.filter((w) => w.week === 1).map((w) => w.ms);
    const goal = { higherIsBetter: false, target: END_WEEK_TARGET_MS, judged: 'p90' } as const;
    return {
      rows: [
        timingRow('end week: click → next week usable', all),
        timingRow('end week 1: click → week 2 usable', first),
        timingRow(
          'end week: longest task in the second after the click',
          weeks.map((w) => w.longest),
        ),
      ],
      figures: [
        figure('end week: click → next week usable', 'ms', all, goal),
        figure('end week 1: click → week 2 usable', 'ms', first, goal),
      ],
      notes: [
        `ukraine-2025, ${GAMES} games (each role in turn, seeds 1–${GAMES}), weeks 1–${WEEKS}, no orders; built app, headless Chromium, 1366×768, reduced motion; the click once the table has settled; until the frame after the next week's controls are there and not busy.`,
      ],
    };
  });
}

export const endWeekBench: Benchmark = { name: 'end week', run };

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = await run();
  for (const r of result.rows)
    process.stdout.write(
      `${r.name}: median ${r.median.toFixed(0)} ms (p10 ${r.p10.toFixed(0)}, p90 ${r.p90.toFixed(0)}, ${r.runs} runs)\n`,
    );
  for (const note of result.notes) process.stdout.write(`- ${note}\n`);
}
