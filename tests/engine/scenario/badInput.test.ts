/**
 * Bad input gets a clear error and nothing else: for every kind of broken,
 * hostile or absurd file the loader returns `ok: false` with at least one
 * positioned diagnostic (line and col ≥ 1, a stable code, a message and a
 * hint). It never throws, never executes anything, never pollutes
 * Object.prototype, and refuses bombs quickly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../../src/engine/scenario/Diagnostic';
import { loadScenario, type LoadResult } from '../../../src/engine/scenario/loadScenario';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const baseLines = base.split('\n');
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

// ---------------------------------------------------------------------------
// helpers

/** Replaces one exact piece of the fixture (and fails loudly if it is not there). */
function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** 1-based line and column of the `at`-th character of `needle` in `text`. */
function positionOf(text: string, needle: string, at = 0): { line: number; col: number } {
  const offset = text.indexOf(needle);
  expect(offset, `${JSON.stringify(needle)} is not in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + at);
  const line = before.split('\n').length;
  return { line, col: offset + at - before.lastIndexOf('\n') };
}

/** loadScenario, turning a throw into a test failure that shows the input. */
function load(source: string | Uint8Array, options: { params?: Record<string, number> } = {}): LoadResult {
  try {
    return loadScenario(source, FILE, options);
  } catch (error) {
    const shown = typeof source === 'string' ? JSON.stringify(source.slice(0, 200)) : `${source.length} bytes`;
    throw new Error(`loadScenario threw on ${shown}: ${String(error)}`, { cause: error });
  }
}

function lineCount(source: string | Uint8Array): number {
  if (typeof source === 'string') return source.split('\n').length;
  let lines = 1;
  for (const b of source) if (b === 0x0a) lines++;
  return lines;
}

/** Every diagnostic is complete and positioned inside the file. */
function expectWellFormed(diagnostics: readonly Diagnostic[], source: string | Uint8Array): void {
  const lines = lineCount(source);
  for (const d of diagnostics) {
    expect(d.file).toBe(FILE);
    expect(
      Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1,
      `line ${d.line} of ${lines}: ${d.code}`,
    ).toBe(true);
    expect(Number.isInteger(d.col) && d.col >= 1, `col ${d.col}: ${d.code}`).toBe(true);
    expect(d.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.message.trim().length, `${d.code} has no message`).toBeGreaterThan(0);
    expect(d.hint.trim().length, `${d.code} has no hint`).toBeGreaterThan(0);
    // A message for teachers, not a dump of internals.
    expect(`${d.message} ${d.hint}`).not.toMatch(/\n\s+at |\[object Object\]|(?<!\/)\bundefined\b/);
  }
}

/** Loading fails with positioned errors; returns the errors (warnings dropped). */
function expectClearError(source: string | Uint8Array, code?: DiagnosticCode): Diagnostic[] {
  const result = load(source);
  expect(result.ok, 'expected the scenario to be refused').toBe(false);
  expectWellFormed(result.diagnostics, source);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  if (code) expect(errors.map((d) => d.code)).toContain(code);
  return errors;
}

/** Exactly one error, whatever its code. */
function single(source: string | Uint8Array): Diagnostic {
  const errors = expectClearError(source);
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return errors[0]!;
}

function only(errors: Diagnostic[], code: DiagnosticCode): Diagnostic {
  const found = errors.filter((d) => d.code === code);
  expect(found, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return found[0]!;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** mulberry32: a tiny seeded PRNG, so "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

// ---------------------------------------------------------------------------

describe('the fixture itself', () => {
  it('loads (the cases below each break one thing)', () => {
    const result = load(base);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('YAML syntax errors', () => {
  it('an unclosed quote is reported at its opening quote', () => {
    const text = 'format: 1\nid: minimal\ntitle: "Talks over the border\nsummary: none\n';
    const d = only(expectClearError(text, 'YAML_SYNTAX'), 'YAML_SYNTAX');
    expect([d.line, d.col]).toEqual([3, 8]);
    expect(d.message).toMatch(/quote/i);
  });

  it('an unclosed single quote inside the fixture is reported at its opening quote', () => {
    const text = patch('headline: The two neighbours agree to talk.', "headline: 'The two neighbours agree to talk.");
    const d = only(expectClearError(text, 'YAML_SYNTAX'), 'YAML_SYNTAX');
    expect(d).toMatchObject(positionOf(text, "'The two neighbours"));
  });

  it('bad indentation is reported at the misaligned key', () => {
    const text = 'format: 1\nturns:\n  count: 6\n unit: week\n';
    const d = only(expectClearError(text, 'YAML_INDENT'), 'YAML_INDENT');
    expect([d.line, d.col]).toEqual([4, 2]);
  });

  it('an unclosed flow list', () => {
    expectClearError(
      patch('signatories: [north, south]\n    opens: start', 'signatories: [north, south\n    opens: start'),
    );
  });

  it('a key and value on two lines', () => {
    expectClearError('format: 1\ntitle: Talks: over\n  the border: yes\n');
  });
});

describe('wrong types', () => {
  it('text where a number goes, at the value', () => {
    const text = patch('action_points: 3', 'action_points: three');
    const d = only(expectClearError(text, 'SCHEMA_TYPE'), 'SCHEMA_TYPE');
    expect(d).toMatchObject(positionOf(text, 'action_points: three', 15));
    expect(d.message).toContain('actors[0].action_points');
  });

  it('a list where a map goes', () => {
    const text = patch('trust:\n  default: 50', 'trust: [1, 2]\ntrust_unused:\n  default: 50');
    expectClearError(text, 'SCHEMA_TYPE');
  });

  it('a map where text goes', () => {
    expectClearError(patch('title: A border deal', 'title: { a: 1 }'), 'SCHEMA_TYPE');
  });

  it('a quoted number where a number goes', () => {
    expectClearError(patch('support: 60', 'support: "60"'), 'SCHEMA_TYPE');
  });

  it('null for a required value', () => {
    expectClearError(patch('support: 60', 'support:'), 'SCHEMA_TYPE');
  });

  it('a key left empty (a line meant to be filled in or deleted): the hint says both', () => {
    const d = only(
      expectClearError(patch('  - id: north\n', '  - id: north\n    emblem: # delete this line\n'), 'SCHEMA_TYPE'),
      'SCHEMA_TYPE',
    );
    expect(d.message).toContain('should be text, not empty (null)');
    expect(d.hint).toBe('Write text after the colon, or delete the line if the field is optional.');
  });

  it('a map or a list where an expression goes, at the value', () => {
    for (const value of ['{ a: 1 }', '[1, 2]']) {
      const text = patch('when: "not settled.border"', `when: ${value}`);
      expect(single(text)).toMatchObject({ code: 'SCHEMA_TYPE', ...positionOf(text, value) });
    }
  });
});

describe('ranges', () => {
  it('a temperament of 0 is out of range (SCHEMA_RANGE), one written high to low is RANGE_ORDER', () => {
    const zero = patch('temperament: [0.8, 1.2]', 'temperament: [0, 1.2]');
    expect(single(zero)).toMatchObject({ code: 'SCHEMA_RANGE', ...positionOf(zero, '0, 1.2]') });
    expect(single(zero).message).toContain('above 0');
    const reversed = patch('temperament: [0.8, 1.2]', 'temperament: [1.2, 0.8]');
    expect(single(reversed)).toMatchObject({ code: 'RANGE_ORDER', ...positionOf(reversed, '[1.2, 0.8]') });
  });

  it('a red line that would raise trust is out of range (SCHEMA_RANGE), at the value', () => {
    const raising = patch('flexibility_trust: 4 }', 'flexibility_trust: 4, red_line_trust: 5 }');
    expect(single(raising)).toMatchObject({ code: 'SCHEMA_RANGE', ...positionOf(raising, '5 }') });
    expect(loadScenario(patch('flexibility_trust: 4 }', 'flexibility_trust: 4, red_line_trust: -5 }'), FILE).ok).toBe(
      true,
    );
  });

  it('a metric whose max is not above its min is RANGE_ORDER; an initial value outside it, INITIAL_OUT_OF_RANGE', () => {
    const order = patch('min: 0, max: 100, initial: 50', 'min: 0, max: 0, initial: 50');
    expect(single(order)).toMatchObject({ code: 'RANGE_ORDER', ...positionOf(order, '0, initial') });
    const initial = patch('min: 0, max: 100, initial: 50', 'min: 0, max: 100, initial: 150');
    expect(single(initial)).toMatchObject({ code: 'INITIAL_OUT_OF_RANGE', ...positionOf(initial, '150') });
  });
});

describe('unknown references', () => {
  it('a near miss gets "did you mean" and points at the misspelling', () => {
    const text = patch('signatories: [north, south]\n    opens: start', 'signatories: [north, sout]\n    opens: start');
    const d = only(expectClearError(text, 'REF_ACTOR'), 'REF_ACTOR');
    expect(d.message).toContain('sout');
    expect(d.hint).toContain('Did you mean `south`?');
    expect(d).toMatchObject(positionOf(text, 'sout]'));
  });

  it('a far miss lists what is known', () => {
    const text = patch('actor: north', 'actor: atlantis');
    const d = only(expectClearError(text, 'REF_ACTOR'), 'REF_ACTOR');
    expect(d.hint).toBe('Use one of the ids this scenario declares: north, south.');
  });

  it('an unknown lever, option, value and source', () => {
    expectClearError(patch('effects: { open: [quota] }', 'effects: { open: [qouta] }'), 'REF_LEVER');
    expectClearError(patch('status_quo: old_line', 'status_quo: old_lnie'), 'REF_OPTION');
    expectClearError(patch('world: { world.tension: -0.1 }', 'world: { world.tensoin: -0.1 }'), 'REF_VALUE');
    expectClearError(patch('source: note', 'source: nope'), 'REF_SOURCE');
  });

  it('a value that does not exist is REF_VALUE at its key, in a world weight as in an effect', () => {
    for (const [from, to, misspelt] of [
      ['world: { world.tension: -0.1 }', 'world: { world.tensoin: -0.1 }', 'world.tensoin'],
      ['effects: { add: { world.tension: 10 } }', 'effects: { add: { world.tensoin: 10 } }', 'world.tensoin'],
      ['user_cost: { add: { support.north: -2 } }', 'user_cost: { add: { support.nroth: -2 } }', 'support.nroth'],
    ] as const) {
      const text = patch(from, to);
      const d = single(text);
      expect(d).toMatchObject({ code: 'REF_VALUE', ...positionOf(text, misspelt) });
      expect(d.hint).toContain('Did you mean');
    }
  });
});

describe('duplicates', () => {
  it('a duplicate key is reported at the second one', () => {
    const text = patch('title: A border deal\n', 'title: A border deal\ntitle: Another\n');
    const d = only(expectClearError(text, 'YAML_DUPLICATE_KEY'), 'YAML_DUPLICATE_KEY');
    expect(d).toMatchObject(positionOf(text, 'title: Another'));
  });

  it('a duplicate key in a flow map', () => {
    expectClearError(
      patch('weights: { border: 0.7, quota: 0.3 }', 'weights: { border: 0.7, border: 0.3 }'),
      'YAML_DUPLICATE_KEY',
    );
  });

  it('a duplicate actor id is reported at the second one', () => {
    const text = patch('  - id: south\n', '  - id: north\n');
    const d = only(expectClearError(text, 'ID_DUPLICATE'), 'ID_DUPLICATE');
    expect(d.line).toBe(positionOf(text, '  - id: north\n    name: South').line);
  });

  it('a duplicate option id', () => {
    expectClearError(
      patch('{ id: new_line, name: The new line }', '{ id: old_line, name: The new line }'),
      'ID_DUPLICATE',
    );
  });
});

describe('anchors, aliases and tags (nothing is expanded or executed)', () => {
  it('an anchor and an alias', () => {
    const errors = expectClearError('format: 1\na: &x [1, 2]\nb: *x\n', 'YAML_ALIAS');
    // At the value that carries the anchor.
    expect(errors[0]).toMatchObject({ line: 2, col: 7 });
    expect(errors[0]!.message).toContain('&x');
  });

  it('an alias with no anchor', () => {
    expectClearError('format: 1\nb: *nowhere\n');
  });

  it('a billion-laughs document is refused fast, without expansion', () => {
    const lines = ['lol0: &l0 "lol"'];
    for (let i = 1; i <= 12; i++)
      lines.push(`lol${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    const text = lines.join('\n') + '\n';
    const { value: result, ms } = timed(() => load(text));
    expect(ms).toBeLessThan(500);
    expect(result.ok).toBe(false);
    const errors = expectClearError(text, 'YAML_ALIAS');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, col: 11 });
  });

  it('a merge key', () => {
    expectClearError('format: 1\nbase: &b { a: 1 }\nother:\n  <<: *b\n', 'YAML_ALIAS');
  });

  it.each([
    ['!!js/function', 'title: !!js/function "function () { globalThis.polluted = 1 }"'],
    ['!!js/undefined', 'title: !!js/undefined ""'],
    ['!!python/object', 'title: !!python/object:os.system ["rm -rf /"]'],
    ['!!python/object/apply', 'title: !!python/object/apply:os.system ["ls"]'],
    ['a local tag', 'title: !custom text'],
    ['!!binary', 'title: !!binary aGVsbG8='],
    ['a verbatim tag', 'title: !<tag:yaml.org,2002:str> text'],
  ])('the tag %s', (_name, line) => {
    const text = patch('title: A border deal', line);
    const d = only(expectClearError(text, 'YAML_TAG'), 'YAML_TAG');
    expect(d.line).toBe(positionOf(text, line).line);
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a %TAG directive with a tag', () => {
    expectClearError('%TAG !e! tag:example.com,2000:\n---\nformat: !e!thing 1\n', 'YAML_TAG');
  });
});

