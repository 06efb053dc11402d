/**
 * `npm run balance` as a designer (or CI) meets it: real processes, real
 * files. Results never depend on the number of workers or shards: 1 and 2
 * worker threads, and two shards merged, give byte-identical summary.json,
 * games.jsonl and state.json. Targets gate CI with exit code 2.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balance } from '../../src/cli/balance';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/cli/balance.ts');
const FIXTURE = resolve('tests/fixtures/minimal.yaml');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** In-process: the command's own function with its output captured (worker threads are real threads). */
async function run(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await balance(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/** As a process: exit codes and streams as a shell sees them. */
function spawn(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

let root: string;
const runs: Record<string, Run> = {};
const out = (name: string) => join(root, name);
const read = (name: string, file: string) => readFileSync(join(out(name), file), 'utf8');
// 2 populations × 3 sweep steps × 20 games = 120 games per full run.
const COMMON = [
  FIXTURE,
  '--games',
  '20',
  '--seed',
  '5',
  '--sweep',
  'war_cost=0..4:3',
  '--probes',
  'never-accept',
  '--roles',
  'north',
  '--quiet',
];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parley-balance-'));
  writeFileSync(join(root, 'strict.json'), JSON.stringify({ good_rate: { north: [0.5, 1] }, endings_reached_min: 3 }));
  writeFileSync(join(root, 'loose.json'), JSON.stringify({ agreement_rate: [0, 1], endings_reached_min: 1 }));
  writeFileSync(join(root, 'bad.json'), JSON.stringify({ good_rate: { nobody: [0, 1] }, speed: 3 }));
  writeFileSync(join(root, 'none.json'), JSON.stringify({}));
  const jobs: Record<string, readonly string[]> = {
    one: [...COMMON, '--workers', '1', '--out', out('one')],
    two: [...COMMON, '--workers', '2', '--out', out('two')],
    shard0: [...COMMON, '--workers', '0', '--shard', '0/2', '--out', out('shard0')],
    shard1: [...COMMON, '--workers', '0', '--shard', '1/2', '--out', out('shard1')],
    strict: [
      'spawn',
      FIXTURE,
      '--games',
      '10',
      '--workers',
      '0',
      '--quiet',
      '--targets',
      join(root, 'strict.json'),
      '--out',
      out('strict'),
    ],
    loose: [
      FIXTURE,
      '--games',
      '10',
      '--workers',
      '0',
      '--quiet',
      '--targets',
      join(root, 'loose.json'),
      '--out',
      out('loose'),
    ],
    badTargets: [FIXTURE, '--games', '10', '--workers', '0', '--targets', join(root, 'bad.json'), '--out', out('bad')],
    // A scenario whose games sign packages, its balance block's targets replaced by none.
    signed: [
      resolve('scenarios/ukraine-2025.yaml'),
      '--games',
      '8',
      '--probes',
      'never-accept',
      '--roles',
      'usa',
      '--workers',
      '0',
      '--targets',
      join(root, 'none.json'),
      '--quiet',
      '--out',
      out('signed'),
    ],
    badSeats: [FIXTURE, '--seats', 'north=telepath', '--out', out('bad')],
    badSweep: [FIXTURE, '--sweep', 'nothing=1..2:2', '--out', out('bad')],
  };
  // One at a time in this process (the strict run as a real process, for its exit code).
  const started = Object.entries(jobs)
    .filter(([, args]) => args[0] === 'spawn')
    .map(async ([name, args]) => {
      runs[name] = await spawn(args.slice(1));
    });
  for (const [name, args] of Object.entries(jobs)) if (args[0] !== 'spawn') runs[name] = await run(args);
  await Promise.all(started);
  runs.merge = await run(['merge', out('shard1'), out('shard0'), '--out', out('merged')]);
  runs.mergeTwice = await run(['merge', out('shard0'), out('shard0'), '--out', out('bad')]);
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run balance', () => {
  it('runs and prints a summary table', () => {
    expect(runs.one!.stderr).toBe('');
    expect(runs.one!.code).toBe(0);
    expect(runs.one!.stdout).toContain('good outcome (95%)');
    expect(runs.one!.stdout).toContain('war_cost = 2');
    const summary = JSON.parse(read('one', 'summary.json'));
    expect(summary.steps).toHaveLength(3);
    expect(summary.steps[0].populations.map((p: { id: string }) => p.id)).toEqual(['baseline', 'north:never-accept']);
    expect(summary.run.gamesPlayed).toBe(120);
    expect(summary.run.complete).toBe(true);
    expect(read('one', 'games.jsonl').trim().split('\n')).toHaveLength(120);
    for (const file of [
      'report.html',
      'roles.csv',
      'endings.csv',
      'options.csv',
      'events.csv',
      'actions.csv',
      'weeks.csv',
      'flags.csv',
      'populations.csv',
      'state.json',
    ]) {
      expect(read('one', file).length).toBeGreaterThan(0);
    }
    // The run's memory: its peak, and the median over each tenth of its games that reported progress (what
    // the benchmark of flat memory compares), none above the peak.
    const run = JSON.parse(read('one', 'run.json'));
    expect(run.games).toBe(120);
    expect(run.rssMBByTenth).toHaveLength(10);
    const sampled = run.rssMBByTenth.filter((mb: number | null) => mb !== null);
    expect(sampled.length).toBeGreaterThan(0);
    for (const mb of sampled) expect(mb).toBeGreaterThan(0);
    for (const mb of sampled) expect(mb).toBeLessThanOrEqual(run.maxRssMB + 1);
  });

  it('records every signed package of every game, with who made it and what it set', () => {
    interface Line {
      population: string;
      week: number;
      deals: number;
      dealWeeks: number[];
      settled: Record<string, string>;
      signed: { id: string; week: number; proposer: string; counter: boolean; terms: Record<string, string> }[];
    }
    expect(runs.signed!.code).toBe(0);
    const lines: Line[] = read('signed', 'games.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(16);
    const packages = lines.flatMap((l) => l.signed);
    // Seeded games: enough packages, counters and first offers among them, for the checks below to mean something.
    expect(packages.length).toBeGreaterThan(8);
    expect(packages.some((p) => p.counter)).toBe(true);
    expect(packages.some((p) => !p.counter)).toBe(true);
    // The levers the United States signs: where it never accepts, only its own packages can set them.
    const american = ['minerals', 'security', 'sanctions', 'seat'];
    let americanChecked = 0;
    for (const line of lines) {
      expect(line.signed).toHaveLength(line.deals);
      expect(line.signed.map((p) => p.week)).toEqual(line.dealWeeks);
      for (const p of line.signed) {
        expect(['ukraine', 'russia', 'usa', 'europe']).toContain(p.proposer);
        // Answered the week after it was made, which the id names.
        expect(p.id.startsWith(`w${p.week - 1}-${p.proposer}-`)).toBe(true);
        expect(p.week).toBeLessThanOrEqual(line.week);
        if (line.population === 'usa:never-accept' && Object.keys(p.terms).some((l) => american.includes(l))) {
          expect(p.proposer).toBe('usa');
          americanChecked++;
        }
      }
      // Each signed package settles all its levers; a later one (a step a lever leads to) overrides an earlier.
      expect(Object.assign({}, ...line.signed.map((p) => p.terms))).toEqual(line.settled);
    }
    expect(americanChecked).toBeGreaterThan(0);
  });

  it('1 and 2 worker threads give byte-identical results', () => {
    expect(runs.two!.code).toBe(0);
    for (const file of ['summary.json', 'games.jsonl', 'state.json', 'roles.csv'])
      expect(read('two', file)).toBe(read('one', file));
  });

  it('two shards merged (given in any order) equal one run', () => {
    expect(runs.shard0!.code).toBe(0);
    expect(runs.shard0!.stdout).toContain('Partial: 60 games');
    expect(runs.merge!.stderr).toBe('');
    expect(runs.merge!.code).toBe(0);
    for (const file of ['summary.json', 'games.jsonl', 'state.json', 'roles.csv', 'report.html'])
      expect(read('merged', file)).toBe(read('one', file));
  });

  it('refuses to merge a shard with itself', () => {
    expect(runs.mergeTwice!.code).toBe(1);
    expect(runs.mergeTwice!.stderr).toContain('overlap');
  });

  it('exits 2 when a target is violated, 0 when all are met', () => {
    expect(runs.strict!.code).toBe(2);
    expect(runs.strict!.stdout).toMatch(/Targets: \d of 2 violated/);
    expect(runs.strict!.stdout).toContain('good_rate.north');
    expect(read('strict', 'targets.csv')).toContain('good_rate.north');
    expect(runs.loose!.code).toBe(0);
    expect(runs.loose!.stdout).toContain('Targets: all 2 met.');
  });

  it('explains bad input with exit 1 and no stack trace', () => {
    for (const name of ['badTargets', 'badSeats', 'badSweep']) {
      expect(runs[name]!.code).toBe(1);
      expect(runs[name]!.stderr).not.toMatch(/^\s+at /m);
    }
    expect(runs.badTargets!.stderr).toContain('unknown target "speed"');
    expect(runs.badTargets!.stderr).toContain('no actor "nobody"');
    expect(runs.badSeats!.stderr).toContain('no policy or probe "telepath"');
    expect(runs.badSweep!.stderr).toContain('no param "nothing"');
  });
});
