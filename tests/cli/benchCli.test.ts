/**
 * `npm run bench` as a designer runs it: the lab benchmark times games in a
 * process started from the bundle the lab's workers run, and a BENCH_ONLY
 * that names no benchmark is an error that lists the real ones, not an empty
 * run that reports every target met.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForNode } from '../../src/cli/bundleForNode';
import { timeLabRuns } from '../../src/cli/bench/labBench';

const TSX = path.resolve('node_modules/.bin/tsx');

describe('npm run bench', () => {
  it('times lab games in a process started from the bundle, one figure per run', async () => {
    const bundle = await bundleForNode(new URL('../../src/cli/bench/labRuns.ts', import.meta.url));
    try {
      expect(bundle.url.pathname).toMatch(/\.cjs$/);
      const seats = ['negotiator', 'negotiator', 'negotiator', 'negotiator'];
      const result = await timeLabRuns(bundle.url, {
        file: 'scenarios/ukraine-2025.yaml',
        seats,
        warmup: 1,
        games: 3,
        runs: 2,
      });
      expect(result.wall).toHaveLength(2);
      expect(result.cpu).toHaveLength(2);
      for (const ms of [...result.wall, ...result.cpu]) expect(ms).toBeGreaterThan(0);
    } finally {
      await bundle.cleanup();
    }
  });

  it('refuses a BENCH_ONLY that names no benchmark, listing the ones there are', async () => {
    const run = await new Promise<{ code: number; stderr: string; stdout: string }>((resolve) => {
      execFile(
        TSX,
        ['src/cli/bench.ts'],
        { encoding: 'utf8', env: { ...process.env, BENCH_ONLY: 'lab,load' }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('BENCH_ONLY names no benchmark called "load"');
    expect(run.stderr).toContain('"scenario load"');
    // Nothing ran: no header, no table, no verdict.
    expect(run.stdout).toBe('');
  });
});
