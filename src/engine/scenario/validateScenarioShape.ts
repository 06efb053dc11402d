/**
 * The parsed YAML tree → a typed ScenarioInput, or diagnostics that say in
 * plain words what is wrong, where, and how to fix it (one per place: the
 * first problem of each value, never a cascade).
 */
import type { z } from 'zod';
import { didYouMean, editDistance } from '../expr';
import { diagnostic, type Diagnostic, type DiagnosticCode } from './Diagnostic';
import type { PathSegment, SourceMap } from './parseScenarioYaml';
import { DATE_MESSAGE, ID_MESSAGES, RESERVED_ID_MESSAGE, ScenarioSchema, type ScenarioInput } from './scenarioSchema';

export type ShapeResult =
  | { readonly ok: true; readonly scenario: ScenarioInput }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function validateScenarioShape(data: unknown, file: string, sourceMap: SourceMap): ShapeResult {
  const result = ScenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  const issues = result.error.issues.map((issue) => ({
    issue,
    path: issue.path.filter((p): p is PathSegment => typeof p !== 'symbol'),
  }));
  const meant = misspeltKeys(issues, data);
  // The required key a misspelling leaves missing is reported once, as the misspelling.
  const seen = new Set([...meant.values()].map((key) => JSON.stringify(key)));
  const diagnostics: Diagnostic[] = [];
  for (const { issue, path } of issues) {
    const key = JSON.stringify(path);
    if (issue.code !== 'unrecognized_keys' && seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(...describeIssue(issue, path, data, file, sourceMap, meant));
  }
  return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
}

type Issue = { readonly issue: z.core.$ZodIssue; readonly path: readonly PathSegment[] };

/**
 * Each unknown key → the key it most likely stands for, as a path: the key
 * "did you mean" finds, when that key is absent; otherwise, when a required
 * key of the same map is missing, the closest of those (`colr` for a missing
 * `colour`, `lang` for `language`), each missing key taken once.
 */
function misspeltKeys(issues: readonly Issue[], data: unknown): Map<string, readonly PathSegment[]> {
  const missing = new Map<string, string[]>();
  for (const { issue, path } of issues)
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(data, path) === undefined) {
      const parent = JSON.stringify(path.slice(0, -1));
      missing.set(parent, [...(missing.get(parent) ?? []), String(path.at(-1))]);
    }
  const meant = new Map<string, readonly PathSegment[]>();
  for (const { issue, path } of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const left = missing.get(JSON.stringify(path)) ?? [];
    for (const k of issue.keys) {
      const guess = didYouMean(k, knownKeysAt(path));
      // A key close to one that is present is a second spelling of it, not a missing one.
      const key =
        guess !== undefined
          ? valueAt(data, [...path, guess]) === undefined
            ? guess
            : undefined
          : [...left].sort((a, b) => editDistance(k, a) - editDistance(k, b) || (a < b ? -1 : 1))[0];
      if (key === undefined) continue;
      meant.set(JSON.stringify([...path, k]), [...path, key]);
      if (left.includes(key)) left.splice(left.indexOf(key), 1);
    }
  }
  return meant;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.col - b.col);
}

