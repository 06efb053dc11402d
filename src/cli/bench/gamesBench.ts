/**
 * Full games of ukraine-2025 on one core, every seat the same policy: simple
 * policies (the engine's own cost) and the default negotiator (the AI's
 * cost), plus the median time of one week's resolution with the orders those
 * games really gave: where a game's time goes. The throughput target is the
 * lab's (labBench.ts), which includes the lab's bookkeeping. Seeds vary per
 * run; the scenario is compiled once.
 */
import { readFileSync } from 'node:fs';
import { measure, type Benchmark, type BenchResult, type BenchRow } from './benchmark';
import {
  at,
  resolveWeek,
  POLICIES,
  newCompiledGame,
  playCompiledUntil,
  publicScenarioOf,
  createGame,
  type CompiledScenario,
  loadCompiledScenario,
  type Action,
  type GameState,
} from '../../engine/authoring';

const FILE = 'scenarios/ukraine-2025.yaml';

function run(): BenchResult {
  const loaded = loadCompiledScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!loaded.ok) throw new Error(`${FILE} does not load`);
  const scenario = loaded.scenario;
  const game = (policy: string) => {
    let seed = 0;
    return () => {
      seed++;
      return playEveryone(scenario, policy, seed).state.week;
    };
  };
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const policy of ['greedy', 'conceder', 'negotiator']) {
    const row = measure(`one game, every seat ${policy}`, game(policy), { warmup: 30, runs: 300 });
    rows.push(row);
    notes.push(`${policy}: ${Math.round(1000 / row.median).toLocaleString('en')} games/s on one core (median).`);
  }
  // Weeks as they really happen: record (state, orders) pairs from negotiator games, then time resolveWeek alone.
  const weeks: { state: GameState; orders: Action[] }[] = [];
  for (let seed = 1; weeks.length < 200; seed++) {
    const played = playEveryone(scenario, 'negotiator', seed);
    let replayState = createGame(scenario, seed).state;
    for (let w = 1; !replayState.ended; w++) {
      const orders = played.log.filter((a) => a.week === w).map((a) => a.action);
      weeks.push({ state: replayState, orders });
      replayState = resolveWeek(scenario, replayState, orders).state;
    }
  }
  let k = 0;
  rows.push(
    measure(
      'one week resolved (engine only)',
      () => {
        const w = at(weeks, k++ % weeks.length, 'week');
        return resolveWeek(scenario, w.state, w.orders);
      },
      { warmup: 200, runs: 2000 },
    ),
  );
  return { rows, notes };
}

/** A whole game with `policy` in every seat. */
function playEveryone(scenario: CompiledScenario, policy: string, seed: number) {
  const factory = POLICIES.get(policy);
  if (!factory) throw new Error(`no policy ${policy}`);
  const pub = publicScenarioOf(scenario);
  const seats = scenario.actors.map((a) => factory({ scenario: pub, actor: a.index, seed }));
  return playCompiledUntil(scenario, newCompiledGame(scenario, seed, seats), seats);
}

export const gamesBench: Benchmark = { name: 'games', run };
