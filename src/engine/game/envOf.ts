import type { ExprEnv } from '../expr';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { makeExprEnv } from '../model/makeExprEnv';
import type { GameState } from './GameState';

/**
 * What expressions read of a game state: values, the option in force per lever, what is settled, the declared red
 * lines, the week.
 */
export function envOf(
  scenario: Pick<CompiledScenario, 'turns'>,
  state: Pick<GameState, 'values' | 'levers' | 'redLines' | 'week'>,
): ExprEnv {
  return makeExprEnv(
    scenario,
    state.values,
    state.levers.map((l) => l.option),
    state.levers.map((l) => (l.settled ? 1 : 0)),
    state.redLines,
    state.week,
  );
}
