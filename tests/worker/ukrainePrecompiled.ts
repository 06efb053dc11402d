/** ukraine-2025 as the worker receives it (precompiled, as the app's build gives it) and as it compiles there. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { precompileScenario } from '../../src/cli/precompileScenario';
import { scenarioFromPrecompiled, type Scenario } from '../../src/engine/index';

export const { precompiled } = precompileScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/ukraine-2025.yaml'), 'utf8'),
  'ukraine-2025.yaml',
);
const compiled = scenarioFromPrecompiled(precompiled);
if (!compiled.ok) throw new Error('ukraine-2025 does not compile');
export const scenario: Scenario = compiled.scenario;
