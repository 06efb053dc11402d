/**
 * The fast path (js-yaml, readPlainYaml) and the slow path (the `yaml`
 * package alone) of parseScenarioYaml give the same answer: the same tree,
 * or the same diagnostics with the same positions, through shape checks and
 * compilation. Every scenario and fixture takes the fast path; so do the
 * spellings of every number, null and boolean; the constructs the fast path
 * must leave to the slow one (anchors, tags, `?` keys, several documents…)
 * are declined. Speed is measured by `npm run bench`, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/scenario/compileScenario';
import type { Diagnostic, DiagnosticCode } from '../../../src/engine/scenario/Diagnostic';
import {
  MAX_DEPTH,
  parseScenarioYaml,
  type PathSegment,
  type SourceMap,
} from '../../../src/engine/scenario/parseScenarioYaml';
import { readPlainYaml } from '../../../src/engine/scenario/readPlainYaml';
import { sortDiagnostics, validateScenarioShape } from '../../../src/engine/scenario/validateScenarioShape';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

interface Outcome {
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
}

/** loadScenario's stages, on one path or the other. */
function outcome(text: string, fastPath: boolean): Outcome {
  const parsed = parseScenarioYaml(text, FILE, { fastPath });
  if (!parsed.ok) return { data: undefined, diagnostics: parsed.diagnostics };
  const shaped = validateScenarioShape(parsed.data, FILE, parsed.sourceMap);
  if (!shaped.ok) return { data: parsed.data, diagnostics: shaped.diagnostics };
  const compiled = compileScenario(shaped.scenario, { file: FILE, sourceMap: parsed.sourceMap });
  return { data: parsed.data, diagnostics: sortDiagnostics(compiled.diagnostics) };
}

const takesFastPath = (text: string): boolean => readPlainYaml(text, MAX_DEPTH) !== undefined;

/** Both paths agree; returns whether the fast one was taken. */
function expectSameOutcome(text: string): boolean {
  const fast = outcome(text, true);
  const slow = outcome(text, false);
  // toStrictEqual tells -0 from 0 and keeps NaN equal to NaN, as the two trees must.
  expect(fast, JSON.stringify(text)).toStrictEqual(slow);
  return takesFastPath(text);
}

function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

const yamlFiles = [
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
  ...readdirSync('tests/fixtures')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `tests/fixtures/${f}`),
];

// ---------------------------------------------------------------------------

/** Every path of a tree, with the strings at their ends. */
function pathsOf(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], data);
}

describe('the scenarios and fixtures', () => {
  it.each(yamlFiles)('%s takes the fast path, with the same tree and diagnostics', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(takesFastPath(text)).toBe(true);
    expectSameOutcome(text);
  });

  it.each(yamlFiles)('%s: every position of the lazy source map is the slow path’s', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = parseScenarioYaml(text, file);
    const slow = parseScenarioYaml(text, file, { fastPath: false });
    if (!fast.ok || !slow.ok) throw new Error(`${file} does not parse`);
    const where = (map: SourceMap, path: readonly PathSegment[]) => {
      const value = valueAt(slow.data, path);
      const inString =
        typeof value === 'string'
          ? [0, 1, value.length >> 1, value.length].map((o) => map.positionInString(path, o))
          : [];
      // A path that goes on past the tree: the nearest existing ancestor.
      return [map.position(path), map.position(path, true), map.position([...path, 'missing', 0]), ...inString];
    };
    for (const path of pathsOf(slow.data)) expect(where(fast.sourceMap, path)).toEqual(where(slow.sourceMap, path));
  });

  it('a shape error in the main scenario is positioned the same on both paths', () => {
    const text = readFileSync('scenarios/ukraine-2025.yaml', 'utf8').replace(
      'rv_tolerance: 12',
      'rv_tolerance: twelve',
    );
    expect(takesFastPath(text)).toBe(true);
    expectSameOutcome(text);
    expect(outcome(text, true).diagnostics).toMatchObject([{ code: 'SCHEMA_TYPE' }]);
  });

  it('the minimal fixture with one mistake of each later stage', () => {
    for (const text of [
      patch('action_points: 3', 'action_points: three'),
      patch('signatories: [north, south]', 'signatories: [north, sout]'),
      patch('add: { world.tension: "1" }', 'add: { world.tension: "1 +" }'),
      patch('min: 0, max: 100, initial: 50', 'min: 0, max: 100, initial: 150'),
      patch('  - id: south\n', '  - id: north\n'),
    ]) {
      expect(takesFastPath(text)).toBe(true);
      expectSameOutcome(text);
    }
  });
});