describe('the shape of the file', () => {
  it('several documents', () => {
    const text = base + '---\nformat: 1\n';
    const d = only(expectClearError(text, 'YAML_MULTIPLE_DOCUMENTS'), 'YAML_MULTIPLE_DOCUMENTS');
    expect(d.line).toBe(baseLines.length);
  });

  it('several documents, each explicit', () => {
    expectClearError('---\nformat: 1\n...\n---\nformat: 1\n', 'YAML_MULTIPLE_DOCUMENTS');
  });

  it.each([
    ['a list', '- format: 1\n- id: minimal\n'],
    ['a flow list', '[1, 2, 3]\n'],
    ['a plain scalar', 'hello\n'],
    ['a number', '42\n'],
    ['a quoted scalar', '"format: 1"\n'],
    ['null', 'null\n'],
    ['a block scalar', '|\n  format: 1\n'],
  ])('%s at the root', (_name, text) => {
    const d = only(expectClearError(text, 'YAML_ROOT_NOT_MAP'), 'YAML_ROOT_NOT_MAP');
    expect([d.line, d.col]).toEqual([1, 1]);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '   \n\t\n  \n'],
    ['comments only', '# a scenario\n# to be written\n'],
  ])('%s', (_name, text) => {
    expect(single(text)).toMatchObject({ code: 'YAML_EMPTY', line: 1, col: 1 });
  });

  it('a document marker only', () => {
    expect(single('---\n')).toMatchObject({ code: 'YAML_ROOT_NOT_MAP', line: 1 });
    expect(single('---\n# nothing\n...\n')).toMatchObject({ code: 'YAML_ROOT_NOT_MAP', line: 1 });
  });

  it('the empty file says YAML_EMPTY, also as bytes', () => {
    only(expectClearError(''), 'YAML_EMPTY');
    only(expectClearError(new Uint8Array(0)), 'YAML_EMPTY');
    only(expectClearError(utf8('# only a comment\n')), 'YAML_EMPTY');
  });

  it('a complex key', () => {
    expectClearError('? [format, id]\n: 1\n', 'YAML_KEY');
  });
});

