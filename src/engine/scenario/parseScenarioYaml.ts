/**
 * Untrusted text → a plain JS tree plus a way to find where any path of it
 * sits in the file. Only the boring subset of YAML is accepted: one document,
 * a map at the root, the core schema, no anchors, aliases, tags or merge keys,
 * unique keys, bounded size and depth. Everything else becomes a positioned
 * diagnostic, never an exception.
 *
 * Two paths give the same answer (docs/architecture.md, "How a scenario file
 * is read"): a file in the plain subset is read fast by js-yaml
 * (readPlainYaml), and the `yaml` package — the one source of positions and
 * diagnostics — reads it again only when a position is asked for, that is
 * when a later stage writes a diagnostic. Any other file takes the slow path,
 * `yaml` alone.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { diagnostic, type Diagnostic, type DiagnosticCode } from './Diagnostic';
import { readPlainYaml } from './readPlainYaml';

export const MAX_SCENARIO_CHARS = 1_000_000;
export const MAX_DEPTH = 24;

export type PathSegment = string | number;

export interface SourceMap {
  /** Position of the value at `path` (or of its key, when `atKey`); nearest existing ancestor otherwise. */
  position(path: readonly PathSegment[], atKey?: boolean): { line: number; col: number };
  /** Position of a character offset inside the string scalar at `path`. */
  positionInString(path: readonly PathSegment[], offset: number): { line: number; col: number };
}

export type ParsedYaml =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly sourceMap: SourceMap }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const YAML_CODES: Readonly<Record<string, { code: DiagnosticCode; hint: string; message?: string }>> = {
  DUPLICATE_KEY: {
    code: 'YAML_DUPLICATE_KEY',
    hint: 'Each key may appear once in a map; remove or rename the second one.',
  },
  BAD_INDENT: {
    code: 'YAML_INDENT',
    hint: 'Check the indentation: items of one map or list line up, nested ones go further right.',
  },
  MISSING_CHAR: { code: 'YAML_SYNTAX', hint: 'A bracket or quote is not closed.' },
  MULTILINE_IMPLICIT_KEY: {
    code: 'YAML_SYNTAX',
    hint: 'A key and its colon must be on one line; quote text that contains ": ".',
  },
  // The yaml package reports a stack overflow on pathologically deep nesting this way.
  RESOURCE_EXHAUSTION: {
    code: 'YAML_TOO_DEEP',
    message: 'The file is nested too deeply to read.',
    hint: `Scenarios need at most ${MAX_DEPTH} levels; check the brackets and indentation.`,
  },
};

export interface ParseYamlOptions {
  /** false: the slow path only, as if the fast one had declined (tests compare the two). */
  readonly fastPath?: boolean;
}

