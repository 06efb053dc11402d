/**
 * The committed JSON Schema is generated from the zod source and must not go
 * stale; every scenario in scenarios/ points its editor at it and loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../../src/engine/scenario/buildJsonSchema';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const SCHEMA_FILE = 'scenarios/scenario.schema.json';
const SCHEMA_LINE = '# yaml-language-server: $schema=./scenario.schema.json';
const scenarioFiles = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('scenarios/scenario.schema.json', () => {
  it('equals what the zod schema generates', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === buildJsonSchema(),
      `${SCHEMA_FILE} is stale: run \`npm run scenario -- schema\` and commit the result`,
    ).toBe(true);
  });

  it('is a draft 2020-12 schema of a map that names its required keys', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
      $schema: string;
      $id: string;
      type: string;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('scenario.schema.json');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'actors', 'levers', 'endings']));
  });
});

describe('scenarios/*.yaml', () => {
  it('there is at least one', () => {
    expect(scenarioFiles.length).toBeGreaterThan(0);
  });

  it.each(scenarioFiles)('%s starts with the editor schema line', (file) => {
    const firstLine = readFileSync(`scenarios/${file}`, 'utf8').split('\n')[0];
    expect(firstLine, `the first line of scenarios/${file} must be: ${SCHEMA_LINE}`).toBe(SCHEMA_LINE);
  });

  it.each(scenarioFiles)('%s loads without errors, and its id is its file name', (file) => {
    const result = loadScenario(readFileSync(`scenarios/${file}`), `scenarios/${file}`);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.col}: ${d.code} ${d.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.id).toBe(file.replace(/\.yaml$/, ''));
  });
});
