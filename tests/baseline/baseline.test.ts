// The behaviour guard: the seeded games recorded in tests/baseline/<scenario>.json
// (see src/cli/baseline.ts) still play out the same, order by order and week by
// week. Regenerate with `npm run baseline` only for a declared change.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_SCENARIOS, playBaseline, type Baseline } from '../../src/cli/baseline/playBaseline';
import { formatProjection } from '../../src/cli/baseline/projectGame';
import { scenarioHashOf } from '../../src/engine/replay/hashes';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { ENGINE_VERSION } from '../../src/engine/version';

describe.each(BASELINE_SCENARIOS)('behaviour baseline of %s', (id) => {
  it('gives the same projection for 1,000 default and 200 mixed-seat games', () => {
    const loaded = loadScenario(readFileSync(`scenarios/${id}.yaml`), `${id}.yaml`);
    if (!loaded.ok) throw new Error(`${id} does not load`);
    const recorded = JSON.parse(readFileSync(`tests/baseline/${id}.json`, 'utf8')) as Baseline;
    const golden: string[] = [];
    const played = playBaseline(loaded.scenario, { scenarioHash: scenarioHashOf(loaded.scenario), engineVersion: ENGINE_VERSION }, (population, i, game) => {
      if (population === 'default' && i === 0) golden.push(formatProjection(game));
    });
    expect(played.scenarioHash).toBe(recorded.scenarioHash);
    expect(golden[0]).toBe(readFileSync(`tests/baseline/${id}/default-0.txt`, 'utf8'));
    expect(played.default.filter((h, i) => h !== recorded.default[i])).toEqual([]);
    expect(played.mixed.filter((h, i) => h !== recorded.mixed[i])).toEqual([]);
  }, 120_000);
});

describe('behaviour baseline', () => {
  it('holds every scenario the app bundles', () => {
    const bundled = readdirSync('scenarios')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length));
    expect([...BASELINE_SCENARIOS].sort()).toEqual(bundled.sort());
  });
});
