/**
 * The fast path of parseScenarioYaml: js-yaml reads a file that uses only
 * the plain subset of YAML, and the result is returned only when the slow
 * path (the `yaml` package) would accept the same file with the same tree.
 * Anything else returns undefined, and the caller takes the slow path, which
 * produces every diagnostic.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { CST } from 'yaml';
import { scanYamlTokens } from './scanYamlTokens';

/*
 * yaml's core schema, as parseScenarioYaml asks for it (schema 'core',
 * intAsBigInt false), rebuilt as js-yaml implicit types: the same regexes,
 * tried in the same order (null, bool, int, float), resolved the same way.
 * js-yaml's own CORE_SCHEMA differs: it reads 0b101, -0x10 and +0o7 as
 * numbers and -.5 as text, and -0 as 0 (yaml: text, text, -0.5 and -0).
 * Each test first looks at what its regexes need (a length, a first
 * character), since every plain scalar of the file goes through them.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const isNull = (s: string): boolean => s.length <= 4 && NULL.test(s);
/** Every number regex above starts with a digit, a sign or a dot. */
const mayBeNumber = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
};

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: isNull, construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s) => (s.length === 4 || s.length === 5) && BOOL.test(s),
      construct: (s) => s[0] === 't' || s[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s) => mayBeNumber(s) && (INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s)),
      construct: (s) =>
        INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s) => mayBeNumber(s) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
      construct: (s) =>
        FLOAT_NAN.test(s)
          ? s.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : s[0] === '-'
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
          : parseFloat(s),
    }),
  ],
});

/** yaml refuses implicit keys longer than this (KEY_OVER_1024_CHARS). */
const MAX_IMPLICIT_KEY = 1024;

/** `maxDepth`: the deepest nesting of collections the slow path accepts (its MAX_DEPTH). */
export function readPlainYaml(text: string, maxDepth: number): Record<string, unknown> | undefined {
  // A lone CR is a line break to js-yaml but not to yaml, and some tabs are errors to yaml only (one on an empty
  // line after a block scalar); scenarios need neither.
  if (/\r(?!\n)|\t/.test(text)) return undefined;
  if (!hasOnlyPlainTokens(text, maxDepth)) return undefined;
  let data: unknown;
  let warned = false;
  try {
    data = load(text, {
      schema: SCHEMA,
      // js-yaml's own depth guard, so that hostile nesting fails fast instead of exhausting the stack.
      maxDepth: maxDepth + 1,
      onWarning: () => {
        warned = true;
      },
    });
  } catch {
    return undefined;
  }
  if (warned || !isPlainMap(data) || !isPlainTree(data, 1, maxDepth)) return undefined;
  return data;
}

/** Where the current entry of an open flow map is; FLOW_SEQ marks an open flow sequence. */
const ENTRY_EMPTY = 0;
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;
const FLOW_SEQ = 3;

const LEADING_EMPTY_LINE = /^ *(?:\r?\n|$)/;

/**
 * Scans yaml's Lexer tokens (from scanYamlTokens: the tokens the slow path
 * would parse) for what the fast path must not accept: anchors, aliases,
 * tags, directives, document markers, explicit `?` keys, keys that are not
 * one-line scalars (flow collections, empty or null keys, multi-line keys,
 * keys too long), flow map entries without a value, flow nesting deeper than
 * `maxDepth`, a few spellings on which js-yaml is laxer than yaml (below),
 * and any token not foreseen here. Tokens are told apart by their first
 * character, as yaml's own tokenType does.
 */
