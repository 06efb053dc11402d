/**
 * Time to the first interactive screen: the built app (vite build into a
 * temporary folder, served by `vite preview` on 127.0.0.1) opened in headless
 * Chromium, each run in a fresh browser context (empty cache, like a first
 * visit). A run ends when the title screen's first button exists and can take
 * focus; the time is read in the page (performance.now(), from navigation
 * start). Target: 2 s. It drives the Chromium or Chrome the browser tests
 * find (../findBrowser.ts; CHROME_PATH picks one); without one the benchmark
 * is skipped with a note. Also: `npx tsx src/cli/bench/ttiBench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from '../findBrowser';
import { quantile, type Benchmark, type BenchResult } from './benchmark';

export const TTI_TARGET_MS = 2000;
const RUNS = 10;
const ROOT = resolve(import.meta.dirname, '../../..');

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

async function run(): Promise<BenchResult> {
  const found = findBrowser();
  if ('problem' in found) return { rows: [], notes: [`skipped: ${found.problem}`] };
  const outDir = await mkdtemp(join(tmpdir(), 'parley-tti-'));
  const common = {
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'silent' as const,
    build: { outDir, emptyOutDir: true },
  };
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS], headless: true });
  try {
    await build(common);
    server = await preview({ ...common, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const { port } = server.httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    const samples: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const ms = (await page.evaluate(FIRST_BUTTON_FOCUSABLE)) as number;
      await context.close();
      if (i > 0) samples.push(ms); // the first run warms the server and the browser process
    }
    samples.sort((a, b) => a - b);
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
      notes: [
        `built app served by vite preview, headless Chromium, fresh context per run (cold cache); from navigation start until the title's first button takes focus.`,
      ],
    };
  } finally {
    await browser.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

export const ttiBench: Benchmark = { name: 'time to interactive', run };

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = await run();
  for (const row of result.rows)
    process.stdout.write(
      `${row.name}: median ${row.median.toFixed(0)} ms (p10 ${row.p10.toFixed(0)}, p90 ${row.p90.toFixed(0)}, ${row.runs} runs; target ≤ ${TTI_TARGET_MS} ms)\n`,
    );
  for (const note of result.notes) process.stdout.write(`- ${note}\n`);
}