// ---------------------------------------------------------------------------
// Scalars: the fast path's schema is yaml's core schema, spelling for spelling.

const SPELLINGS = [
  // integers
  ...[
    '0',
    '-0',
    '+0',
    '7',
    '-7',
    '+12',
    '007',
    '08',
    '012',
    '1_000',
    '99999999999999999999',
    '12345678901234567890123',
  ],
  ...[
    '0x1F',
    '0x1f',
    '0X1F',
    '-0x10',
    '+0x10',
    '0x',
    '0xg',
    '0o17',
    '0O17',
    '-0o17',
    '+0o7',
    '0o8',
    '0o',
    '0b101',
    '0B1',
  ],
  // floats
  ...[
    '1.',
    '-1.',
    '+1.',
    '.5',
    '-.5',
    '+.5',
    '1.5',
    '1.50',
    '0.0',
    '-0.0',
    '3.14159',
    '1.e3',
    '.5e3',
    '-.5e3',
    '1.5e-3',
  ],
  ...['1e3', '1E3', '1e+3', '1e-3', '+1e3', '1e400', '-1e400', '1e', 'e3', '1.2.3', '1,000', '1e3.5', '0x1p3', '1_0.5'],
  ...['.inf', '-.inf', '+.inf', '.Inf', '-.Inf', '+.INF', '.INF', '.iNf', 'inf', 'Infinity', '-Infinity', '.infinity'],
  ...['.nan', '.NaN', '.NAN', '-.nan', '+.nan', '.nAn', 'nan', 'NaN'],
  // null and booleans
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'None', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE'],
  ...['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'Yes', 'NO'],
  // dates and times, which the core schema leaves as text
  ...['2025-02-17', '2001-12-14t21:59:43.10-05:00', '12:30', '12:30:00', '190:20:30'],
  // text that looks like something
  ...[
    '<<',
    '=',
    '-a',
    '.',
    '..',
    '-',
    '+',
    'a b',
    'a  b',
    'a:b',
    'a#b',
    "a'b",
    'a"b',
    'a%b',
    'a&b',
    'a*b',
    'a!b',
    'a?',
  ],
  ...['é', '😀', 'Ukraine’s', 'ключ', 'مفتاح', '日本語', 'a\u00a0b', 'a\uFEFFb', 'x\u2028y'],
];

describe('scalars', () => {
  it.each(SPELLINGS)('%s as a value, in a flow list and in a flow map: the fast path, the same value', (s) => {
    for (const text of [`v: ${s}\n`, `v: [${s}, x]\n`, `v: { k: ${s} }\n`, `v:\n  - ${s}\n`]) {
      const fast = expectSameOutcome(text);
      // `v: -` is an empty list item to yaml, which the fast path leaves alone; `{ k: 1,000 }` has a key `000`
      // without a value, which it leaves alone too.
      if (s !== '-' && !(s.includes(',') && text.includes('{'))) expect(fast, JSON.stringify(text)).toBe(true);
    }
  });

  it.each(SPELLINGS)('%s as a key: the same key on both paths', (s) => {
    expectSameOutcome(`${s}: v\n`);
    expectSameOutcome(`m: { ${s}: v }\n`);
  });

  it('null keys and keys of other types that stringify alike are left to the slow path', () => {
    for (const text of [
      '~: v\n',
      'null: v\n',
      'NULL: v\n',
      ': v\n',
      'm: { ~: v }\n',
      'a: 1\n"a": 2\n',
      '1: a\n"1": b\n',
    ])
      expect(expectSameOutcome(text), JSON.stringify(text)).toBe(false);
  });

  it.each([
    [
      'double-quoted, with every escape',
      String.raw`v: "\0 \a \b \t \	 \n \v \f \r \e \  \" \/ \\ \N \_ \L \P \x41 \u00e9 \U0001F600"`,
    ],
    ['double-quoted, with a bad escape', String.raw`v: "\q"`],
    ['double-quoted, with a lone surrogate escape', String.raw`v: "\ud800"`],
    ['double-quoted, over three lines', 'v: "one\n  two\n\n  three \\\n  four"'],
    ['single-quoted, with a quote', "v: 'it''s'"],
    ['single-quoted, over lines', "v: 'one\n  two\n\n  three'"],
    ['plain, over lines', 'v: one\n  two\n\n  three'],
    ['literal', 'v: |\n  one\n    two\n\n  three\n'],
    ['literal, stripped', 'v: |-\n  one\n  two\n\n'],
    ['folded', 'v: >\n  one\n  two\n\n  three\n    more\n  four\n'],
    ['folded, stripped', 'v: >-\n  one\n  two\n'],
    ['an empty literal', 'v: |\nw: 1\n'],
    ['a literal at the end of the file, no newline', 'v: |-\n  one'],
    ['empty values', 'a:\nb: ""\nc: \'\'\nd: []\ne: {}\nf:\n  -\n'],
    ['unicode', 'v: "é 😀 ’ ключ 日本語"\nw: é😀\n"é": ключ\n'],
    ['comments everywhere', '# c\na: 1 # c\nb: # c\n  - x # c\n  # c\nc: [1, # c\n  2]\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\nc: |\r\n  one\r\n  two\r\n'],
  ])('%s', (_name, text) => {
    expectSameOutcome(text);
  });
});

// ---------------------------------------------------------------------------
// Constructs: each either takes the fast path or is declined by it.

/** Name, text, the path it takes, and what the slow path makes of it (ok, or its first diagnostic). */
const CONSTRUCTS: readonly (readonly [string, string, 'fast' | 'slow', DiagnosticCode | 'ok'])[] = [
  ['a block map', 'a: 1\nb:\n  c: 2\n  d: x\n', 'fast', 'ok'],
  ['a block list under a key, indented or not', 'a:\n  - 1\n  - 2\nb:\n- 3\n- 4\n', 'fast', 'ok'],
  ['maps in a list', 'a:\n  - id: x\n    n: 1\n  - id: y\n    n: 2\n', 'fast', 'ok'],
  ['flow lists and maps, nested', 'a: [1, [2, 3], { b: [4] }, {}]\nc: { d: { e: f }, g: [] }\n', 'fast', 'ok'],
  ['a flow map over several lines, with a trailing comma', 'a: {\n  b: 1,\n  c: 2,\n  }\n', 'fast', 'ok'],
  ['a flow map closed at the start of a line (js-yaml warns)', 'a: {\n  b: 1\n}\n', 'slow', 'ok'],
  ['a quoted key written as JSON', 'a: {"b":1, "c": [2]}\n', 'fast', 'ok'],
  ['a pair in a flow list', 'a: [b: 1, c]\n', 'fast', 'ok'],
  ['maps nested 24 levels deep', `${'a: { '.repeat(23)}b: 1${' }'.repeat(23)}\n`, 'fast', 'ok'],
  ['<< is an ordinary key (no merge keys)', 'a:\n  <<: 1\n  b: 2\n', 'fast', 'ok'],
  ['a key with a space before its colon', 'a : 1\nb  : 2\n', 'fast', 'ok'],
  ['a value that is the text "null"', 'a: "null"\nb: \'~\'\n', 'fast', 'ok'],
  ['a document start', '---\na: 1\n', 'slow', 'ok'],
  ['a document end', 'a: 1\n...\n', 'slow', 'ok'],
  ['two documents', 'a: 1\n---\nb: 2\n', 'slow', 'YAML_MULTIPLE_DOCUMENTS'],
  ['a %YAML directive', '%YAML 1.2\n---\na: 1\n', 'slow', 'ok'],
  ['an anchor and an alias', 'a: &x [1, 2]\nb: *x\n', 'slow', 'YAML_ALIAS'],
  ['an anchor alone', 'a: &x 1\n', 'slow', 'YAML_ALIAS'],
  ['an alias with no anchor', 'a: *x\n', 'slow', 'YAML_ALIAS'],
  ['a merge key', 'a: &b { c: 1 }\nd:\n  <<: *b\n', 'slow', 'YAML_ALIAS'],
  ['a core tag', 'a: !!str 1\n', 'slow', 'YAML_TAG'],
  ['a tag of another type', 'a: !!int "1"\n', 'slow', 'YAML_TAG'],
  ['a local tag', 'a: !x 1\n', 'slow', 'YAML_TAG'],
  ['the non-specific tag', 'a: ! 1\n', 'slow', 'YAML_TAG'],
  ['a verbatim tag', 'a: !<tag:yaml.org,2002:str> 1\n', 'slow', 'YAML_TAG'],
  ['an explicit key', '? a\n: 1\n', 'slow', 'ok'],
  ['an explicit key in a flow map', 'a: { ? b : 1 }\n', 'slow', 'ok'],
  ['a flow list as a key', '[a]: b\n', 'slow', 'YAML_KEY'],
  ['a flow map as a key', 'x:\n  { a: 1 }: b\n', 'slow', 'YAML_KEY'],
  ['a flow list as a key in a flow map', 'a: { [b]: c }\n', 'slow', 'YAML_KEY'],
  ['a key without a value in a flow map', 'a: { b, c: 1 }\n', 'slow', 'ok'],
  ['a flow list as a flow map entry', 'a: { [b] }\n', 'slow', 'YAML_KEY'],
  ['a __proto__ key', 'a: 1\n__proto__: { polluted: true }\n', 'slow', 'SCHEMA_ID'],
  ['a quoted __proto__ key in a flow map', 'a: { "__proto__": 1 }\n', 'slow', 'SCHEMA_ID'],
  ['a duplicate key', 'a: 1\na: 2\n', 'slow', 'YAML_DUPLICATE_KEY'],
  ['a duplicate key in a flow map', 'a: { b: 1, b: 2 }\n', 'slow', 'YAML_DUPLICATE_KEY'],
  ['maps nested 25 levels deep', `${'a: { '.repeat(24)}b: 1${' }'.repeat(24)}\n`, 'slow', 'YAML_TOO_DEEP'],
  [
    'a block map nested 30 levels deep',
    `${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`,
    'slow',
    'YAML_TOO_DEEP',
  ],
  ['10,000 nested [', `a: ${'['.repeat(10_000)}`, 'slow', 'YAML_TOO_DEEP'],
  ['a key over 1,024 characters', `${'k'.repeat(1030)}: 1\n`, 'slow', 'YAML_SYNTAX'],
  ['a key over two lines', 'a\n b: 1\n', 'slow', 'YAML_SYNTAX'],
  ['a quoted key over two lines', '"a\n b": 1\n', 'slow', 'YAML_SYNTAX'],
  ['keep chomping', 'a: |+\n  x\n\nb: 1\n', 'slow', 'ok'],
  ['an indentation indicator', 'a: |2\n   x\n', 'slow', 'ok'],
  ['a literal that starts with an empty line', 'a: |\n\n  x\n', 'slow', 'ok'],
  ['a tab', 'a:\t1\n', 'slow', 'ok'],
  ['a lone carriage return', 'a: 1\rb: 2\n', 'slow', 'YAML_SYNTAX'],
  ['an empty list item', 'a:\n  -\n  - 1\n', 'slow', 'ok'],
  ['a list in a list item', 'a:\n  - - 1\n', 'slow', 'ok'],
  ['a comment glued to a flow list', 'a: [1]#c\n', 'slow', 'YAML_SYNTAX'],
  ['a list at the root', '- a\n- b\n', 'slow', 'YAML_ROOT_NOT_MAP'],
  ['text at the root', 'hello\n', 'slow', 'YAML_ROOT_NOT_MAP'],
  ['an empty file', '', 'slow', 'YAML_EMPTY'],
  ['only comments', '# nothing\n', 'slow', 'YAML_EMPTY'],
  ['an unclosed quote', 'a: "b\n', 'slow', 'YAML_SYNTAX'],
  ['an unclosed flow list', 'a: [1, 2\nb: 3\n', 'slow', 'YAML_INDENT'],
  ['bad indentation', 'a:\n  b: 1\n c: 2\n', 'slow', 'YAML_INDENT'],
  ['a nested map on one line', 'a: b: c\n', 'slow', 'YAML_SYNTAX'],
  ['a value starting with @', 'a: @b\n', 'slow', 'YAML_SYNTAX'],
];

describe('constructs', () => {
  it.each(CONSTRUCTS)('%s', (_name, text, path, slowPath) => {
    expect(expectSameOutcome(text) ? 'fast' : 'slow').toBe(path);
    const parsed = parseScenarioYaml(text, FILE, { fastPath: false });
    expect(parsed.ok ? 'ok' : parsed.diagnostics[0]?.code).toBe(slowPath);
  });
});

// ---------------------------------------------------------------------------
// Properties: generated small documents, and documents with a few mistakes.

const PLAIN = fc.constantFrom(...SPELLINGS.filter((s) => !/[,[\]{}#]|^[-?:] |^[-?:]$/.test(s)));
const TEXT = fc.constantFrom(
  'hello',
  'two words',
  'with: colon',
  'with #hash',
  ' leading',
  '',
  "it's",
  'say "hi"',
  'é 😀',
);
const doubleQuoted = TEXT.map((t) => JSON.stringify(t));
const singleQuoted = TEXT.map((t) => `'${t.replace(/'/g, "''")}'`);
const SCALAR = fc.oneof(PLAIN, PLAIN, doubleQuoted, singleQuoted);
const KEY = fc.oneof(
  fc.constantFrom('id', 'name', 'k', 'key with spaces', 'a.b', 'x-y', 'ключ', '1', 'true', '0x10', '1.5', '<<'),
  doubleQuoted,
);

type Tree =
  | string
  | { readonly seq: readonly Tree[]; readonly style: number }
  | { readonly map: readonly (readonly [string, Tree])[]; readonly style: number };

const tree = fc.letrec<{ node: Tree; seq: Tree; map: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, SCALAR, tie('seq'), tie('map')),
  seq: fc.record({ seq: fc.array(tie('node'), { maxLength: 3 }), style: fc.nat(7) }),
  map: fc.record({
    map: fc.uniqueArray(fc.tuple(KEY, tie('node')), { maxLength: 4, selector: ([k]) => k }),
    style: fc.nat(7),
  }),
}));
const rootMap = fc.record({
  map: fc.uniqueArray(fc.tuple(KEY, tree.node), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
  style: fc.constant(7),
});

function flow(node: Tree): string {
  if (typeof node === 'string') return node;
  const sep = node.style % 2 ? ', ' : ',';
  if ('seq' in node) return `[${node.seq.map(flow).join(sep)}]`;
  return `{ ${node.map.map(([k, v]) => `${k}: ${flow(v)}`).join(sep)} }`;
}

/** Block style for style ≥ 3 (and always at the root), flow style otherwise. */
function render(node: Tree, indent: number): string {
  if (typeof node === 'string' || node.style < 3) return ` ${flow(node)}`;
  const pad = ' '.repeat(indent);
  if ('seq' in node) {
    if (node.seq.length === 0) return ' []';
    // A list under a key may sit at the key's own indentation (style 4).
    const at = node.style === 4 ? Math.max(0, indent - 2) : indent;
    return node.seq.map((item) => `\n${' '.repeat(at)}-${render(item, at + 2)}`).join('');
  }
  if (node.map.length === 0) return ' {}';
  const lines = node.map.map(([k, v]) => `${pad}${k}:${render(v, indent + 2)}${node.style === 5 ? ' # note' : ''}`);
  return `\n${lines.join('\n')}`;
}

const documents = rootMap.map((root) => `${render(root, 0).slice(1)}\n`);

type Mutation = { readonly at: number; readonly kind: number; readonly char: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.nat(3),
  char: fc.constantFrom(...' \n:-"\'#,[]{}|>'.split(''), '  ', '\n  ', '\n- ', '- '),
});
function mutate(text: string, { at, kind, char }: Mutation): string {
  const i = at % (text.length + 1);
  const lines = text.split('\n');
  const line = at % lines.length;
  switch (kind) {
    case 0:
      return text.slice(0, i) + text.slice(i + 1);
    case 1:
      return text.slice(0, i) + char + text.slice(i);
    case 2:
      lines[line] = ` ${lines[line]}`;
      return lines.join('\n');
    default:
      lines[line] = lines[line]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
  }
}

// Generous timeouts: the machine running the tests may be busy; the runs are fixed by their seeds.
describe('properties', { timeout: 60_000 }, () => {
  it('generated documents: the same outcome, and most take the fast path', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        if (expectSameOutcome(text)) fast++;
      }),
      { seed: 20250302, numRuns: 600 },
    );
    expect(fast / runs).toBeGreaterThan(0.5);
  });

  it('generated documents with a few mistakes: the same outcome', () => {
    fc.assert(
      fc.property(documents, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, mutations) => {
        expectSameOutcome(mutations.reduce(mutate, text));
      }),
      { seed: 20250303, numRuns: 1500 },
    );
  });

  it('the minimal fixture with a few mistakes: the same outcome', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        expectSameOutcome(mutations.reduce(mutate, base));
      }),
      { seed: 20250304, numRuns: 300 },
    );
  });
});