function hasOnlyPlainTokens(text: string, maxDepth: number): boolean {
  let scalarNext = false;
  let blockScalarNext = false;
  // The scalar a `:` would make a key of, if nothing but spaces came after it, and its length with those spaces.
  let key: string | undefined;
  let keySpan = 0;
  let keyIsPlain = false;
  // One entry per open flow collection: ENTRY_* for a map, FLOW_SEQ for a sequence.
  const flow: number[] = [];
  let documents = 0;
  // yaml wants white space before a comment; js-yaml also reads `}#x` or `"a"#x` as one.
  let afterSpace = true;
  // js-yaml and yaml disagree on where a compact nested sequence (`- - a`) ends, and js-yaml takes a less
  // indented line after an empty item (`-` alone on its line) as the next item, where yaml sees an error.
  let afterDash = false;
  const plain = scanYamlTokens(text, (token) => {
    const first = token.charCodeAt(0);
    const spaceBefore = afterSpace;
    const dashBefore = afterDash;
    afterSpace = false;
    if (first !== SPACE && first !== HASH) afterDash = false;
    if (scalarNext) {
      scalarNext = false;
      if (blockScalarNext) {
        blockScalarNext = false;
        key = undefined;
        // yaml wants an indentation indicator when leading empty lines are more indented than the text; js-yaml does not.
        if (token !== '' && LEADING_EMPTY_LINE.test(token)) return false;
      } else {
        key = token;
        keySpan = token.length;
        keyIsPlain = true;
        if (flow[flow.length - 1] === ENTRY_EMPTY) flow[flow.length - 1] = ENTRY_KEY;
      }
      return true;
    }
    const top = flow.length > 0 ? flow[flow.length - 1] : undefined;
    switch (first) {
      case SCALAR:
        scalarNext = true;
        return true;
      case DOCUMENT:
        if (++documents > 1) return false;
        key = undefined;
        afterSpace = true;
        return true;
      case SPACE:
        afterSpace = true;
        keySpan += token.length;
        return true;
      case NEWLINE:
      case CR:
        if (dashBefore || (first === CR && token !== '\r\n')) return false;
        key = undefined;
        afterSpace = true;
        return true;
      case HASH:
        if (!spaceBefore) return false;
        key = undefined;
        return true;
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE:
        key = token;
        keySpan = token.length;
        keyIsPlain = false;
        if (top === ENTRY_EMPTY) flow[flow.length - 1] = ENTRY_KEY;
        return true;
      case COLON:
        if (
          token.length !== 1 ||
          key === undefined ||
          keySpan >= MAX_IMPLICIT_KEY ||
          key.includes('\n') ||
          key.includes('\r') ||
          (keyIsPlain && isNull(key))
        )
          return false;
        if (top === ENTRY_KEY) flow[flow.length - 1] = ENTRY_VALUE;
        key = undefined;
        return true;
      case DASH:
        // Longer than one: a `---` line.
        if (token.length !== 1 || top !== undefined || dashBefore) return false;
        afterDash = true;
        key = undefined;
        return true;
      case COMMA:
        if (top === ENTRY_EMPTY || top === ENTRY_KEY) return false;
        if (top === ENTRY_VALUE) flow[flow.length - 1] = ENTRY_EMPTY;
        key = undefined;
        return true;
      case OPEN_BRACKET:
      case OPEN_BRACE:
        // A collection that is not a map's value is a key (or a map entry without a value).
        if (flow.length >= maxDepth || top === ENTRY_EMPTY || top === ENTRY_KEY) return false;
        flow.push(first === OPEN_BRACE ? ENTRY_EMPTY : FLOW_SEQ);
        key = undefined;
        return true;
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        // `{ a }`: a key without a value.
        if (flow.pop() === ENTRY_KEY) return false;
        key = undefined;
        return true;
      case PIPE:
      case GREATER:
        // Keep chomping (`|+`) and indentation indicators (`|2`) end differently in js-yaml and yaml.
        if (token.length > 2 || (token.length === 2 && token.charCodeAt(1) !== DASH)) return false;
        blockScalarNext = true;
        key = undefined;
        return true;
    }
    // '...', '?', '%…', '&…', '*…', '!…', a byte-order mark, a flow error, or a token not foreseen.
    return false;
  });
  return plain && !afterDash;
}

const SCALAR = CST.SCALAR.charCodeAt(0);
const DOCUMENT = CST.DOCUMENT.charCodeAt(0);
const SPACE = 0x20;
const NEWLINE = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const PIPE = 0x7c;
const GREATER = 0x3e;

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * No `__proto__` key (the slow path refuses it, positioned) and no collection
 * nested deeper than `maxDepth` (the slow path refuses a node below that many).
 */
function isPlainTree(value: object, depth: number, maxDepth: number): boolean {
  if (depth > maxDepth) return false;
  if (Array.isArray(value)) {
    for (const item of value)
      if (typeof item === 'object' && item !== null && !isPlainTree(item, depth + 1, maxDepth)) return false;
    return true;
  }
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null && !isPlainTree(item, depth + 1, maxDepth)) return false;
  }
  return true;
}
