/**
 * Global setup for the `browser` Vitest project: finds Chromium or Chrome
 * (src/cli/findBrowser.ts) and stops the whole run at once with one line
 * saying how to get one when there is none; then builds the app into a
 * temporary directory (so a developer's dist/ is left alone), serves it with
 * `vite preview` on 127.0.0.1 and a free port, and hands the URL to tests
 * through `provide('baseURL')`. The returned teardown stops the server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../src/cli/findBrowser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built app served by `vite preview`, ending in '/'. */
    baseURL: string;
    /** The folder the app was built into, for tests that serve it themselves (the class server). */
    distDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Before the build, which takes seconds. Exiting here rather than throwing:
  // Vitest reports a thrown setup error with its stack and a dump of every
  // project's file patterns, which buries the one line that matters.
  const browser = findBrowser();
  if ('problem' in browser) {
    console.error(browser.problem);
    process.exit(1);
  }

  const outDir = await mkdtemp(join(tmpdir(), 'parley-browser-dist-'));
  const common = {
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn' as const,
    build: { outDir, emptyOutDir: true },
  };

  const started = performance.now();
  let server: PreviewServer | undefined;
  try {
    await build(common);
    server = await preview({ ...common, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const address = server.httpServer.address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') throw new Error('vite preview is not listening on a TCP port');
    const baseURL = `http://127.0.0.1:${address.port}/`;
    project.provide('baseURL', baseURL);
    project.provide('distDir', outDir);
    console.log(`[browser] built and serving ${baseURL} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    // Vitest skips the teardown when setup throws, so clean up here.
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }

  const running = server;
  return async () => {
    await running.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
