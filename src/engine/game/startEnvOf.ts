import type { ExprEnv } from '../expr';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { envOf } from './envOf';

/** What expressions read of the world at the start: initial values, every lever at its status quo, week 1. */
export function startEnvOf(scenario: Pick<CompiledScenario, 'turns' | 'values' | 'levers' | 'actors'>): ExprEnv {
  return envOf(scenario, {
    values: scenario.values.map((v) => v.initial),
    levers: scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: l.opensAtStart })),
    redLines: scenario.actors.map(() => scenario.levers.map(() => [])),
    week: 1,
  });
}
