// Bundled scenarios reach the app precompiled: the build reads each file with
// the engine's loader and ships its validated content as JSON, which the app
// compiles without the YAML parser or the schema library. The same file must
// give the same scenario — hash, diagnostics — and the same games either way.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { precompileScenario } from '../../src/cli/precompileScenario';
import {
  DEFAULT_POLICY,
  newGame,
  playUntil,
  publicScenario,
  recordGame,
  scenarioFromPrecompiled,
  scenarioHash,
  seatPolicies,
  type Scenario,
} from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = [
  ...readdirSync(resolve(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
  // A scenario with warnings: they travel with it, positions and all.
  'tests/fixtures/ui-talks.yaml',
];

function loaded(result: ReturnType<typeof loadScenario>): Scenario {
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.scenario;
}

/** An AI-only game of `scenario` with `seed`, to its ending, as its record (whose checksum covers every order and memory). */
function aiGame(scenario: Scenario, seed: number): string {
  const seats = Object.fromEntries(publicScenario(scenario).actors.map((a) => [a.id, DEFAULT_POLICY]));
  const made = seatPolicies(scenario, seats, seed);
  if (!made.ok) throw new Error(made.unknown);
  const game = playUntil(scenario, newGame(scenario, seed, made.policies), made.policies);
  return JSON.stringify(recordGame(scenario, game, { seed, seats, branchOf: null }));
}

describe('precompiled scenarios', () => {
  it.each(FILES)('%s compiles to the same scenario and the same games as the file', (path) => {
    const text = readFileSync(resolve(ROOT, path), 'utf8');
    const file = basename(path);
    const direct = loadScenario(text, file);
    const { summary, precompiled } = precompileScenario(text, file);
    // As the build ships it: JSON text, parsed in the page.
    const shipped = scenarioFromPrecompiled(JSON.parse(JSON.stringify(precompiled)));
    expect(shipped.diagnostics).toEqual(direct.diagnostics);
    const a = loaded(direct);
    const b = loaded(shipped);
    expect(scenarioHash(b)).toBe(scenarioHash(a));
    expect(summary).toEqual({ file, id: a.id, title: a.title, summary: a.summary });
    for (const seed of [1, 2, 3]) expect(aiGame(b, seed)).toBe(aiGame(a, seed));
  });

  it('stops at a scenario with errors, with its diagnostics as lint prints them', () => {
    const text = readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8').replace(/^id: .*$/m, 'id: 7');
    expect(() => precompileScenario(text, 'tutorial.yaml')).toThrow(
      /^tutorial\.yaml has errors:\ntutorial\.yaml:\d+:\d+: error /,
    );
  });

  it('the build gives the app each scenario’s catalogue entry, content and text as JSON', async () => {
    const plugin = (viteConfig as { plugins: Plugin[] }).plugins.find((p) => p.name === 'parley:precompiled-scenarios');
    const hook = plugin?.load as {
      filter: { id: RegExp };
      handler: (this: unknown, id: string) => Promise<string | null>;
    };
    const load = hook.handler;
    const context = { addWatchFile: () => {} };
    const path = resolve(ROOT, 'scenarios/tutorial.yaml');
    const exported = async (id: string) => {
      const code = (await load.call(context, id)) ?? '';
      const literal = /^export default JSON\.parse\((".*")\);$/s.exec(code)?.[1] ?? '""';
      return JSON.parse(JSON.parse(literal) as string) as unknown;
    };
    const made = precompileScenario(readFileSync(path, 'utf8'), 'tutorial.yaml');
    expect(await exported(`${path}?summary`)).toEqual(made.summary);
    expect(await exported(`${path}?precompiled`)).toEqual(JSON.parse(JSON.stringify(made.precompiled)));
    expect(await exported(`${path}?raw`)).toBe(readFileSync(path, 'utf8'));
    // Only scenarios' imports reach the hook.
    expect(hook.filter.id.test(path)).toBe(false);
    expect(hook.filter.id.test(resolve(ROOT, 'tests/fixtures/ui-talks.yaml?raw'))).toBe(false);
    expect(await load.call(context, path)).toBeNull();
  });
});