function describeIssue(
  issue: z.core.$ZodIssue,
  path: readonly PathSegment[],
  data: unknown,
  file: string,
  map: SourceMap,
  meant: ReadonlyMap<string, readonly PathSegment[]>,
): Diagnostic[] {
  const where = pathText(path);
  const make = (code: DiagnosticCode, message: string, hint: string, at = map.position(path)): Diagnostic =>
    diagnostic(file, at, code, message, hint);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      return issue.keys.map((k) => {
        const guess = meant.get(JSON.stringify([...path, k]))?.at(-1) ?? didYouMean(k, known);
        return make(
          'SCHEMA_UNKNOWN_KEY',
          `Unknown key \`${k}\` in ${where}.`,
          guess ? `Did you mean \`${guess}\`?` : `Allowed here: ${known.join(', ')}.`,
          map.position([...path, k], true),
        );
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) {
        return [
          make(
            'SCHEMA_MISSING',
            `${where} is missing.`,
            `Add \`${String(path.at(-1))}:\` (${article(issue.expected)}).`,
            map.position(path.slice(0, -1)),
          ),
        ];
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return [
          make(
            'SCHEMA_TYPE',
            `${where} should be an ordinary number, not ${String(value)}.`,
            'Write a finite number such as 0.25; .nan, .inf and numbers beyond about 1e308 are not allowed.',
          ),
        ];
      }
      return [
        make(
          'SCHEMA_TYPE',
          `${where} should be ${article(issue.expected)}, not ${describeValue(value)}.`,
          // A key left with nothing after its colon: most often a line meant to be filled in or deleted.
          value === null
            ? `Write ${article(issue.expected)} after the colon, or delete the line if the field is optional.`
            : typeHint(issue.expected),
        ),
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = didYouMean(String(valueAt(data, path)), allowed);
      return [
        make(
          'SCHEMA_VALUE',
          `${where} must be one of: ${allowed.join(', ')}.`,
          guess ? `Did you mean \`${guess}\`?` : 'Pick one of the listed values.',
        ),
      ];
    }
    case 'invalid_union': {
      // A value of the right kind that is wrong inside (a briefing's paragraph without a label): report that.
      const typeMismatch = (e: readonly z.core.$ZodIssue[]) => e[0]?.code === 'invalid_type' && e[0].path.length === 0;
      const matched = issue.errors.filter((e) => !typeMismatch(e));
      if (matched.length === 1)
        return matched[0]!.flatMap((inner) => {
          const innerPath = [...path, ...inner.path.filter((p): p is PathSegment => typeof p !== 'symbol')];
          return describeIssue(inner, innerPath, data, file, map, meant);
        });
      // Otherwise name the kinds the branches expected: an expression (text or a number), a briefing (text or a list).
      const kinds = [
        ...new Set(issue.errors.flatMap((e) => (e[0]?.code === 'invalid_type' ? [article(e[0].expected)] : []))),
      ];
      const value = valueAt(data, path);
      if (value === undefined)
        return [
          make(
            'SCHEMA_MISSING',
            `${where} is missing.`,
            `Add \`${String(path.at(-1))}:\` (${kinds.join(' or ')}).`,
            map.position(path.slice(0, -1)),
          ),
        ];
      return [
        make(
          'SCHEMA_TYPE',
          `${where} should be ${kinds.length > 0 ? kinds.join(' or ') : 'something else'}, not ${describeValue(value)}.`,
          path.at(-1) === 'briefing'
            ? 'Write the briefing as one text, or as a list of paragraphs, each with `text:` and `label:`.'
            : 'Write an expression in quotes, such as "world.tension >= 90", or a plain number.',
        ),
      ];
    }
    case 'too_big':
    case 'too_small': {
      const exclusive = issue.inclusive === false;
      const bound =
        issue.code === 'too_big'
          ? `${exclusive ? 'below' : 'at most'} ${String(issue.maximum)}`
          : `${exclusive ? 'above' : 'at least'} ${String(issue.minimum)}`;
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      return [
        make(
          'SCHEMA_RANGE',
          `${where} must be ${bound}${what ? ` ${what}` : ''}.`,
          'Change the value to fit the allowed range.',
        ),
      ];
    }
    case 'invalid_format':
    case 'custom':
      return [
        make(
          ID_MESSAGES.has(issue.message) ? 'SCHEMA_ID' : 'SCHEMA_FORMAT',
          `${where}: ${issue.message}.`,
          issue.message === RESERVED_ID_MESSAGE
            ? 'Choose another id, e.g. add a word: `my_constructor`.'
            : issue.message === DATE_MESSAGE
              ? 'Write a day that exists, such as 2025-02-28 (February has a 29th only in a leap year).'
              : 'Fix the value to match the expected form.',
        ),
      ];
    case 'invalid_key':
      return [
        make(
          'SCHEMA_ID',
          `A key in ${where} is not a valid id.`,
          'Keys here are ids: lower-case letters, digits and _, starting with a letter.',
        ),
      ];
    default:
      return [make('SCHEMA_FORMAT', `${where}: ${issue.message}.`, 'See docs/scenario-format.md for this field.')];
  }
}

function pathText(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the scenario';
  return '`' + path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') + '`';
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text "${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    int: 'a whole number',
  };
  return names[expected] ?? expected;
}

function typeHint(expected: string): string {
  switch (expected) {
    case 'object':
      return 'Indent the fields under this key, one `key: value` per line.';
    case 'array':
      return 'Write one `- item` per line under this key.';
    case 'string':
      return 'Put the text in quotes if it looks like a number or true/false.';
    case 'number':
    case 'int':
      return 'Write a plain number without quotes, e.g. 0.25.';
    case 'boolean':
      return 'Write true or false.';
    default:
      return 'See docs/scenario-format.md for this field.';
  }
}

/** The keys a strict object in the schema allows at `path`, for "did you mean". */
function knownKeysAt(path: readonly PathSegment[]): string[] {
  let schema: unknown = ScenarioSchema;
  for (const segment of path) {
    schema = childSchema(unwrap(schema), segment);
    if (!schema) return [];
  }
  const def = defOf(unwrap(schema));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  items?: unknown[];
  options?: unknown[];
}

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
  let s = schema;
  for (
    let def = defOf(s);
    def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable');
    def = defOf(s)
  )
    s = def.innerType;
  return s;
}

function childSchema(schema: unknown, segment: PathSegment): unknown {
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'tuple' && typeof segment === 'number') return def.items?.[segment];
  // A briefing is text or a list of paragraphs: only the list has children.
  if (def.type === 'union') return def.options?.map((o) => childSchema(unwrap(o), segment)).find((c) => c);
  return undefined;
}
