/**
 * The red-team cases: files that are silly or impossible but that the
 * loader once accepted, or reported badly. Each gets one diagnostic with
 * its code, a position at the fault, a plain message and a hint that says
 * what to do — and the files that were fine stay fine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../../src/engine/scenario/Diagnostic';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

/** Replaces one exact piece of the fixture (and fails loudly if it is not there). */
function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** `line:col` of the `at`-th character of the `nth` occurrence of `needle`. */
function positionOf(text: string, needle: string, at = 0, nth = 0): string {
  let offset = -1;
  for (let k = 0; k <= nth; k++) offset = text.indexOf(needle, offset + 1);
  expect(offset, `${JSON.stringify(needle)} is not in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + at);
  return `${before.split('\n').length}:${offset + at - before.lastIndexOf('\n')}`;
}

/** The diagnostics other than the fixture's own two short-briefing warnings. */
function problems(text: string): Diagnostic[] {
  return loadScenario(text, FILE).diagnostics.filter((d) => d.code !== 'BRIEFING_LENGTH');
}

/** The text has exactly one problem, with this code, at this position, and it stops the load. */
function theOneError(text: string, code: DiagnosticCode, at: string): Diagnostic {
  const found = problems(text);
  expect(
    found.map((d) => `${d.line}:${d.col} ${d.code}`),
    found.map((d) => d.message).join('\n'),
  ).toEqual([`${at} ${code}`]);
  const d = found[0]!;
  expect(d.severity).toBe('error');
  expect(d.message).toMatch(/^\S.*[.?!]$/);
  expect(d.hint).toMatch(/^\S.*[.?!]$/);
  expect(loadScenario(text, FILE).ok).toBe(false);
  return d;
}

describe('5. an impossible start date', () => {
  it.each(['9999-99-99', '2025-02-30', '2023-02-29', '2025-04-31', '2025-00-10', '2025-13-01', '2025-01-00'])(
    '%s is an error at the date',
    (date) => {
      const text = patch('start_date: "2025-01-06"', `start_date: "${date}"`);
      const d = theOneError(text, 'SCHEMA_FORMAT', positionOf(text, `"${date}"`));
      expect(d.message).toContain('`turns.start_date`');
      expect(d.hint).toContain('2025-02-28');
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-06'])('%s is a real date and loads', (date) => {
    expect(problems(patch('start_date: "2025-01-06"', `start_date: "${date}"`))).toEqual([]);
  });

  it('unquoted, the YAML reads it as text all the same', () => {
    const text = patch('start_date: "2025-01-06"', 'start_date: 9999-99-99');
    theOneError(text, 'SCHEMA_FORMAT', positionOf(text, '9999-99-99'));
  });
});

describe('8. one root cause, one message', () => {
  it.each([
    ['a nested key far from its name', '    colour: "#0072B2"', '    colr: "#0072B2"', 'colour'],
    ['a top-level key far from its name', 'language: en', 'lang: en', 'language'],
    ['a top-level key renamed', 'summary: Two', 'synopsis: Two', 'summary'],
    ['a nested key close to its name', '    colour: "#0072B2"', '    collour: "#0072B2"', 'colour'],
    ['a key in a flow map', 'count: 6,', 'cont: 6,', 'count'],
  ])('%s: only SCHEMA_UNKNOWN_KEY, at the key, suggesting the missing one', (_what, from, to, meant) => {
    const text = patch(from, to);
    const key = to.trim().split(':')[0]!;
    const d = theOneError(text, 'SCHEMA_UNKNOWN_KEY', positionOf(text, `${key}:`));
    expect(d.hint).toBe(`Did you mean \`${meant}\`?`);
  });

  it('a second spelling beside the real key is not taken for another missing key', () => {
    const text = patch(
      "    leader: The North's premier\n",
      '',
      patch('    colour: "#0072B2"', '    colour: "#0072B2"\n    collour: x'),
    );
    const found = problems(text);
    expect(found.map((d) => d.code).sort()).toEqual(['SCHEMA_MISSING', 'SCHEMA_UNKNOWN_KEY']);
    expect(found.find((d) => d.code === 'SCHEMA_UNKNOWN_KEY')!.hint).toBe('Did you mean `colour`?');
  });

});

describe('9. a value with ": " in it', () => {
  it.each([
    ['a block value', 'title: A border deal', 'title: A border deal: the two neighbours talk', 'deal: the'],
    ['a briefing', 'briefing: We want the border', 'briefing: We want this: the border', 'this: the'],
    [
      'a value in a flow map',
      '{ id: old_line, name: The old line }',
      '{ id: old_line, name: The line: old }',
      'line: old',
    ],
  ])('%s: YAML_SYNTAX at the colon, with a hint to quote it', (_what, from, to, fault) => {
    const text = patch(from, to);
    const d = theOneError(text, 'YAML_SYNTAX', positionOf(text, fault, fault.indexOf(':')));
    expect(d.message).toContain('": "');
    expect(d.hint).toMatch(/must be quoted/);
  });

  it('a colon that YAML reads as text is no error, nor one inside quotes', () => {
    expect(problems(patch('title: A border deal', 'title: A border deal at 10:30'))).toEqual([]);
    expect(problems(patch('title: A border deal', 'title: "A border deal: the two talk"'))).toEqual([]);
  });
});

describe('formats written for format 1 still load', () => {
  it.each(['scenarios/tutorial.yaml', 'scenarios/ukraine-2025.yaml', 'tests/fixtures/allies.yaml'])(
    '%s loads with no error',
    (file) => {
      const result = loadScenario(readFileSync(file, 'utf8'), file);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});
