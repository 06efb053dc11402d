/**
 * A new game: the scenario's initial world, temperaments and AI horizons
 * drawn per game (keyed by seed and actor), everyone's estimates of the
 * others' weights at [0, 1], then the first week's news.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { applyEvent } from './applyEvent';
import { draftOf } from './Draft';
import { drawsOf } from './drawsOf';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import type { LeverIndex } from './ids';
import { resolveNews } from './resolveNews';

export interface WeekResult {
  readonly state: GameState;
  readonly events: readonly GameEvent[];
}

export function createGame(scenario: CompiledScenario, seed: number): WeekResult {
  const draft = draftOf(startOf(scenario));
  const draws = drawsOf(scenario, seed);
  draft.seed = seed >>> 0;
  draft.temperament = draws.temperament.slice();
  draft.horizon = draws.horizon.slice();
  const events: GameEvent[] = [];
  const emit = (list: readonly GameEvent[]) => {
    for (const e of list) {
      applyEvent(draft, scenario, e);
      events.push(e);
    }
  };
  emit([{ type: 'week_started', week: 1 }]);
  emit(resolveNews(scenario, draft));
  return { state: draft, events };
}

/**
 * A game's first state before its seed and draws: the same for every game of a scenario, so made once per scenario.
 * Each game's draft copies its lists and shares the rows inside them, as every week's draft shares those it does not
 * write (Draft.ts).
 */
const starts = new WeakMap<CompiledScenario, GameState>();

function startOf(scenario: CompiledScenario): GameState {
  let start = starts.get(scenario);
  if (start === undefined) {
    const n = scenario.actors.length;
    const actors = scenario.actors;
    const unknown = scenario.levers.map((): [number, number] => [0, 1]);
    start = {
      seed: 0,
      week: 0,
      values: scenario.values.map((v) => v.initial),
      levers: scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: l.opensAtStart })),
      inbox: [],
      readyWeek: scenario.pressures.map(() => 0),
      redLines: actors.map(() => scenario.levers.map(() => [])),
      estimates: actors.map(() => actors.map(() => unknown)),
      costliest: actors.map(() => new Array<LeverIndex | -1>(n).fill(-1)),
      importance: actors.map(() => actors.map(() => [])),
      fired: scenario.events.map(() => 0),
      temperament: [],
      horizon: [],
      ended: null,
    };
    starts.set(scenario, start);
  }
  return start;
}
