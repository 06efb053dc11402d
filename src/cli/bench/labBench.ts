/**
 * Games as the balance lab plays them, on one core, in a Node process started
 * from the bundle the lab's workers start from (src/cli/bundleForNode.ts;
 * src/cli/bench/labRuns.ts times the runs there): the BalanceRunner every
 * worker runs (docs/balance.md), ukraine-2025 compiled
 * once, each game played and summarised with the lab's own bookkeeping (zone
 * of agreement each week, scores, statistics). Two figures:
 *   - games per second with the default negotiator in every seat
 *     (target 5,000, floor 2,000);
 *   - milliseconds per game with the expert in one seat (Ukraine's) and the
 *     negotiator in the others; target 100 ms, a tenth of the 1 s an expert
 *     game took before this benchmark existed.
 * Each run is timed by the wall clock and by that process's CPU time; the CPU
 * figure is the one to trust on a shared machine. LAB_BENCH_GAMES (default
 * 500) sets the games per run, LAB_BENCH_RUNS (default 5) the runs; the
 * expert plays min(runs, 3) runs of LAB_BENCH_GAMES / 25 games.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { figure, type Benchmark, type BenchResult } from './benchmark';
import { envNumber } from './envNumber';
import { bundleForNode } from '../bundleForNode';
import type { LabRunsRequest, LabRunsResult } from './labRuns';

const FILE = 'scenarios/ukraine-2025.yaml';
export const LAB_GAMES_TARGET = 5000;
export const LAB_GAMES_FLOOR = 2000;
export const EXPERT_GAME_TARGET_MS = 100;

/** Times runs in a Node process of their own, started from the bundle the lab's workers run. */
export async function timeLabRuns(entry: URL, request: LabRunsRequest): Promise<LabRunsResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(entry)], {
    env: { ...process.env, LAB_RUNS: JSON.stringify(request) },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as LabRunsResult;
}

async function run(): Promise<BenchResult> {
  const games = envNumber('LAB_BENCH_GAMES', 500);
  const runs = envNumber('LAB_BENCH_RUNS', 5);
  const expertGames = Math.max(2, Math.round(games / 25));
  const bundle = await bundleForNode(
    new URL(`./labRuns${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
  );
  try {
    const seats = (first: string) => [first, 'negotiator', 'negotiator', 'negotiator'];
    const negotiator = await timeLabRuns(bundle.url, {
      file: FILE,
      seats: seats('negotiator'),
      warmup: 200,
      games,
      runs,
    });
    const expert = await timeLabRuns(bundle.url, {
      file: FILE,
      seats: seats('expert'),
      warmup: 1,
      games: expertGames,
      runs: Math.min(runs, 3),
    });
    return results(negotiator, expert, games, runs, expertGames);
  } finally {
    await bundle.cleanup();
  }
}

function results(
  negotiator: LabRunsResult,
  expert: LabRunsResult,
  games: number,
  runs: number,
  expertGames: number,
): BenchResult {
  const perSecond = (msPerGame: readonly number[]) => msPerGame.map((ms) => 1000 / ms);
  const goal = { higherIsBetter: true, target: LAB_GAMES_TARGET, floor: LAB_GAMES_FLOOR };
  return {
    rows: [],
    figures: [
      figure('lab games/s, one core, negotiator everywhere (CPU time)', 'games/s', perSecond(negotiator.cpu), goal),
      figure('lab games/s, one core, negotiator everywhere (wall clock)', 'games/s', perSecond(negotiator.wall), goal),
      figure('expert game (Ukraine), one core (CPU time)', 'ms', expert.cpu, {
        higherIsBetter: false,
        target: EXPERT_GAME_TARGET_MS,
      }),
    ],
    notes: [
      `${FILE}: ${runs} runs of ${games} games after 200 untimed; the expert: ${Math.min(runs, 3)} runs of ${expertGames} games; in a process started from the lab's bundle.`,
    ],
  };
}

export const labBench: Benchmark = { name: 'lab', run };
