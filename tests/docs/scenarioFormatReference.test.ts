/**
 * docs/scenario-format.md is the reference of every key a scenario may have,
 * so every property of the scenario's JSON Schema (the one editors complete
 * from, built from the loader's own definition) must appear in it in code
 * font: `name`, or as the last part of a path such as `turns.count`. A key
 * added to the format without its line in the reference fails here, by name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../src/engine/scenario/buildJsonSchema';

const reference = readFileSync('docs/scenario-format.md', 'utf8');

/** Every property name of the schema, nested objects, list items and definitions included, with a path where it is. */
function propertiesOf(node: unknown, path: string, found: Map<string, string>): Map<string, string> {
  if (Array.isArray(node)) node.forEach((item) => propertiesOf(item, path, found));
  else if (typeof node === 'object' && node !== null) {
    const { properties } = node as { properties?: unknown };
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && typeof properties === 'object' && properties !== null)
        for (const [name, child] of Object.entries(properties)) {
          const at = path === '' ? name : `${path}.${name}`;
          if (!found.has(name)) found.set(name, at);
          propertiesOf(child, at, found);
        }
      else propertiesOf(value, path, found);
    }
  }
  return found;
}

/** Every code span of the reference, and each dotted one's last part (`meet.trust_gain` names `trust_gain`). */
function namesInCode(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    const name = span!.trim();
    names.add(name);
    if (/^[\w.]+$/.test(name)) names.add(name.slice(name.lastIndexOf('.') + 1));
  }
  return names;
}

describe('docs/scenario-format.md', () => {
  const properties = propertiesOf(JSON.parse(buildJsonSchema()), '', new Map());
  const documented = namesInCode(reference);

  it('finds the schema’s keys, nested ones included', () => {
    for (const name of ['format', 'actors', 'profile', 'trust_effect', 'narrow_to', 'status_quo', 'from_week'])
      expect(properties.has(name), name).toBe(true);
  });

  it('names every key of the scenario schema in code font', () => {
    const missing = [...properties].filter(([name]) => !documented.has(name)).map(([name, at]) => `${name} (${at})`);
    expect(missing, `keys of the schema docs/scenario-format.md does not name as \`key\``).toEqual([]);
  });
});
