/**
 * npm run scenario -- lint <files…>   check scenarios; exit 1 on any error
 * npm run scenario -- schema          rewrite scenarios/scenario.schema.json
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { formatDiagnostic } from '../engine/scenario/Diagnostic';
import { buildJsonSchema } from '../engine/scenario/buildJsonSchema';
import { loadScenario } from '../engine/scenario/loadScenario';

export const SCHEMA_PATH = 'scenarios/scenario.schema.json';

const USAGE = `Usage:
  npm run scenario -- lint <file.yaml…>   check scenario files (exit 1 on errors)
  npm run scenario -- schema              rewrite ${SCHEMA_PATH}`;

function lint(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let errors = 0;
  for (const file of files) {
    const bytes = readBytes(file);
    if (typeof bytes === 'string') {
      process.stdout.write(`${file}:1:1: error FILE_UNREADABLE ${bytes}\n`);
      errors++;
      continue;
    }
    const result = loadScenario(bytes, file);
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    const count = result.diagnostics.filter((d) => d.severity === 'error').length;
    errors += count;
    if (result.ok) {
      const s = result.scenario;
      const warnings = result.diagnostics.length;
      process.stdout.write(`${file}: ok — ${s.actors.length} actors, ${s.levers.length} levers, ${s.events.length} events, ${s.endings.length} endings${warnings ? `, ${warnings} warning(s)` : ''}\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}

function readBytes(file: string): Uint8Array | string {
  try {
    if (statSync(file).isDirectory()) return 'This is a folder; name a .yaml file.';
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'No such file.' : `Cannot read the file (${code ?? 'unknown error'}).`;
  }
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === 'lint') return lint(rest);
  if (command === 'schema') {
    writeFileSync(SCHEMA_PATH, buildJsonSchema());
    process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
