/**
 * The first screen: the built app (./builtApp.ts) opened in headless
 * Chromium ten times, each in a fresh browser context (empty cache, like a
 * first visit). A run ends when the title screen's first button exists and
 * can take focus; the time is read in the page (performance.now(), from
 * navigation start). Target: 1 s median. Also measured: the app JavaScript
 * the page fetched before that moment, gzipped as a server sends it (target
 * 80 kB: no YAML parser, no schema library, no Phaser). Also:
 * `npx tsx src/cli/bench/ttiBench.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, quantile, type Benchmark, type BenchResult } from './benchmark';
import { withBuiltApp } from './builtApp';

export const TTI_TARGET_MS = 1000;
export const FIRST_LOAD_TARGET_KB = 80;
const RUNS = 10;

/**
 * Evaluated in the page: resolves with performance.now() when the title's
 * first button can take focus. A string, so the bundler's helpers never leak
 * into the page.
 */
const FIRST_BUTTON_FOCUSABLE = `new Promise((done) => {
  const check = () => {
    const button = document.querySelector('main button');
    if (!button) return false;
    button.focus();
    if (document.activeElement !== button) return false;
    done(performance.now());
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})`;

function run(): Promise<BenchResult> {
  return withBuiltApp(async ({ url, outDir, browser }) => {
    const samples: number[] = [];
    const scripts = new Set<string>();
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.goto(url, { waitUntil: 'commit' });
      const ms = (await page.evaluate(FIRST_BUTTON_FOCUSABLE)) as number;
      await context.close();
      if (i > 0) samples.push(ms); // the first run warms the server and the browser process
    }
    samples.sort((a, b) => a - b);
    const files = [...scripts].sort();
    const kB =
      files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0) / 1000;
    return {
      rows: [
        {
          name: 'first interactive screen (title)',
          runs: samples.length,
          median: quantile(samples, 0.5),
          p10: quantile(samples, 0.1),
          p90: quantile(samples, 0.9),
          targetMs: TTI_TARGET_MS,
        },
      ],
      figures: [
        figure('first load: app JavaScript, gzip', 'kB', [kB], { higherIsBetter: false, target: FIRST_LOAD_TARGET_KB }),
      ],
      notes: [
        `built app served by vite preview, headless Chromium, fresh context per run (cold cache); from navigation start until the title's first button takes focus.`,
        `first load: the scripts fetched before then (${files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}), gzip -9.`,
      ],
    };
  });
}

export const ttiBench: Benchmark = { name: 'time to interactive', run };

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = await run();
  for (const row of result.rows)
    process.stdout.write(
      `${row.name}: median ${row.median.toFixed(0)} ms (p10 ${row.p10.toFixed(0)}, p90 ${row.p90.toFixed(0)}, ${row.runs} runs; target ≤ ${TTI_TARGET_MS} ms)\n`,
    );
  for (const f of result.figures ?? [])
    process.stdout.write(`${f.name}: ${f.median.toFixed(1)} ${f.unit} (target ≤ ${f.target} ${f.unit})\n`);
  for (const note of result.notes) process.stdout.write(`- ${note}\n`);
}
