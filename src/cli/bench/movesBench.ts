/**
 * The debrief's moves that mattered (docs/model.md §9): the whole analysis of
 * a 10-week ukraine-2025 game for the student's seat — every week, both
 * branches played to their ending — timed per game. Target ≤ 1 s, the wait a
 * student may have before the debrief lists its weeks. The games are played
 * here, a student in one seat (the seat turns from game to game) who turns
 * down what it is sent for four weeks and then takes it, and proposes its
 * adviser's package every other week; only games that run all ten weeks are
 * timed, each run the next of them.
 */
import { readFileSync } from 'node:fs';
import { measure, type Benchmark, type BenchResult } from './benchmark';
import {
  advise,
  at,
  DEFAULT_POLICY,
  HUMAN,
  movesThatMattered,
  newGame,
  playWeek,
  publicScenario,
  recordGame,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  type Action,
  type ActorIndex,
  type GameRecord,
  type Scenario,
} from '../../engine/index';
import { loadScenario } from '../../engine/loader';

const FILE = 'scenarios/ukraine-2025.yaml';
const WEEKS = 10;
const GAMES = 5;
export const MOVES_TARGET_MS = 1000;

function studentGame(scenario: Scenario, seed: number, seat: ActorIndex): GameRecord {
  const seats = Object.fromEntries(
    publicScenario(scenario).actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]),
  );
  const made = seatPolicies(scenario, seats, seed);
  if (!made.ok) throw new Error(`no policy for ${made.unknown}`);
  let game = newGame(scenario, seed, made.policies);
  while (!game.state.ended) {
    const week = game.state.week;
    const view = seatViewOf(scenario, game, seat);
    const orders: Action[] = view.toAnswer.map((p) => ({
      type: week < 5 ? 'reject' : 'accept',
      actor: seat,
      package: p.id,
    }));
    const advice = advise(view, seatLogOf(game, seat).events);
    if (week % 2 === 0 && !('none' in advice)) orders.push({ type: 'propose', actor: seat, clauses: advice.clauses });
    game = playWeek(scenario, game, made.policies, orders);
  }
  return recordGame(scenario, game, { seed, seats });
}

function run(): BenchResult {
  const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!loaded.ok) throw new Error(`${FILE} does not load`);
  const scenario = loaded.scenario;
  const actors = publicScenario(scenario).actors;
  const games: { record: GameRecord; seat: ActorIndex }[] = [];
  for (let seed = 1; games.length < GAMES && seed < 200; seed++) {
    const seat = at(actors, seed % actors.length, 'actor').index;
    const record = studentGame(scenario, seed, seat);
    if (record.weeks === WEEKS) games.push({ record, seat });
  }
  if (games.length === 0) throw new Error(`no game of ${WEEKS} weeks was played`);
  let k = 0;
  const row = measure(
    `moves that mattered, a ${WEEKS}-week game (every week, both branches)`,
    () => {
      const { record, seat } = at(games, k++ % games.length, 'game');
      return movesThatMattered(scenario, record, seat);
    },
    { warmup: 3, runs: 15 },
    MOVES_TARGET_MS,
  );
  return {
    rows: [row],
    notes: [`${games.length} games of ${WEEKS} weeks, a student in a different seat in each.`],
  };
}

export const movesBench: Benchmark = { name: 'moves', run };