export function parseScenarioYaml(text: string, file: string, options: ParseYamlOptions = {}): ParsedYaml {
  const fail = (code: DiagnosticCode, line: number, col: number, message: string, hint: string): ParsedYaml => ({
    ok: false,
    diagnostics: [diagnostic(file, { line, col }, code, message, hint)],
  });

  if (text.length > MAX_SCENARIO_CHARS) {
    return fail(
      'FILE_TOO_LARGE',
      1,
      1,
      `The file has ${text.length} characters; a scenario may have at most ${MAX_SCENARIO_CHARS}.`,
      'A scenario is a text file of a few dozen kilobytes; check that this is the right file.',
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail(
      'FILE_BOM',
      1,
      1,
      'The file starts with a byte-order mark.',
      'Save the file as UTF-8 without BOM (most editors have this option).',
    );
  }
  const badChar = findBinaryCharacter(text);
  if (badChar >= 0) {
    const { line, col } = positionOfOffset(text, badChar);
    return fail(
      'FILE_BINARY',
      line,
      col,
      `The file contains a control character (code ${text.charCodeAt(badChar)}); it does not look like a text file.`,
      'Open a scenario .yaml file saved as plain text.',
    );
  }

  if (options.fastPath !== false) {
    const data = readPlainYaml(text, MAX_DEPTH);
    if (data) return { ok: true, data, sourceMap: lazySourceMap(text) };
  }

  let docs: ReturnType<typeof parseAllDocuments>;
  let at: (offset: number) => { line: number; col: number };
  try {
    ({ docs, at } = parseWithPositions(text));
  } catch (error) {
    // Pathologically deep flow collections can exhaust the parser's stack.
    if (error instanceof RangeError)
      return fail(
        'YAML_TOO_DEEP',
        1,
        1,
        'The file is nested too deeply to read.',
        `Scenarios need at most ${MAX_DEPTH} levels.`,
      );
    throw error;
  }

  if (!Array.isArray(docs) || docs.length === 0) {
    return fail(
      'YAML_EMPTY',
      1,
      1,
      'The file holds no scenario.',
      'Start from the complete example in docs/scenario-format.md.',
    );
  }
  const doc = docs[0] as Document.Parsed;
  const firstError = doc.errors[0];
  if (firstError) {
    const colon = COLON_IN_VALUE.has(firstError.code) ? colonAfter(text, firstError.pos[0]) : undefined;
    if (colon !== undefined) {
      const { line, col } = at(colon);
      return fail(
        'YAML_SYNTAX',
        line,
        col,
        'This value contains ": " (a colon and a space), which YAML reads as the start of another key.',
        'A value that contains ": " must be quoted: put the whole value in double quotes, such as title: "Talks: the border".',
      );
    }
    const known = YAML_CODES[firstError.code];
    const unclosed = firstError.code === 'MISSING_CHAR' ? unclosedQuoteStart(doc, firstError.pos[0]) : undefined;
    const { line, col } = at(unclosed ?? skipSpaces(text, firstError.pos[0]));
    return fail(
      known?.code ?? 'YAML_SYNTAX',
      line,
      col,
      known?.message ?? `YAML: ${firstLine(firstError.message)}`,
      unclosed !== undefined
        ? 'This quote is never closed: add the closing quote at the end of the text.'
        : (known?.hint ?? 'Check the punctuation near this point (colons, quotes, brackets, indentation).'),
    );
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    const { line, col } = at(second.range[0]);
    return fail(
      'YAML_MULTIPLE_DOCUMENTS',
      line,
      col,
      'The file holds several YAML documents.',
      'Keep one scenario per file; remove the `---` line.',
    );
  }

  const forbidden = findForbiddenNode(doc);
  if (forbidden) {
    const { line, col } = at(forbidden.offset);
    return fail(forbidden.code, line, col, forbidden.message, forbidden.hint);
  }

  const root = doc.contents;
  if (!isMap(root)) {
    const offset = root?.range?.[0] ?? 0;
    const { line, col } = at(offset);
    return fail(
      'YAML_ROOT_NOT_MAP',
      line,
      col,
      'A scenario must be a map of keys (id:, title:, actors: …) at the top level.',
      'Start the file with `format: 1`, then `id: ...` on its own line.',
    );
  }
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  return { ok: true, data, sourceMap: makeSourceMap(doc, text, at) };
}

/** The slow path's parse, also run by the fast path's source map when it is first asked for a position. */
function parseWithPositions(text: string): {
  docs: ReturnType<typeof parseAllDocuments>;
  at: (offset: number) => { line: number; col: number };
} {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    logLevel: 'silent',
    intAsBigInt: false,
  });
  return { docs, at: (offset) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length))) };
}

/**
 * The fast path's source map: `yaml` reads the file only when a position is
 * first asked for. readPlainYaml accepted the file, so the slow path accepts
 * it too, with the same tree: its first document is the one the slow path
 * would have mapped, and every position is the one it would have given.
 */
function lazySourceMap(text: string): SourceMap {
  let map: SourceMap | undefined;
  const get = (): SourceMap => {
    if (map) return map;
    const { docs, at } = parseWithPositions(text);
    map = makeSourceMap(docs[0] as Document.Parsed, text, at);
    return map;
  };
  return {
    position: (path, atKey) => get().position(path, atKey),
    positionInString: (path, offset) => get().positionInString(path, offset),
  };
}

/** An unclosed quote runs to the end of the file, where yaml reports it; point at its opening quote instead. */
function unclosedQuoteStart(doc: Document.Parsed, errorOffset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] === errorOffset)
        start = node.range[0];
    },
  });
  return start;
}

/**
 * `title: Talks: the border` — a colon and a space inside an unquoted value
 * make a second key where one is not allowed. yaml reports these codes at the
 * value's start; the colon is the character at fault.
 */
const COLON_IN_VALUE: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW']);

/** The first `:` after `offset` on its line that YAML reads as a key's colon (followed by a space, the line's end or, in brackets, `,` `]` `}`), past a quoted start and before a comment. */
function colonAfter(text: string, offset: number): number | undefined {
  let i = offset;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    for (i++; i < text.length && text[i] !== quote; i++) if (quote === '"' && text[i] === '\\') i++;
    i++;
  }
  for (; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return undefined;
    if (text[i] === ':' && /^(?:[ \t\r\n,\]}]|$)/.test(text.slice(i + 1, i + 2))) return i;
  }
  return undefined;
}

/** yaml reports some errors at the indentation before a token; point at the token. */
function skipSpaces(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i < text.length && text[i] !== '\n' && text[i] !== '\r' ? i : offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function findBinaryCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) return i;
  }
  return -1;
}

function positionOfOffset(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, col: offset - lineStart + 1 };
}

interface Forbidden {
  offset: number;
  code: DiagnosticCode;
  message: string;
  hint: string;
}