describe('encoding', () => {
  it('a byte-order mark as bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(base)]);
    expect(only(expectClearError(bytes, 'FILE_BOM'), 'FILE_BOM')).toMatchObject({ line: 1, col: 1 });
  });

  it('a byte-order mark as a string', () => {
    expect(only(expectClearError('\uFEFF' + base, 'FILE_BOM'), 'FILE_BOM')).toMatchObject({ line: 1, col: 1 });
  });

  it('invalid UTF-8 is reported at the bad byte', () => {
    // Latin-1 "é" (0xe9) in "café" on line 3, column 11.
    const bytes = new Uint8Array([...utf8('format: 1\nid: minimal\ntitle: caf'), 0xe9, ...utf8('\n')]);
    expect(only(expectClearError(bytes, 'FILE_NOT_UTF8'), 'FILE_NOT_UTF8')).toMatchObject({ line: 3, col: 11 });
  });

  it('columns count characters, not bytes, before the bad byte', () => {
    const bytes = new Uint8Array([...utf8('title: Café '), 0xff]);
    expect(only(expectClearError(bytes, 'FILE_NOT_UTF8'), 'FILE_NOT_UTF8')).toMatchObject({ line: 1, col: 13 });
  });

  it.each([
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82]],
    ['an overlong encoding', [0x61, 0xc0, 0xaf]],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x61, 0x80]],
  ])('%s', (_name, bytes) => {
    expect(only(expectClearError(new Uint8Array(bytes), 'FILE_NOT_UTF8'), 'FILE_NOT_UTF8')).toMatchObject({
      line: 1,
      col: 2,
    });
  });

  it('a NUL byte and other control characters', () => {
    expect(only(expectClearError(utf8('format: 1\nid: min\u0000imal\n'), 'FILE_BINARY'), 'FILE_BINARY')).toMatchObject({
      line: 2,
      col: 8,
    });
    expectClearError('format: 1\ntitle: a\u0007b\n', 'FILE_BINARY');
  });
});

