/**
 * The author's quick batch in the browser (docs/authoring.md, "Play it in the
 * browser"): the built app (./builtApp.ts) in headless Chromium, ukraine-2025
 * opened as a file, and the 1,000 games of its quick batch played in the
 * engine worker. Two timings per run, each in a fresh browser context: the
 * batch as the role screen reports it (from its first request to its last
 * answer), and from choosing the file to the batch's last line on the screen.
 * Target: the batch in ≤ 2 s. QUICK_BATCH_RUNS (default 3) sets the runs.
 */
import { resolve } from 'node:path';
import { figure, timingRow, type Benchmark, type BenchResult } from './benchmark';
import { withBuiltApp } from './builtApp';
import { envNumber } from './envNumber';

export const QUICK_BATCH_TARGET_MS = 2000;
const RUNS = envNumber('QUICK_BATCH_RUNS', 3);
const FILE = resolve(import.meta.dirname, '../../../scenarios/ukraine-2025.yaml');
/** The status line of a finished batch: "1,000 games in 1.8 s." */
const FINISHED = /^([\d,]+) games in (\d+(?:\.\d+)?) s\.$/;

function run(): Promise<BenchResult> {
  return withBuiltApp(async ({ url, browser }) => {
    const batch: number[] = [];
    const whole: number[] = [];
    let games = 0;
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      try {
        const page = await context.newPage();
        await page.goto(url);
        await page.getByRole('button', { name: 'Choose a scenario' }).click();
        await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
        const start = performance.now();
        await page.locator('input[type=file]').setInputFiles(FILE);
        const status = page.locator('.author-batch [role=status]');
        await status.filter({ hasText: FINISHED }).waitFor({ state: 'attached', timeout: 60_000 });
        whole.push(performance.now() - start);
        const match = FINISHED.exec((await status.textContent()) ?? '');
        games = Number(match?.[1]?.replaceAll(',', '') ?? 0);
        batch.push(Number(match?.[2] ?? Number.NaN) * 1000);
      } finally {
        await context.close();
      }
    }
    return {
      rows: [
        timingRow('quick batch in the browser (as the screen reports it)', batch),
        timingRow('quick batch: file chosen → last line on the screen', whole),
      ],
      figures: [
        figure('quick batch in the browser, 1,000 games of ukraine-2025', 'ms', batch, {
          higherIsBetter: false,
          target: QUICK_BATCH_TARGET_MS,
        }),
      ],
      notes: [
        `${RUNS} runs of ${games.toLocaleString('en-GB')} games of ukraine-2025 opened as a file; built app, headless Chromium, engine worker; the screen reports the batch to a tenth of a second.`,
      ],
    };
  });
}

export const quickBatchBench: Benchmark = { name: 'quick batch', run };
