/**
 * Manual benchmark, not a test: `npx tsx tests/engine/analytics/bench.ts`.
 * Prints the median time of analyseSpace (space, ZOPA, frontier and every
 * point) on ukraine-2025 at the start, over every lever from the status quo,
 * for the pair [ukraine, russia] and for all four actors; then the same on a
 * copy whose two-option lever gets a third option (3⁸ = 6,561 packages), the
 * size the analytics were specified for.
 */
import { readFileSync } from 'node:fs';
import { analyseSpace, dealWorldOf } from '../../../src/engine/analytics';
import { startEnvOf } from '../../../src/engine/game/startEnvOf';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

function compile(text: string): CompiledScenario {
  const result = loadScenario(text, 'ukraine-2025.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 1));
  return result.scenario;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function bench(label: string, scenario: CompiledScenario): void {
  const env = startEnvOf(scenario);
  const world = dealWorldOf(
    scenario,
    env,
    scenario.actors.map(() => scenario.levers.map(() => [])),
    { allLevers: true },
  );
  for (const group of [[0, 1], scenario.actors.map((a) => a.index)]) {
    const times: number[] = [];
    let last;
    for (let round = 0; round < 21; round++) {
      const t0 = performance.now();
      last = analyseSpace(scenario, group, world);
      times.push(performance.now() - t0);
    }
    console.log(
      `${label} · ${group.length} actors · ${last!.space.size} packages: median ${median(times).toFixed(2)} ms, ` +
        `first ${times[0]!.toFixed(2)} ms; ZOPA ${last!.zopa.count}, frontier ${last!.frontier.length}`,
    );
  }
}

const text = readFileSync('scenarios/ukraine-2025.yaml', 'utf8');
bench('ukraine-2025', compile(text));

// Give "Who sits at the table" a third option valued 50 by everyone.
let patched = text.replace(
  /seat: \{us_russia_only: (\d+), inclusive: (\d+)\}/g,
  'seat: {us_russia_only: $1, inclusive: $2, observers: 50}',
);
patched = patched.replace(
  '        name: Ukraine and Europe included\n',
  '        name: Ukraine and Europe included\n      - id: observers\n        name: Ukraine and Europe as observers\n',
);
if (patched.split('observers: 50').length !== 5 || !patched.includes('id: observers'))
  throw new Error('the patch no longer applies');
bench('ukraine-2025 with 3⁸ packages', compile(patched));