describe('names JavaScript reserves', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])('%s as an actor id', (id) => {
    const text = patch('  - id: south\n', `  - id: ${id}\n`);
    const d = only(expectClearError(text, 'SCHEMA_ID'), 'SCHEMA_ID');
    expect(d).toMatchObject(positionOf(text, `id: ${id}\n`, 4));
  });

  it.each(['__proto__', 'constructor', 'prototype'])('%s as a key of profile.weights', (key) => {
    const text = patch('weights: { border: 0.7, quota: 0.3 }', `weights: { border: 0.7, quota: 0.3, ${key}: 1 }`);
    const d = only(expectClearError(text, 'SCHEMA_ID'), 'SCHEMA_ID');
    expect(d.line).toBe(positionOf(text, `${key}: 1`).line);
  });

  it('__proto__ as a key of profile.weights, on its own line', () => {
    const text = patch(
      '      weights: { border: 0.7, quota: 0.3 }',
      '      weights:\n        border: 0.7\n        quota: 0.3\n        __proto__: 1',
    );
    expect(only(expectClearError(text, 'SCHEMA_ID'), 'SCHEMA_ID')).toMatchObject(positionOf(text, '__proto__: 1'));
  });

  it('__proto__ carrying a payload, at the root and in trust', () => {
    expectClearError(base + '__proto__: { polluted: true }\n', 'SCHEMA_ID');
    expectClearError(
      patch('initial: { north: { south: 40 } }', 'initial: { __proto__: { polluted: 40 } }'),
      'SCHEMA_ID',
    );
    expectClearError(
      patch('params:\n  war_cost: 2', 'params:\n  war_cost: 2\n  __proto__: { polluted: 1 }'),
      'SCHEMA_ID',
    );
  });

  it('constructor as a lever id and as a param name', () => {
    expectClearError(patch('  - id: quota\n', '  - id: constructor\n'), 'SCHEMA_ID');
    expectClearError(patch('  war_cost: 2', '  constructor: 2'), 'SCHEMA_ID');
  });
});

