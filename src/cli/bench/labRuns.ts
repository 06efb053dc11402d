/**
 * The lab benchmark's timed runs, started as its own Node process from the
 * bundle the lab's workers run (src/cli/bundleForNode.ts), so that it times
 * the games as the lab plays them. It reads its request as JSON from
 * LAB_RUNS, prints {"wall": ms per game, "cpu": ms per game} per run as JSON.
 */
import { readFileSync } from 'node:fs';
import { BalanceRunner, type BalancePlan } from '../../engine/authoring';
import { useLabV8Flags } from '../balance/labV8Flags';

export interface LabRunsRequest {
  readonly file: string;
  readonly seats: readonly string[];
  readonly warmup: number;
  readonly games: number;
  readonly runs: number;
}

export interface LabRunsResult {
  readonly wall: readonly number[];
  readonly cpu: readonly number[];
}

function plan(seats: readonly string[], games: number): BalancePlan {
  return {
    scenarioId: 'bench',
    scenarioTitle: 'bench',
    scenarioHash: 'bench',
    engineVersion: 'bench',
    seed: 1,
    games,
    sweep: null,
    cells: [{ id: 'bench', label: 'bench', kind: 'baseline', role: null, probe: null, seats }],
  };
}

/** Plays `runs` runs of `games` games after `warmup` untimed ones; per run, wall and CPU milliseconds per game. */
function timeRuns({ file, seats, warmup, games, runs }: LabRunsRequest): LabRunsResult {
  const runner = new BalanceRunner(readFileSync(file, 'utf8'), file, plan(seats, warmup + games * runs), 'negotiator');
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

const request = process.env.LAB_RUNS;
if (request) {
  // The lab's flags, as its workers have them (src/cli/balance/pool.ts).
  useLabV8Flags();
  process.stdout.write(JSON.stringify(timeRuns(JSON.parse(request) as LabRunsRequest)));
}
