/**
 * `npm run sim` as a user runs it: a real process through tsx. The same
 * arguments print the same bytes; --json is machine-readable; --until stops
 * early; a saved game replays to the same state; bad arguments exit 2 with a
 * plain message, never a stack trace. Processes run concurrently (each pays
 * tsx's start-up).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCENARIO = 'scenarios/ukraine-2025.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'parley-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sim(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['src/cli/sim.ts', ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 110_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const stateLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('state '));
const noStackTrace = (run: Run) => expect(run.stderr + run.stdout).not.toMatch(/^ {4}at /m);

// Each process pays tsx's start-up (about 1.5 s of CPU), more on a busy machine.
describe.concurrent('npm run sim', { timeout: 120_000 }, () => {
  it('prints the same bytes for the same seed, with the ending and the results; a saved game replays to the same state', async () => {
    const file = path.join(dir, 'game.json');
    const [a, b] = await Promise.all([sim(SCENARIO, '--seed', '1'), sim(SCENARIO, '--seed', '1', '--save', file)]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    // Saving changes nothing in the story.
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/^ {2}The talks are over in week \d+: /m);
    // The story reads as the log does: packages by name, trust changes with their cause, no ranges of weights.
    expect(a.stdout).toMatch(/^ {2}Signed: .*offer of week \d+ \(/m);
    expect(a.stdout).not.toMatch(/\bw\d+-[a-z]+-\d+\b/);
    expect(a.stdout).toMatch(/^ {2}\S.* trust in .* (rose|fell) from [\d.]+ to [\d.]+: .+\.$/m);
    expect(a.stdout).not.toMatch(/\d–\d+(\.\d+)?%/);
    expect(a.stdout).toContain('Results');
    expect(stateLine(a.stdout)).toMatch(/^state [0-9a-f]{16} · record [0-9a-f]{16}$/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'parley-game',
      scenarioId: 'ukraine-2025',
      seed: 1,
    });
    const replayed = await sim(SCENARIO, '--replay', file);
    expect(replayed.code).toBe(0);
    expect(stateLine(replayed.stdout)).toBe(stateLine(a.stdout));
  });

  it('prints JSON with --json', async () => {
    const run = await sim(SCENARIO, '--seed', '2', '--json', '--seats', 'ukraine=hardliner,russia=random');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toHaveProperty('events');
    expect(out).toHaveProperty('ended');
    expect(out).toHaveProperty('results');
    expect(out).toHaveProperty('record');
    expect((out.events as { text: string }[]).length).toBeGreaterThan(0);
    expect((out.events as { text: string }[]).every((e) => typeof e.text === 'string')).toBe(true);
    expect(out.ended).toMatchObject({ early: expect.any(Boolean), week: expect.any(Number) });
    expect(Object.keys(out.results as object).sort()).toEqual(['europe', 'russia', 'ukraine', 'usa']);
    expect(out.record).toMatchObject({
      format: 'parley-game',
      scenarioId: 'ukraine-2025',
      seed: 2,
      seats: { ukraine: 'hardliner', russia: 'random' },
    });
  });

  it('stops before week 4 with --until 3', async () => {
    const run = await sim(SCENARIO, '--seed', '1', '--until', '3');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stopped before week 4');
    expect(run.stdout).not.toContain('The talks are over');
    expect(run.stdout).not.toContain('— Week 5 of');
  });

  it.each([
    ['an unknown policy', [SCENARIO, '--seats', 'ukraine=oracle'], /no policy "oracle"/],
    ['--from without --replay', [SCENARIO, '--from', '3'], /--from needs --replay/],
  ])('exits 2 with a message and no stack trace on %s', async (_what, args, message) => {
    const run = await sim(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    noStackTrace(run);
  });
});