describe('numbers that are not ordinary', () => {
  it.each([
    ['.nan', 'NaN'],
    ['.NaN', 'NaN'],
    ['.inf', 'Infinity'],
    ['-.inf', '-Infinity'],
    ['+.inf', 'Infinity'],
    ['1e400', 'Infinity'],
    ['-1e400', '-Infinity'],
  ])('%s as a support value', (literal, shown) => {
    const text = patch('support: 60', `support: ${literal}`);
    const d = only(expectClearError(text, 'SCHEMA_TYPE'), 'SCHEMA_TYPE');
    expect(d).toMatchObject(positionOf(text, `support: ${literal}`, 9));
    expect(d.message).toContain(shown);
  });

  it.each(['1e20', '1e400', '.nan', '-0.5', '2'])('%s as a weight', (literal) => {
    const text = patch('weights: { border: 0.7, quota: 0.3 }', `weights: { border: ${literal}, quota: 0.3 }`);
    expect(single(text)).toMatchObject(positionOf(text, `border: ${literal}`, 8));
  });

  it('1e20 in a metric, a param and a bonus', () => {
    expectClearError(patch('min: 0, max: 100, initial: 50', 'min: 0, max: 1e20, initial: 50'), 'SCHEMA_RANGE');
    expectClearError(patch('war_cost: 2', 'war_cost: 1e20'), 'SCHEMA_RANGE');
    expectClearError(patch('bonus: 10', 'bonus: 1e20'), 'SCHEMA_RANGE');
  });

  it('a huge number inside an expression', () => {
    const text = patch('add: { world.tension: "1" }', 'add: { world.tension: "1e400" }');
    expectClearError(text, 'EXPR_NUMBER');
  });

  it('hexadecimal, octal and a number with a leading +', () => {
    // The core schema reads 0x10 and 0o10 as numbers; they are fine as long as they fit.
    expect(load(patch('support: 60', 'support: 0x10')).ok).toBe(true);
    expectClearError(patch('support: 60', 'support: 0x1000'), 'SCHEMA_RANGE');
  });
});

