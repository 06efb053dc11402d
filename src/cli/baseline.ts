/**
 * npm run baseline [-- --check]
 * Records (or, with --check, compares against) the behaviour baseline of
 * each bundled scenario: a hash per game of what 1,000 default and 200
 * mixed-seat games do (src/cli/baseline/projectGame.ts), plus five games as
 * readable golden files in a folder named after the scenario. Regenerate it
 * when a change alters games on purpose.
 * --check also holds every seat's choices to the rules in every turn of
 * every game, before and after each order it gave (checkChoices.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkChoices } from './baseline/checkChoices';
import { BASELINE_SCENARIOS, playBaseline, type Baseline, type WeekHook } from './baseline/playBaseline';
import { formatProjection } from './baseline/projectGame';
import { scenarioHashOf, loadCompiledScenario, ENGINE_VERSION } from '../engine/authoring';

export const BASELINE_DIR = 'tests/baseline';
/** Games written out as readable golden files: three default, two mixed. */
const isGolden = (population: 'default' | 'mixed', i: number) => i < (population === 'default' ? 3 : 2);

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' } } });
  let status = 0;
  for (const id of BASELINE_SCENARIOS) status = Math.max(status, recordOrCheck(id, values.check === true));
  return status;
}

function recordOrCheck(id: string, check: boolean): number {
  const source = `scenarios/${id}.yaml`;
  const loaded = loadCompiledScenario(readFileSync(source), source);
  if (!loaded.ok) {
    process.stderr.write(`${source} does not load.\n`);
    return 1;
  }
  const scenario = loaded.scenario;
  const golden = new Map<string, string>();
  const disagreements: string[] = [];
  let judged = 0;
  const verify: WeekHook = (before, orders) => {
    for (const actor of scenario.actors) {
      const mine = orders.filter((o) => o.action.actor === actor.index).map((o) => o.action);
      for (let k = 0; k <= mine.length; k++) {
        disagreements.push(...checkChoices(scenario, before, actor.index, mine.slice(0, k)));
        judged++;
      }
    }
  };
  const baseline = playBaseline(
    scenario,
    { scenarioHash: scenarioHashOf(scenario), engineVersion: ENGINE_VERSION },
    (population, i, game) => {
      if (isGolden(population, i)) golden.set(`${population}-${i}.txt`, formatProjection(game));
    },
    check ? verify : undefined,
  );
  const file = path.join(BASELINE_DIR, `${id}.json`);
  const goldenDir = path.join(BASELINE_DIR, id);
  if (check) {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
    const games = [
      ...diff('default', recorded.default, baseline.default),
      ...diff('mixed', recorded.mixed, baseline.mixed),
    ];
    const goldens = [...golden]
      .filter(([name, text]) => readFileSync(path.join(goldenDir, name), 'utf8') !== text)
      .map(([name]) => `golden ${name}`);
    const total = baseline.default.length + baseline.mixed.length;
    // The baseline test compares the scenario's hash too: a change of wording alone must be re-recorded.
    const stale = recorded.scenarioHash !== baseline.scenarioHash;
    if (stale)
      process.stderr.write(
        `${id}: the scenario changed since the baseline was recorded (hash ${baseline.scenarioHash}, recorded ${recorded.scenarioHash}); run npm run baseline once its games are as they should be.\n`,
      );
    if (games.length + goldens.length > 0) {
      // Games and golden files counted apart: a golden file is the text of a game already counted.
      const counts = `${games.length} of ${total.toLocaleString('en')} games and ${goldens.length} of ${golden.size} golden files`;
      process.stderr.write(
        `${id}: ${counts} differ from the baseline: ${[...games, ...goldens].slice(0, 10).join(', ')}\n`,
      );
      return 1;
    }
    process.stdout.write(`${id}: all ${total.toLocaleString('en')} games match the baseline.\n`);
    if (disagreements.length > 0) {
      process.stderr.write(
        `${id}: choices disagree with the rules ${disagreements.length} times:\n${disagreements.slice(0, 10).join('\n')}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `${id}: a seat's choices agree with the rules at all ${judged.toLocaleString('en')} moments checked (every seat, every turn, before and after each of its orders).\n`,
    );
    return stale ? 1 : 0;
  }
  mkdirSync(goldenDir, { recursive: true });
  writeFileSync(file, JSON.stringify(baseline, null, 1) + '\n');
  for (const [name, text] of golden) writeFileSync(path.join(goldenDir, name), text);
  process.stdout.write(
    `Wrote ${file} (${baseline.default.length} + ${baseline.mixed.length} games) and ${golden.size} golden files.\n`,
  );
  return 0;
}

function diff(population: string, a: readonly string[], b: readonly string[]): string[] {
  return b.flatMap((hash, i) => (a[i] === hash ? [] : [`${population} #${i}`]));
}

process.exitCode = main(process.argv.slice(2));