function findForbiddenNode(doc: Document.Parsed): Forbidden | undefined {
  let found: Forbidden | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = {
        offset: node.range?.[0] ?? 0,
        code: 'YAML_ALIAS',
        message: `Aliases (*${node.source}) are not allowed in scenarios.`,
        hint: 'Write the value out in full; anchors and aliases are rejected to keep files simple and safe.',
      };
      return visit.BREAK;
    },
    Pair(_key, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        const offset = (pair.key as YamlNode).range?.[0] ?? 0;
        found = {
          offset,
          code: 'YAML_KEY',
          message: 'A map key must be a plain name, not a list or map.',
          hint: 'Use a simple word as the key.',
        };
        return visit.BREAK;
      }
      // zod drops a `__proto__` key silently (it would otherwise set a prototype), so refuse it here, positioned.
      if (isScalar(pair.key) && String(pair.key.value) === '__proto__') {
        found = {
          offset: pair.key.range?.[0] ?? 0,
          code: 'SCHEMA_ID',
          message: '`__proto__` is reserved by JavaScript and cannot be a key.',
          hint: 'Use one of the ids declared in the scenario, or remove this line.',
        };
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node, path) {
      if (node.anchor) {
        found = {
          offset: node.range?.[0] ?? 0,
          code: 'YAML_ALIAS',
          message: `Anchors (&${node.anchor}) are not allowed in scenarios.`,
          hint: 'Write the value out in full; anchors and aliases are rejected to keep files simple and safe.',
        };
        return visit.BREAK;
      }
      if (node.tag) {
        found = {
          offset: node.range?.[0] ?? 0,
          code: 'YAML_TAG',
          message: `Tags such as ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} are not allowed in scenarios.`,
          hint: 'Remove the `!…` tag; values are plain text, numbers, true/false, lists and maps.',
        };
        return visit.BREAK;
      }
      // A node's depth counts the collections above it; the path also holds pairs, so a short path is never too deep.
      if (path.length > MAX_DEPTH && path.filter((p) => isMap(p) || isSeq(p)).length > MAX_DEPTH) {
        found = {
          offset: node.range?.[0] ?? 0,
          code: 'YAML_TOO_DEEP',
          message: `Nesting deeper than ${MAX_DEPTH} levels.`,
          hint: 'Scenarios never need this many levels; check the indentation.',
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function makeSourceMap(
  doc: Document.Parsed,
  text: string,
  at: (offset: number) => { line: number; col: number },
): SourceMap {
  // Walks down the path as far as it exists; returns the node (or key) found last.
  const locate = (path: readonly PathSegment[], atKey: boolean): YamlNode | undefined => {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    let best: YamlNode | undefined = doc.contents ?? undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return best;
        keyNode = pair.key as YamlNode;
        node = pair.value;
        best = (isScalar(node) || isMap(node) || isSeq(node) ? node : keyNode) as YamlNode;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
        if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) best = node as YamlNode;
      } else {
        return best;
      }
    }
    return atKey && keyNode ? keyNode : best;
  };
  return {
    position(path, atKey = false) {
      const node = locate(path, atKey);
      return at(node?.range?.[0] ?? 0);
    },
    positionInString(path, offset) {
      const node = locate(path, false);
      if (!node?.range || !isScalar(node)) return at(node?.range?.[0] ?? 0);
      const [start, end] = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const from = node.type === 'PLAIN' ? start : quoted ? start + 1 : blockContentStart(text, start);
      return at(sourceOffset(text, from, end, String(node.value), offset, node.type));
    },
  };
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Maps an offset in a scalar's value to an offset in the file by walking both
 * together, so that lines folded into one, indentation and escapes before the
 * offset are accounted for (a long expression may be wrapped over lines).
 */
function sourceOffset(
  text: string,
  from: number,
  end: number,
  value: string,
  offset: number,
  type: string | undefined,
): number {
  let s = from;
  let v = 0;
  while (v < offset && s < end) {
    const c = text[s];
    if (isSpace(c) && isSpace(value[v])) {
      // A run of white space, perhaps across a line break, is one run in the value.
      while (s < end && isSpace(text[s])) s++;
      while (v < offset && isSpace(value[v])) v++;
    } else if (type === 'QUOTE_DOUBLE' && c === '\\') {
      const next = text[s + 1];
      if (next === '\n' || next === '\r') {
        s += 2;
        while (s < end && isSpace(text[s])) s++;
        continue;
      }
      s += next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
      v++;
    } else if (type === 'QUOTE_SINGLE' && c === "'" && text[s + 1] === "'") {
      s += 2;
      v++;
    } else {
      s++;
      v++;
    }
  }
  return s;
}

/** A block scalar's content starts after its header line and indentation. */
function blockContentStart(text: string, headerOffset: number): number {
  let i = text.indexOf('\n', headerOffset);
  if (i < 0) return headerOffset;
  i++;
  while (text[i] === ' ') i++;
  return i;
}
