/**
 * A loaded scenario as code above the engine holds it: an opaque handle
 * with its id, title and summary. The compiled form inside (hidden
 * preferences included) is reached only through the engine's functions, or
 * by authoring tools through src/engine/authoring.ts.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';

declare const compiledScenario: unique symbol;

export interface Scenario {
  readonly [compiledScenario]: true;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

export function handleOf(scenario: CompiledScenario): Scenario {
  return scenario as unknown as Scenario;
}

export function compiledOf(scenario: Scenario): CompiledScenario {
  return scenario as unknown as CompiledScenario;
}
