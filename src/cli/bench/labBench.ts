/**
 * Games as the balance lab plays them, on one core, in this process: the
 * BalanceRunner every worker runs (docs/balance.md), ukraine-2025 compiled
 * once, each game played and summarised with the lab's own bookkeeping (zone
 * of agreement each week, scores, statistics). Two figures:
 *   - games per second with the default negotiator in every seat
 *     (target 5,000, floor 2,000);
 *   - milliseconds per game with the expert in one seat (Ukraine's) and the
 *     negotiator in the others; target 100 ms, a tenth of the 1 s an expert
 *     game took before this benchmark existed.
 * Each run is timed by the wall clock and by this thread's CPU time; the CPU
 * figure is the one to trust on a shared machine. LAB_BENCH_GAMES (default
 * 500) sets the games per run, LAB_BENCH_RUNS (default 5) the runs.
 */
import { readFileSync } from 'node:fs';
import { figure, type Benchmark, type BenchResult } from './benchmark';
import { envNumber } from './envNumber';
import { BalanceRunner, type BalancePlan } from '../../engine/authoring';

const FILE = 'scenarios/ukraine-2025.yaml';
export const LAB_GAMES_TARGET = 5000;
export const LAB_GAMES_FLOOR = 2000;
export const EXPERT_GAME_TARGET_MS = 100;

function plan(seats: readonly string[], games: number): BalancePlan {
  return {
    scenarioId: 'ukraine-2025',
    scenarioTitle: 'ukraine-2025',
    scenarioHash: 'bench',
    engineVersion: 'bench',
    seed: 1,
    games,
    sweep: null,
    cells: [{ id: 'bench', label: 'bench', kind: 'baseline', role: null, probe: null, seats }],
  };
}

/** Plays `runs` runs of `games` games after `warmup` untimed ones; per run, wall and CPU milliseconds per game. */
function timeRuns(seats: readonly string[], warmup: number, games: number, runs: number) {
  const source = readFileSync(FILE, 'utf8');
  const runner = new BalanceRunner(source, FILE, plan(seats, warmup + games * runs), 'negotiator');
  runner.run(0, warmup);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const from = warmup + r * games;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    runner.run(from, from + games);
    const used = process.cpuUsage(cpuStart);
    wall.push((performance.now() - start) / games);
    cpu.push((used.user + used.system) / 1000 / games);
  }
  return { wall, cpu };
}

function run(): BenchResult {
  const games = envNumber('LAB_BENCH_GAMES', 500);
  const runs = envNumber('LAB_BENCH_RUNS', 5);
  const negotiator = timeRuns(['negotiator', 'negotiator', 'negotiator', 'negotiator'], 200, games, runs);
  const expertGames = Math.max(2, Math.round(games / 100));
  const expert = timeRuns(['expert', 'negotiator', 'negotiator', 'negotiator'], 1, expertGames, Math.min(runs, 3));
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
      `${FILE}: ${runs} runs of ${games} games after 200 untimed; the expert: ${Math.min(runs, 3)} runs of ${expertGames} games.`,
    ],
  };
}

export const labBench: Benchmark = { name: 'lab', run };
