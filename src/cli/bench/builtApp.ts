/**
 * The built app for the browser benchmarks: `vite build` into a temporary
 * folder, served by `vite preview` on 127.0.0.1, and the Chromium or Chrome
 * the browser tests find (../findBrowser.ts; CHROME_PATH picks one). `use`
 * gets the app's URL, its folder and the browser; everything is removed
 * after. Without a browser, the benchmark is skipped with a note.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from '../findBrowser';
import type { BenchResult } from './benchmark';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface BuiltApp {
  readonly url: string;
  readonly outDir: string;
  readonly browser: Browser;
}

export async function withBuiltApp(use: (app: BuiltApp) => Promise<BenchResult>): Promise<BenchResult> {
  const found = findBrowser();
  if ('problem' in found) return { rows: [], notes: [`skipped: ${found.problem}`] };
  const outDir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
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
    return await use({ url: `http://127.0.0.1:${port}/`, outDir, browser });
  } finally {
    await browser.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
