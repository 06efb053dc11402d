/**
 * Time to load, validate and compile the main scenario from its text: the
 * wait a teacher has when opening it, and the cost of every `lint`. The file
 * is read once; each run is loadCompiledScenario on the string. Rows for the three
 * phases (YAML, shape, compile) show where the time goes.
 *
 * YAML is read by the fast path (js-yaml) and the `yaml` package reads it
 * again, for positions, only when a diagnostic is written
 * (docs/architecture.md, "How a scenario file is read"). So two more rows: the
 * same file with one shape error, whose diagnostic makes `yaml` reread it,
 * and the slow path alone (`yaml` with positions), what every load cost
 * before the fast path.
 */
import { readFileSync } from 'node:fs';
import { measure, type Benchmark, type BenchResult, type MeasureOptions } from './benchmark';
import {
  compileScenario,
  loadCompiledScenario,
  parseScenarioYaml,
  validateScenarioShape,
} from '../../engine/authoring';

const MAIN = 'scenarios/ukraine-2025.yaml';
const FALLBACK = 'tests/fixtures/minimal.yaml';
export const LOAD_TARGET_MS = 10;
const OPTIONS: MeasureOptions = { warmup: 30, runs: 200 };

function run(): BenchResult {
  const notes: string[] = [];
  let file = MAIN;
  let text = readFileSync(file, 'utf8');
  const first = loadCompiledScenario(text, file);
  if (!first.ok) {
    const errors = first.diagnostics.filter((d) => d.severity === 'error');
    notes.push(
      `${MAIN} does not load yet (${errors.length} error(s), first: ${errors[0]?.code ?? '?'}); measured ${FALLBACK} instead.`,
    );
    file = FALLBACK;
    text = readFileSync(file, 'utf8');
    if (!loadCompiledScenario(text, file).ok)
      throw new Error(`${FALLBACK} does not load either; run npm run scenario -- lint ${FALLBACK}`);
  }
  const { actors, levers, events } = (
    loadCompiledScenario(text, file) as Extract<ReturnType<typeof loadCompiledScenario>, { ok: true }>
  ).scenario;
  notes.push(
    `${file}: ${text.length.toLocaleString('en')} characters, ${actors.length} actors, ${levers.length} levers, ${events.length} events.`,
  );

  const total = measure(`load ${file}`, () => loadCompiledScenario(text, file), OPTIONS, LOAD_TARGET_MS);

  // The phases, each on its own input, so that their sum is close to the total.
  const parsed = parseScenarioYaml(text, file);
  if (!parsed.ok) throw new Error('unreachable: the file loaded above');
  const shaped = validateScenarioShape(parsed.data, file, parsed.sourceMap);
  if (!shaped.ok) throw new Error('unreachable: the file loaded above');
  const phases = [
    measure('  1. YAML → tree', () => parseScenarioYaml(text, file), OPTIONS),
    measure('  2. shape (zod)', () => validateScenarioShape(parsed.data, file, parsed.sourceMap), OPTIONS),
    measure('  3. compile', () => compileScenario(shaped.scenario, { file, sourceMap: parsed.sourceMap }), OPTIONS),
  ];

  // A key the scenario format does not know, at the end: one shape error, positioned by rereading the whole file.
  const withError = `${text.endsWith('\n') ? text : `${text}\n`}not_a_scenario_key: 1\n`;
  const errors = loadCompiledScenario(withError, file).diagnostics;
  if (errors.length !== 1 || errors[0]?.code !== 'SCHEMA_UNKNOWN_KEY')
    notes.push(`the shape-error row expected one SCHEMA_UNKNOWN_KEY, got ${errors.map((d) => d.code).join(', ')}.`);
  const diagnosed = [
    measure('load with one shape error (yaml rereads)', () => loadCompiledScenario(withError, file), OPTIONS),
    measure('  YAML → tree, slow path alone', () => parseScenarioYaml(text, file, { fastPath: false }), OPTIONS),
  ];
  return { rows: [total, ...phases, ...diagnosed], notes };
}

export const loadBench: Benchmark = { name: 'scenario load', run };
