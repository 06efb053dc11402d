/**
 * The balance lab's workers (docs/balance.md): the default negotiator in every
 * seat of ukraine-2025, played by `npm run balance` as a designer runs it — a
 * real process, timed from run.json (games only, after the process and the
 * scenario are loaded) and by the wall clock (everything). Figures:
 *   - efficiency of 2 workers: their games per CPU-second over one worker's
 *     (target ≥ 90%: the second core adds as much as the first);
 *   - speed-up of 2 workers over one, by the wall clock (target ≥ 1.8× on an
 *     otherwise idle machine, a 1-minute load average below 0.5: the load
 *     when this benchmark begins is printed beside it);
 *   - 10,000 games on 2 workers, wall clock, start to finish (target ≤ 5 s);
 *   - flat memory: a 100,000-game run's resident memory over its last tenth
 *     of the games against its second tenth (medians of the samples taken at
 *     each progress report; the first tenth is the workers' start), near 1
 *     when memory does not grow with the games played (target ≤ 1.25×). Peak
 *     RSS, the 100,000-game run's and the 10,000-game runs', is in the notes:
 *     a single high sample, it moves with when V8 collects.
 * Medians over BALANCE_BENCH_RUNS runs (default 3). BALANCE_BENCH_GAMES
 * (default 20000: shorter runs weigh each worker's start and JIT warm-up, and
 * understate what a second worker adds; 4,000-game runs gave 1.16–1.56×)
 * sets the games of the worker runs, BALANCE_BENCH_BIG (default 10000) the
 * big run and BALANCE_BENCH_HUGE (default 100000) the memory run, played once.
 * Run it alone with `npx tsx src/cli/bench/balanceBench.ts`, or within
 * `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figure, quantile, verdict, type Benchmark, type BenchResult } from './benchmark';
import { envNumber } from './envNumber';
import { at } from '../../engine/authoring';

const SCENARIO = 'scenarios/ukraine-2025.yaml';
const CLI = resolve(fileURLToPath(new URL('../balance.ts', import.meta.url)));
export const EFFICIENCY_TARGET = 0.9;
export const SPEEDUP_TARGET = 1.8;
export const BIG_RUN_TARGET_S = 5;
export const FLAT_MEMORY_TARGET = 1.25;
/** The 1-minute load average below which the machine counts as idle, as the speed-up target asks. */
export const IDLE_LOAD = 0.5;

interface Timed {
  readonly wallMs: number;
  readonly gamesMs: number;
  readonly gamesPerSecond: number;
  readonly gamesPerCpuSecond: number;
  readonly maxRssMB: number;
  /** The median resident memory over each tenth of the games. */
  readonly rssMBByTenth: readonly number[];
}

/**
 * One `npm run balance` as a child process (the same Node and tsx hooks as this one): the baseline population
 * only (no probes, whatever the scenario's balance: block declares) and no targets (the bench judges speed).
 */