describe('deep nesting', () => {
  it('10,000 nested [ is refused fast, without a stack overflow', () => {
    const text = 'format: ' + '['.repeat(10_000);
    const { value: result, ms } = timed(() => load(text));
    expect(ms).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    expect(only(expectClearError(text), 'YAML_TOO_DEEP').line).toBe(1);
  });

  it('10,000 nested [ … ] (balanced)', () => {
    expectClearError('format: ' + '['.repeat(10_000) + ']'.repeat(10_000), 'YAML_TOO_DEEP');
  });

  it('10,000 nested {', () => {
    expectClearError('format: ' + '{a: '.repeat(10_000), 'YAML_TOO_DEEP');
  });

  it('a 30-level block map is refused at level 25', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    const d = only(expectClearError(text, 'YAML_TOO_DEEP'), 'YAML_TOO_DEEP');
    expect(d).toMatchObject({ line: 25, col: 49 });
  });

  it('a block map nested as deep as 1 MB allows', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(text.length).toBeLessThan(1_000_000);
    expectClearError(text, 'YAML_TOO_DEEP');
  });

  it('a deeply nested expression', () => {
    expectClearError(
      patch('add: { world.tension: "1" }', `add: { world.tension: "${'('.repeat(5000)}1${')'.repeat(5000)}" }`),
    );
  });
});

describe('size', () => {
  const fiveMegabytes = 'title: ' + 'a'.repeat(5 * 1024 * 1024) + '\n';

  it('a 5 MB string is refused fast', () => {
    const { value: result, ms } = timed(() => load(fiveMegabytes));
    expect(ms).toBeLessThan(200);
    expect(result.diagnostics).toMatchObject([{ code: 'FILE_TOO_LARGE', line: 1, col: 1 }]);
    expectClearError(fiveMegabytes, 'FILE_TOO_LARGE');
  });

  it('5 MB of bytes are refused fast, before decoding', () => {
    const bytes = utf8(fiveMegabytes);
    const { value: result, ms } = timed(() => load(bytes));
    expect(ms).toBeLessThan(200);
    expect(result.diagnostics).toMatchObject([{ code: 'FILE_TOO_LARGE', line: 1, col: 1 }]);
  });

  it('just over the limit in characters', () => {
    expectClearError('#'.repeat(1_000_001), 'FILE_TOO_LARGE');
  });
});

