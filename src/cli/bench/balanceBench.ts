/**
 * The balance lab's speed (docs/balance.md): the default negotiator in every
 * seat of ukraine-2025, played by `npm run balance` as a designer runs it —
 * a real process, timed from run.json (games only, after the process and the
 * scenario are loaded) and by the wall clock (everything).
 *   - games/s on one core: in-process (--workers 0), and games per CPU-second
 *     of the big run (robust when the machine is shared);
 *   - 2 workers against 1: the ratio of their games/s (target ≥ 1.6);
 *   - 10,000 games with a worker per core: wall time (target ≤ 10 s on 2 cores);
 *   - peak memory (max RSS) of the 10,000-game run.
 * Medians over BALANCE_BENCH_RUNS runs (default 3). BALANCE_BENCH_GAMES
 * (default 2000: fewer would time the JIT's warm-up and the workers' start) sets the games of the per-core and worker runs, and
 * BALANCE_BENCH_BIG (default 10000) the big run. Run it alone with
 * `npx tsx src/cli/bench/balanceBench.ts`, or within `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantile, type Benchmark, type BenchResult, type BenchRow } from './benchmark';
import { at } from '../../engine/authoring';

const SCENARIO = 'scenarios/ukraine-2025.yaml';
const CLI = resolve(fileURLToPath(new URL('../balance.ts', import.meta.url)));
export const GAMES_PER_SECOND_TARGET = 1000;
export const WORKER_RATIO_TARGET = 1.6;
export const BIG_RUN_TARGET_MS = 10_000;

const envNumber = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

interface Timed {
  readonly wallMs: number;
  readonly gamesMs: number;
  readonly gamesPerSecond: number;
  readonly gamesPerCpuSecond: number;
  readonly maxRssMB: number;
}

/** One `npm run balance` as a child process (the same Node and tsx hooks as this one). */
function balanceRun(games: number, workers: number): Timed {
  const out = mkdtempSync(join(tmpdir(), 'parley-balance-bench-'));
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
        '--out',
        out,
        '--quiet',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const wallMs = performance.now() - start;
    if (child.status !== 0)
      throw new Error(`npm run balance exited with ${child.status}: ${(child.stderr || child.stdout).slice(0, 400)}`);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
      seconds: number;
      gamesPerSecond: number;
      gamesPerCpuSecond: number;
      maxRssMB: number;
    };
    return {
      wallMs,
      gamesMs: run.seconds * 1000,
      gamesPerSecond: run.gamesPerSecond,
      gamesPerCpuSecond: run.gamesPerCpuSecond,
      maxRssMB: run.maxRssMB,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function row(name: string, samples: readonly number[], targetMs?: number): BenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    ...(targetMs === undefined ? {} : { targetMs }),
  };
}

const median = (xs: readonly number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

function run(): BenchResult {
  const runs = envNumber('BALANCE_BENCH_RUNS', 3);
  const games = envNumber('BALANCE_BENCH_GAMES', 2000);
  const big = envNumber('BALANCE_BENCH_BIG', 10_000);
  const cores = availableParallelism();
  const inProcess: Timed[] = [];
  const one: Timed[] = [];
  const two: Timed[] = [];
  const large: Timed[] = [];
  // Interleaved, so that a burst of load on a shared machine hits every configuration alike.
  for (let i = 0; i < runs; i++) {
    inProcess.push(balanceRun(games, 0));
    one.push(balanceRun(games, 1));
    two.push(balanceRun(games, 2));
    large.push(balanceRun(big, cores));
  }
  const perCore = median(inProcess.map((t) => t.gamesPerSecond));
  const perCpu = median(large.map((t) => t.gamesPerCpuSecond));
  const ratio = median(one.map((t, i) => at(two, i, 'two-worker run').gamesPerSecond / t.gamesPerSecond));
  const rows = [
    row(
      `balance ${games} games, in-process (1 core), games only`,
      inProcess.map((t) => t.gamesMs),
    ),
    row(
      `balance ${games} games, 1 worker, games only`,
      one.map((t) => t.gamesMs),
    ),
    row(
      `balance ${games} games, 2 workers, games only`,
      two.map((t) => t.gamesMs),
    ),
    row(
      `balance ${big.toLocaleString('en')} games, ${cores} worker(s), wall`,
      large.map((t) => t.wallMs),
      big === 10_000 ? BIG_RUN_TARGET_MS : undefined,
    ),
  ];
  const notes = [
    `${SCENARIO}, the default negotiator in every seat; ${cores} CPU(s).`,
    `games/s per core (in-process, wall clock): median ${perCore.toFixed(0)} (target ≥ ${GAMES_PER_SECOND_TARGET}: ${perCore >= GAMES_PER_SECOND_TARGET ? 'met' : 'MISSED'}); runs ${inProcess.map((t) => t.gamesPerSecond.toFixed(0)).join(', ')}.`,
    `games per CPU-second (the speed per core whatever else the machine runs; the ${big.toLocaleString('en')}-game runs, all threads): median ${perCpu.toFixed(0)}; runs ${large.map((t) => t.gamesPerCpuSecond.toFixed(0)).join(', ')}.`,
    `2 workers / 1 worker (games/s): median ${ratio.toFixed(2)}× (target ≥ ${WORKER_RATIO_TARGET}×: ${ratio >= WORKER_RATIO_TARGET ? 'met' : 'MISSED'}); 1 worker ${one.map((t) => t.gamesPerSecond.toFixed(0)).join(', ')} games/s, 2 workers ${two.map((t) => t.gamesPerSecond.toFixed(0)).join(', ')}; per CPU-second ${median(one.map((t) => t.gamesPerCpuSecond)).toFixed(0)} and ${median(two.map((t) => t.gamesPerCpuSecond)).toFixed(0)} (equal figures: the workers scale; a low ratio then means the cores were busy elsewhere).`,
    `${big.toLocaleString('en')} games on ${cores} worker(s): median wall ${(median(large.map((t) => t.wallMs)) / 1000).toFixed(1)} s, of which games ${(median(large.map((t) => t.gamesMs)) / 1000).toFixed(1)} s (${median(large.map((t) => t.gamesPerSecond)).toFixed(0)} games/s); peak RSS ${median(large.map((t) => t.maxRssMB)).toFixed(0)} MB (${median(inProcess.map((t) => t.maxRssMB)).toFixed(0)} MB for ${games} games in-process).`,
  ];
  return { rows, notes };
}

export const balanceBench: Benchmark = { name: 'balance', run };

// Alone: `npx tsx src/cli/bench/balanceBench.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = run();
  for (const r of result.rows)
    process.stdout.write(
      `${r.name.padEnd(58)} median ${r.median.toFixed(0).padStart(7)} ms  p10 ${r.p10.toFixed(0).padStart(7)}  p90 ${r.p90.toFixed(0).padStart(7)}  (${r.runs} runs)${r.targetMs === undefined ? '' : `  target ≤ ${r.targetMs} ms: ${r.median <= r.targetMs ? 'met' : 'MISSED'}`}\n`,
    );
  for (const n of result.notes) process.stdout.write(`- ${n}\n`);
}
