/**
 * npm run scenario -- lint <files…>        check scenarios; exit 1 on any error
 * npm run scenario -- new <id> [folder]    write a starter scenario (./newScenario.ts)
 * npm run scenario -- explain <file>       is a deal possible? (src/engine/explain/explainScenario.ts)
 * npm run scenario -- schema               rewrite scenarios/scenario.schema.json
 *
 * It never prints a stack trace: a user's mistake is a positioned diagnostic,
 * and a bug of ours is one plain `internal error` line (exit 1) to report.
 */
import { readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatDiagnostic,
  formatDiagnostics,
  buildJsonSchema,
  explainScenario,
  loadCompiledScenario,
} from '../engine/authoring';
import { formatExplanation } from './formatExplanation';
import { newScenario } from './newScenario';
import { readScenarioFile } from './readScenarioFile';

export const SCHEMA_PATH = 'scenarios/scenario.schema.json';

/** Where the game's emblems live: an actor's `emblem` must name one of these files. */
const EMBLEMS_DIR = resolve(import.meta.dirname, '../../assets/emblems');

function emblemFiles(): ReadonlySet<string> {
  try {
    return new Set(readdirSync(EMBLEMS_DIR).filter((f) => f.endsWith('.svg')));
  } catch {
    return new Set();
  }
}

const USAGE = `Usage:
  npm run scenario -- lint <file.yaml…>       check scenario files (exit 1 on errors)
  npm run scenario -- new <id> [folder]       write a starter scenario, <folder>/<id>.yaml (folder: scenarios)
  npm run scenario -- explain <file.yaml>     each actor against no deal, the zone of agreement, a quick batch's endings
  npm run scenario -- schema                  rewrite ${SCHEMA_PATH}`;

type Write = (text: string) => void;
const stdout: Write = (text) => {
  process.stdout.write(text);
};
const stderr: Write = (text) => {
  process.stderr.write(text);
};

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** One line, no stack: what went wrong inside Parley, for a bug report. */
function internalError(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `internal error: ${what.split('\n')[0] ?? what} (this is a bug in Parley, not in the scenario; please report it with the file)`;
}

export function lint(
  files: readonly string[],
  write: Write = stdout,
  load: typeof loadCompiledScenario = loadCompiledScenario,
): number {
  if (files.length === 0) {
    stderr(`${USAGE}\n`);
    return 2;
  }
  let errors = 0;
  const emblems = emblemFiles();
  for (const file of files) {
    const read = readScenarioFile(file);
    if (!read.ok) {
      write(`${formatDiagnostic(read.diagnostic)}\n`);
      errors++;
      continue;
    }
    try {
      const result = load(read.text, file, { emblems });
      if (result.diagnostics.length > 0) write(`${formatDiagnostics(result.diagnostics)}\n`);
      errors += result.diagnostics.filter((d) => d.severity === 'error').length;
      if (result.ok) {
        const s = result.scenario;
        const warnings = result.diagnostics.length;
        write(
          `${file}: ok — ${count(s.actors.length, 'actor')}, ${count(s.levers.length, 'lever')}, ${count(s.events.length, 'event')}, ${count(s.endings.length, 'ending')}${warnings ? `, ${count(warnings, 'warning')}` : ''}\n`,
        );
      }
    } catch (error) {
      write(`${file}: ${internalError(error)}\n`);
      errors++;
    }
  }
  return errors > 0 ? 1 : 0;
}

function writeSchema(): number {
  try {
    writeFileSync(SCHEMA_PATH, buildJsonSchema());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    stderr(`cannot write ${SCHEMA_PATH} (${code ?? String(error)}); run this from the project folder.\n`);
    return 1;
  }
  stdout(`wrote ${SCHEMA_PATH}\n`);
  return 0;
}

function create([id, folder, ...extra]: readonly string[]): number {
  if (id === undefined || extra.length > 0) {
    stderr(`${USAGE}\n`);
    return 2;
  }
  const made = newScenario(id, folder);
  if (!made.ok) {
    stderr(`${made.message}\n`);
    return 1;
  }
  stdout(
    `wrote ${made.file}: lint it with \`npm run scenario -- lint ${made.file}\`, then edit it (docs/authoring.md)\n`,
  );
  return 0;
}

/** Lints the file first: a scenario with errors is explained by its diagnostics. */
function explain([file, ...extra]: readonly string[]): number {
  if (file === undefined || extra.length > 0) {
    stderr(`${USAGE}\n`);
    return 2;
  }
  const read = readScenarioFile(file);
  if (!read.ok) {
    stdout(`${formatDiagnostic(read.diagnostic)}\n`);
    return 1;
  }
  const loaded = loadCompiledScenario(read.text, file, { emblems: emblemFiles() });
  if (loaded.diagnostics.length > 0) stdout(`${formatDiagnostics(loaded.diagnostics)}\n`);
  if (!loaded.ok) return 1;
  stdout(formatExplanation(loaded.scenario, explainScenario(loaded.scenario)));
  return 0;
}

export function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'lint') return lint(rest);
    if (command === 'new') return create(rest);
    if (command === 'explain') return explain(rest);
    if (command === 'schema') return writeSchema();
  } catch (error) {
    stderr(`${internalError(error)}\n`);
    return 1;
  }
  stderr(`${USAGE}\n`);
  return 2;
}

// Run only when executed (`tsx src/cli/scenario.ts …`), not when a test imports lint().
function invokedDirectly(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(import.meta.filename);
  } catch {
    return false;
  }
}

if (invokedDirectly()) process.exitCode = main(process.argv.slice(2));
