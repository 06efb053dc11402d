/**
 * The end check (docs/model.md §3 step 4): a terminal ending whose condition holds
 * ends the game (highest priority first); after the last week, or when the
 * keyed weekly draw ends the talks early, the game is classified by the
 * highest-priority classification that holds, else the default.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import { envOf } from './envOf';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import { at } from '../util/at';

export function resolveEnd(scenario: CompiledScenario, state: GameState): GameEvent[] {
  const env = envOf(scenario, state);
  // The highest priority that holds, the first in index order among equals: a loop, as every week asks.
  const holds = (kind: 'terminal' | 'classification') => {
    let best: (typeof scenario.endings)[number] | undefined;
    for (const e of scenario.endings)
      if (e.kind === kind && e.when !== undefined && e.when.fn(env) !== 0 && (!best || e.priority > best.priority))
        best = e;
    return best;
  };
  const terminal = holds('terminal');
  if (terminal) return [{ type: 'game_ended', ending: terminal.index, week: state.week, early: false }];
  const classify = (early: boolean): GameEvent => ({
    type: 'game_ended',
    ending: (holds('classification') ?? at(scenario.endings, scenario.defaultEnding)).index,
    week: state.week,
    early,
  });
  if (state.week >= scenario.turns.count) return [classify(false)];
  const early = scenario.earlyEnd;
  if (early && state.week >= early.fromWeek && keyedUnit(state.seed, state.week, 'early_end') < early.chance) {
    // A loop that pushes, not filter(), map() and a spread: one list of one shape, whether or not this is optimised.
    const ended: GameEvent[] = [{ type: 'talks_ended_early', week: state.week, chance: early.chance }];
    for (const p of state.inbox)
      if (p.week === state.week) ended.push({ type: 'package_expired', package: p.id, proposer: p.proposer });
    ended.push(classify(true));
    return ended;
  }
  return [];
}
