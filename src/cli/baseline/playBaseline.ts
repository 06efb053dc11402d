/**
 * Plays the baseline's games through the engine and projects each one
 * (projectGame.ts): 1,000 games with the default negotiator in every seat
 * and 200 with mixed seats, seeds from the balance lab's gameSeed.
 */
import { projectOrder, type GameProjection, type WeekProjection } from './projectGame';
import {
  at,
  gameSeed,
  POLICIES,
  newCompiledGame,
  playCompiledWeek,
  publicScenarioOf,
  canonicalJson,
  hashText,
  type CompiledScenario,
  type GameState,
  type PlayedOrder,
} from '../../engine/authoring';

/** The bundled scenarios whose games the baseline holds. */
export const BASELINE_SCENARIOS = ['ukraine-2025', 'cuba-1962', 'tutorial'] as const;
export const DEFAULT_GAMES = 1000;
export const MIXED_GAMES = 200;
const MIXED = ['random', 'hawk', 'dove', 'greedy'] as const;

/** The seats of game `index` of a population: every seat the default, or a rotation of the mixed policies. */
export function seatsOf(population: 'default' | 'mixed', index: number, actors: number): string[] {
  return Array.from({ length: actors }, (_, a) =>
    population === 'default' ? 'negotiator' : at(MIXED, (index + a) % MIXED.length, 'mixed policy'),
  );
}

export function projectBaselineGame(
  scenario: CompiledScenario,
  seed: number,
  seats: readonly string[],
  onWeek?: WeekHook,
): GameProjection {
  const factories = seats.map((id) => {
    const factory = POLICIES.get(id);
    if (!factory) throw new Error(`no policy ${id}`);
    return factory;
  });
  const pub = publicScenarioOf(scenario);
  const policies = factories.map((factory, i) =>
    factory({ scenario: pub, actor: at(scenario.actors, i, 'actor').index, seed }),
  );
  let game = newCompiledGame(scenario, seed, policies);
  const weeks: WeekProjection[] = [];
  while (!game.state.ended) {
    const week = game.state.week;
    const before = game.log.length;
    const leversBefore = game.state.levers;
    const state = game.state;
    game = playCompiledWeek(scenario, game, policies);
    onWeek?.(state, game.log.slice(before));
    weeks.push({
      week,
      orders: game.log.slice(before).map((r) => projectOrder(r.action as never)),
      // Newly signed levers, and signed ones moved on from an interim option (docs/model.md §3.2).
      settled: game.state.levers.flatMap((l, i) => {
        const was = at(leversBefore, i, 'lever');
        if (!l.settled || (was.settled && was.option === l.option)) return [];
        const lever = at(scenario.levers, i, 'lever');
        return [`${lever.id}=${at(lever.options, l.option, 'option').id}`];
      }),
      values: [...game.state.values],
    });
  }
  const end = game.state.ended;
  const ending = at(scenario.endings, end.ending, 'ending').id;
  return { seed, seats, weeks, ending, endWeek: end.week, early: end.early };
}

/** Sees each week's state before resolution and the orders played in it. */
export type WeekHook = (before: GameState, orders: readonly PlayedOrder[]) => void;

export interface Baseline {
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly default: readonly string[];
  readonly mixed: readonly string[];
}

export function hashProjection(game: GameProjection): string {
  return hashText(canonicalJson(game));
}

/** Every game of both populations, hashed; `onGame` sees each projection (for the golden files and progress). */
export function playBaseline(
  scenario: CompiledScenario,
  meta: { scenarioHash: string; engineVersion: string },
  onGame: (population: 'default' | 'mixed', index: number, game: GameProjection) => void = () => {},
  onWeek?: WeekHook,
): Baseline {
  const run = (population: 'default' | 'mixed', count: number) =>
    Array.from({ length: count }, (_, i) => {
      const game = projectBaselineGame(
        scenario,
        gameSeed(1, i),
        seatsOf(population, i, scenario.actors.length),
        onWeek,
      );
      onGame(population, i, game);
      return hashProjection(game);
    });
  return { ...meta, default: run('default', DEFAULT_GAMES), mixed: run('mixed', MIXED_GAMES) };
}
