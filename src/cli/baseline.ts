/**
 * npm run baseline [-- --check]
 * Records (or, with --check, compares against) the behaviour baseline of
 * ukraine-2025: a hash per game of what 1,000 default and 200 mixed-seat
 * games do (src/cli/baseline/projectGame.ts), plus five games as readable
 * golden files. Regenerate it when a change alters games on purpose.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { playBaseline, type Baseline } from './baseline/playBaseline';
import { formatProjection } from './baseline/projectGame';
import { scenarioHashOf, loadCompiledScenario, ENGINE_VERSION } from '../engine/authoring';

const SCENARIO = 'scenarios/ukraine-2025.yaml';
export const BASELINE_DIR = 'tests/baseline';
/** Games written out as readable golden files: three default, two mixed. */
const isGolden = (population: 'default' | 'mixed', i: number) => i < (population === 'default' ? 3 : 2);

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' } } });
  const loaded = loadCompiledScenario(readFileSync(SCENARIO), SCENARIO);
  if (!loaded.ok) {
    process.stderr.write(`${SCENARIO} does not load.\n`);
    return 1;
  }
  const golden = new Map<string, string>();
  const baseline = playBaseline(
    loaded.scenario,
    { scenarioHash: scenarioHashOf(loaded.scenario), engineVersion: ENGINE_VERSION },
    (population, i, game) => {
      if (isGolden(population, i)) golden.set(`${population}-${i}.txt`, formatProjection(game));
    },
  );
  const file = path.join(BASELINE_DIR, 'ukraine-2025.json');
  if (values.check) {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
    const differ = [
      ...diff('default', recorded.default, baseline.default),
      ...diff('mixed', recorded.mixed, baseline.mixed),
    ];
    for (const [name, text] of golden)
      if (readFileSync(path.join(BASELINE_DIR, name), 'utf8') !== text) differ.push(`golden ${name}`);
    if (differ.length > 0) {
      process.stderr.write(`${differ.length} games differ from the baseline: ${differ.slice(0, 10).join(', ')}\n`);
      return 1;
    }
    process.stdout.write(`All ${baseline.default.length + baseline.mixed.length} games match the baseline.\n`);
    return 0;
  }
  mkdirSync(BASELINE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(baseline, null, 1) + '\n');
  for (const [name, text] of golden) writeFileSync(path.join(BASELINE_DIR, name), text);
  process.stdout.write(
    `Wrote ${file} (${baseline.default.length} + ${baseline.mixed.length} games) and ${golden.size} golden files.\n`,
  );
  return 0;
}

function diff(population: string, a: readonly string[], b: readonly string[]): string[] {
  return b.flatMap((hash, i) => (a[i] === hash ? [] : [`${population} #${i}`]));
}

process.exitCode = main(process.argv.slice(2));
