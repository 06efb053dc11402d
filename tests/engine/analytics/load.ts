/** Loads a scenario file for the analytics tests and builds expression envs at the start. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExprEnv } from '../../../src/engine/expr';
import { makeExprEnv } from '../../../src/engine/model/makeExprEnv';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

export function load(path: string): CompiledScenario {
  const result = loadScenario(readFileSync(path, 'utf8'), basename(path));
  if (!result.ok) throw new Error(`${path} does not load:\n${JSON.stringify(result.diagnostics, null, 1)}`);
  return result.scenario;
}

/** The world at the start: initial values, every lever at its status quo, nothing settled, week 1. */
export function startEnv(
  scenario: CompiledScenario,
  changes: { values?: Record<string, number>; settled?: Record<string, number> } = {},
): ExprEnv {
  const values = scenario.values.map((v) => changes.values?.[v.key] ?? v.initial);
  const levers = scenario.levers.map((l) => {
    const option = changes.settled?.[l.id];
    return option ?? l.statusQuo;
  });
  const settled = scenario.levers.map((l) => (changes.settled?.[l.id] === undefined ? 0 : 1));
  return makeExprEnv(scenario, values, levers, settled, noneDeclared(scenario), 1);
}

/** No red line declared yet: what a game state holds at the start. */
export const noneDeclared = (scenario: CompiledScenario): number[][][] =>
  scenario.actors.map(() => scenario.levers.map(() => []));