function balanceRun(games: number, workers: number): Timed {
  const out = mkdtempSync(join(tmpdir(), 'parley-balance-bench-'));
  const noTargets = join(out, 'no-targets.json');
  writeFileSync(noTargets, '{}');
  try {
    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        CLI,
        SCENARIO,
        '--games',
        String(games),
        '--workers',
        String(workers),
        '--seed',
        '1',
        '--probes',
        '',
        '--targets',
        noTargets,
        '--out',
        out,
        '--quiet',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const wallMs = performance.now() - start;
    if (child.status !== 0)
      throw new Error(
        `npm run balance exited with ${child.status ?? child.signal}: ${(child.error?.message || child.stderr || child.stdout).slice(0, 400)}`,
      );
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
      seconds: number;
      gamesPerSecond: number;
      gamesPerCpuSecond: number;
      maxRssMB: number;
      rssMBByTenth: number[];
    };
    return {
      wallMs,
      gamesMs: run.seconds * 1000,
      gamesPerSecond: run.gamesPerSecond,
      gamesPerCpuSecond: run.gamesPerCpuSecond,
      maxRssMB: run.maxRssMB,
      rssMBByTenth: run.rssMBByTenth,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: readonly number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

function run(): BenchResult {
  const runs = envNumber('BALANCE_BENCH_RUNS', 3);
  const games = envNumber('BALANCE_BENCH_GAMES', 20_000);
  const big = envNumber('BALANCE_BENCH_BIG', 10_000);
  const huge = envNumber('BALANCE_BENCH_HUGE', 100_000);
  const loadAtStart = loadavg()[0] ?? 0;
  const one: Timed[] = [];
  const two: Timed[] = [];
  const large: Timed[] = [];
  // Interleaved, so that a burst of load on a shared machine hits every configuration alike.
  for (let i = 0; i < runs; i++) {
    one.push(balanceRun(games, 1));
    two.push(balanceRun(games, 2));
    large.push(balanceRun(big, 2));
  }
  const memory = balanceRun(huge, 2);
  const pairs = one.map((t, i) => ({ one: t, two: at(two, i, 'two-worker run') }));
  const figures = [
    figure(
      '2 workers: efficiency (games per CPU-second, 2 workers / 1)',
      '%',
      pairs.map((p) => (100 * p.two.gamesPerCpuSecond) / p.one.gamesPerCpuSecond),
      { higherIsBetter: true, target: 100 * EFFICIENCY_TARGET },
    ),
    figure(
      '2 workers: speed-up (games/s, 2 workers / 1)',
      '×',
      pairs.map((p) => p.two.gamesPerSecond / p.one.gamesPerSecond),
      { higherIsBetter: true, target: SPEEDUP_TARGET },
    ),
    figure(
      `${big.toLocaleString('en')} games on 2 workers, wall clock`,
      's',
      large.map((t) => t.wallMs / 1000),
      { higherIsBetter: false, target: BIG_RUN_TARGET_S },
    ),
    figure(
      `resident memory, ${huge.toLocaleString('en')} games: last tenth / second (medians)`,
      '×',
      [at(memory.rssMBByTenth, 9, 'last tenth') / at(memory.rssMBByTenth, 1, 'second tenth')],
      { higherIsBetter: false, target: FLAT_MEMORY_TARGET },
    ),
  ];
  const list = (xs: readonly Timed[], f: (t: Timed) => number, digits = 0) =>
    xs.map((t) => f(t).toFixed(digits)).join(', ');
  const notes = [
    `${SCENARIO}, the default negotiator in every seat; ${availableParallelism()} CPU(s); worker runs of ${games.toLocaleString('en')} games.`,
    `The speed-up's target is for an otherwise idle machine (1-minute load average below ${IDLE_LOAD}); this benchmark began at ${loadAtStart.toFixed(2)}${loadAtStart < IDLE_LOAD ? '' : ', so the machine was not idle'}.`,
    `1 worker: ${list(one, (t) => t.gamesPerSecond)} games/s (${list(one, (t) => t.gamesPerCpuSecond)} per CPU-second); 2 workers: ${list(two, (t) => t.gamesPerSecond)} games/s (${list(two, (t) => t.gamesPerCpuSecond)} per CPU-second).`,
    `${big.toLocaleString('en')} games: wall ${list(large, (t) => t.wallMs / 1000, 1)} s, of which games ${list(large, (t) => t.gamesMs / 1000, 1)} s; peak RSS ${list(large, (t) => t.maxRssMB)} MB.`,
    `${huge.toLocaleString('en')} games: wall ${(memory.wallMs / 1000).toFixed(1)} s (${memory.gamesPerSecond.toFixed(0)} games/s), peak RSS ${memory.maxRssMB.toFixed(0)} MB (${(memory.maxRssMB / median(large.map((t) => t.maxRssMB))).toFixed(2)}× the ${big.toLocaleString('en')}-game runs' median); median resident memory by tenth of the games ${memory.rssMBByTenth.join(', ')} MB.`,
  ];
  return { rows: [], figures, notes };
}

export const balanceBench: Benchmark = { name: 'balance', run };

// Alone: `npx tsx src/cli/bench/balanceBench.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = run();
  for (const f of result.figures ?? [])
    process.stdout.write(`${f.name}: median ${f.median.toFixed(2)} ${f.unit} (target ${f.target}: ${verdict(f)})\n`);
  for (const n of result.notes) process.stdout.write(`- ${n}\n`);
}
