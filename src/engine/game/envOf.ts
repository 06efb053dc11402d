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
  // Loops that push, not map(): map() returns a packed list until its caller is optimised and a holey one after,
  // and every compiled expression reading a list of the other shape would be compiled again.
  const options: number[] = [];
  const settled: number[] = [];
  for (const l of state.levers) {
    options.push(l.option);
    settled.push(l.settled ? 1 : 0);
  }
  return makeExprEnv(scenario, state.values, options, settled, state.redLines, state.week);
}
