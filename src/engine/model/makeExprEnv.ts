import type { ExprEnv } from '../expr';
import type { CompiledScenario } from '../scenario/CompiledScenario';

/** The view of a world state that compiled expressions read. */
export function makeExprEnv(
  scenario: Pick<CompiledScenario, 'turns'>,
  values: ArrayLike<number>,
  levers: ArrayLike<number>,
  settled: ArrayLike<number>,
  redLines: ExprEnv['redLines'],
  week: number,
): ExprEnv {
  return { values, levers, settled, redLines, week, weeksLeft: Math.max(0, scenario.turns.count - week) };
}