describe('binary garbage', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('random bytes, seed %i', (seed) => {
    const random = prng(seed);
    const bytes = new Uint8Array(1 + Math.floor(random() * 4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    expectClearError(bytes);
  });

  it('random printable ASCII, seeded', () => {
    const random = prng(99);
    for (let n = 0; n < 20; n++) {
      const text = Array.from({ length: 200 }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
      expectClearError(text);
    }
  });

  it('a PNG header', () => {
    expectClearError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  });
});

// ---------------------------------------------------------------------------
// Properties: whatever comes in, the loader answers and never throws.

/** ok, or errors with positions inside the file. */
function expectAnswer(source: string | Uint8Array): void {
  const result = load(source);
  expectWellFormed(result.diagnostics, source);
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

const yamlish = fc.string({
  unit: fc.constantFrom(
    ...': - [ ] { } , " \' # & * ! | > ? % @ ` \\ \n \t a b 1 0 . e _ x'.split(' '),
    ' ',
    '\r',
    '\uFEFF',
    'é',
    '\u2028',
    '😀',
  ),
  maxLength: 120,
});

// Generous timeouts: the machine running the tests may be busy; the runs are fixed by their seeds.
describe('properties', { timeout: 30_000 }, () => {
  it('arbitrary strings never throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), expectAnswer), { seed: 20250217, numRuns: 300 });
  });

  it('arbitrary strings of any code unit never throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectAnswer), { seed: 7, numRuns: 200 });
  });

  it('YAML-flavoured strings never throw', () => {
    fc.assert(fc.property(yamlish, expectAnswer), { seed: 11, numRuns: 1000 });
  });

  it('arbitrary bytes never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), expectAnswer), { seed: 3, numRuns: 300 });
  });

  it('UTF-8 of arbitrary strings never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => expectAnswer(utf8(s))),
      { seed: 5, numRuns: 200 },
    );
  });

  it('mutations of the fixture never throw', () => {
    type Mutation =
      | { kind: 'deleteLine' | 'duplicateLine'; at: number }
      | { kind: 'swapLines'; at: number; other: number }
      | { kind: 'deleteChar' | 'duplicateChar' | 'swapChars'; at: number }
      | { kind: 'insertChar'; at: number; char: string };
    const lineIndex = fc.nat({ max: baseLines.length - 1 });
    const charIndex = fc.nat({ max: base.length - 2 });
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: lineIndex }),
      fc.record({ kind: fc.constant('swapLines' as const), at: lineIndex, other: lineIndex }),
      fc.record({
        kind: fc.constantFrom('deleteChar' as const, 'duplicateChar' as const, 'swapChars' as const),
        at: charIndex,
      }),
      fc.record({
        kind: fc.constant('insertChar' as const),
        at: charIndex,
        char: fc.constantFrom(...':-[]{}",\'#&*!|> \n\tx1_.'.split('')),
      }),
    );
    const apply = (text: string, m: Mutation): string => {
      const lines = text.split('\n');
      switch (m.kind) {
        case 'deleteLine':
          lines.splice(m.at % lines.length, 1);
          return lines.join('\n');
        case 'duplicateLine': {
          const i = m.at % lines.length;
          lines.splice(i, 0, lines[i]!);
          return lines.join('\n');
        }
        case 'swapLines': {
          const i = m.at % lines.length;
          const j = m.other % lines.length;
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          return lines.join('\n');
        }
        case 'deleteChar':
          return text.slice(0, m.at) + text.slice(m.at + 1);
        case 'duplicateChar':
          return text.slice(0, m.at + 1) + text.slice(m.at);
        case 'swapChars':
          return text.slice(0, m.at) + text.charAt(m.at + 1) + text.charAt(m.at) + text.slice(m.at + 2);
        case 'insertChar':
          return text.slice(0, m.at) + m.char + text.slice(m.at);
      }
    };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        expectAnswer(mutations.reduce(apply, base));
      }),
      { seed: 42, numRuns: 200 },
    );
  }, 30_000);
});
