import { fail } from './fail';
import { MAX_LITERAL } from './limits';

export type TokenKind = 'number' | 'name' | 'keyword' | 'punct' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** Source text (for 'end', the empty string). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Numeric value for 'number' tokens, 0 otherwise. */
  readonly value: number;
}

/** Reserved words; they cannot be names or lever options. */
export const KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'true', 'false']);

const TWO_CHAR = new Set(['<=', '>=', '==', '!=']);
const ONE_CHAR = new Set(['+', '-', '*', '/', '<', '>', '(', ')', ',']);

/**
 * Characters teachers tend to paste from word processors or other languages,
 * with the fix to suggest. Keyed by the exact source text at that point.
 */
const LOOKALIKES: ReadonlyArray<readonly [string, string, string]> = [
  // [text, message, hint]
  ['&&', '`&&` is not an operator here', 'write `and`'],
  ['||', '`||` is not an operator here', 'write `or`'],
  ['<>', '`<>` is not an operator here', 'to test "not equal", write `!=`'],
  ['=<', '`=<` is not an operator', 'write `<=`'],
  ['=>', '`=>` is not an operator', 'write `>=`'],
  ['=', '`=` on its own is not an operator', 'to compare, write `==`'],
  ['!', '`!` is not an operator here', 'write `not`, or `!=` for "not equal"'],
  ['&', '`&` is not an operator', 'write `and`'],
  ['|', '`|` is not an operator', 'write `or`'],
  ['%', '`%` (remainder) is not supported', 'use `+ - * /` and the functions min, max, clamp, abs, if'],
  ['^', '`^` (power) is not supported', 'multiply the value by itself instead, e.g. `x * x`'],
  ['\u2212', 'this is a typographic minus sign', 'type the ordinary minus sign `-`'],
  ['\u2013', 'this is a dash, not a minus sign', 'type the ordinary minus sign `-`'],
  ['\u2014', 'this is a dash, not a minus sign', 'type the ordinary minus sign `-`'],
  ['\u00d7', '`\u00d7` is not an operator', 'write `*` to multiply'],
  ['\u00f7', '`\u00f7` is not an operator', 'write `/` to divide'],
  ['\u2264', '`\u2264` is not an operator', 'write `<=`'],
  ['\u2265', '`\u2265` is not an operator', 'write `>=`'],
  ['\u2260', '`\u2260` is not an operator', 'write `!=`'],
  ['[', 'square brackets are not allowed', 'use round brackets `(` and `)`'],
  [']', 'square brackets are not allowed', 'use round brackets `(` and `)`'],
  ['{', 'curly brackets are not allowed', 'use round brackets `(` and `)`'],
  ['}', 'curly brackets are not allowed', 'use round brackets `(` and `)`'],
];
const QUOTES = new Set(['"', "'", '`', '\u2018', '\u2019', '\u201c', '\u201d']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}
// Any Unicode space counts, so invisible non-breaking spaces pasted from a
// word processor don't produce baffling errors.
const SPACE = /\s/;

/**
 * Split source into tokens. Dotted names are one token (no spaces around the
 * dots) so the parser never has to reassemble them.
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (SPACE.test(src.charAt(i))) {
      i++;
    } else if (isDigit(c)) {
      i = readNumber(src, i, tokens);
    } else if (isIdentStart(c)) {
      i = readName(src, i, tokens);
    } else {
      i = readPunct(src, i, tokens);
    }
  }
  tokens.push({ kind: 'end', text: '', start: src.length, end: src.length, value: 0 });
  return tokens;
}

// No leading zeros: `007` is odd, and `max(1,000, x)` would otherwise be
// silently read as max(1, 0, x).
const PLAIN_NUMBER = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

function readNumber(src: string, start: number, out: Token[]): number {
  // Take the whole run of word characters and dots so that `1e5`, `0x1F`,
  // `2week` and `1.2.3` are reported as one bad number, not split up.
  let end = start;
  while (end < src.length && (isIdentPart(src.charCodeAt(end)) || src.charCodeAt(end) === 46)) end++;
  const text = src.slice(start, end);
  if (!PLAIN_NUMBER.test(text)) badNumber(text, start, end);
  const value = Number(text);
  if (value > MAX_LITERAL) {
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\` is too large: numbers must be between -1000000000 and 1000000000`,
      'check for extra digits',
    );
  }
  out.push({ kind: 'number', text, start, end, value });
  return end;
}

function badNumber(text: string, start: number, end: number): never {
  if (/^0[xXbBoO]/.test(text)) {
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\` is not a plain decimal number`,
      'write numbers in ordinary decimal form, like `31` or `0.25`',
    );
  }
  if (/^[0-9]+(\.[0-9]+)?[eE]/.test(text)) {
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\` uses scientific notation, which is not supported`,
      'write the number out in full, like `100000` or `0.001`',
    );
  }
  if (/^0[0-9]/.test(text)) {
    const plain = text.replace(/^0+(?=[0-9])/, '');
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\` starts with a 0`,
      `write \`${plain}\`: numbers have no leading zeros, and no commas between thousands (\`1000\`, not \`1,000\`)`,
    );
  }
  const trailingDot = /^([0-9]+)\.$/.exec(text);
  if (trailingDot) {
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\` is missing digits after the \`.\``,
      `write \`${trailingDot[1] ?? ''}\` or \`${trailingDot[1] ?? ''}.5\``,
    );
  }
  if (/^[0-9]+(\.[0-9]+)?[A-Za-z_]/.test(text)) {
    fail(
      'EXPR_NUMBER',
      start,
      end,
      `\`${text}\`: a number can't be followed directly by letters`,
      'put an operator between them, e.g. `2 * week`',
    );
  }
  fail('EXPR_NUMBER', start, end, `\`${text}\` is not a valid number`, 'numbers look like `3` or `0.25`');
}

function readName(src: string, start: number, out: Token[]): number {
  let end = start + 1;
  for (;;) {
    while (end < src.length && isIdentPart(src.charCodeAt(end))) end++;
    if (src.charCodeAt(end) !== 46) break;
    if (!isIdentStart(src.charCodeAt(end + 1))) {
      fail(
        'EXPR_SYNTAX',
        end,
        end + 1,
        `\`${src.slice(start, end + 1)}\` is not a complete name`,
        'name parts are joined by dots without spaces, like `trust.ukraine.usa`, and each part starts with a letter or `_`',
      );
    }
    end += 2;
  }
  const text = src.slice(start, end);
  const kind: TokenKind = KEYWORDS.has(text) ? 'keyword' : 'name';
  out.push({ kind, text, start, end, value: 0 });
  return end;
}

function readPunct(src: string, start: number, out: Token[]): number {
  const two = src.slice(start, start + 2);
  if (TWO_CHAR.has(two)) {
    out.push({ kind: 'punct', text: two, start, end: start + 2, value: 0 });
    return start + 2;
  }
  const one = src.charAt(start);
  // `<>` must be caught before `<` is accepted on its own.
  if (ONE_CHAR.has(one) && two !== '<>') {
    out.push({ kind: 'punct', text: one, start, end: start + 1, value: 0 });
    return start + 1;
  }
  for (const [text, message, hint] of LOOKALIKES) {
    if (src.startsWith(text, start)) fail('EXPR_SYNTAX', start, start + text.length, message, hint);
  }
  if (QUOTES.has(one)) {
    fail(
      'EXPR_SYNTAX',
      start,
      start + 1,
      'text in quotes is not allowed in an expression',
      'write lever options without quotes, like `lever.nato == postpone`',
    );
  }
  if (one === '.') {
    if (isDigit(src.charCodeAt(start + 1))) {
      let end = start + 1;
      while (isDigit(src.charCodeAt(end))) end++;
      fail(
        'EXPR_NUMBER',
        start,
        end,
        `\`${src.slice(start, end)}\` needs a digit before the \`.\``,
        `write \`0${src.slice(start, end)}\``,
      );
    }
    fail(
      'EXPR_SYNTAX',
      start,
      start + 1,
      'unexpected `.`',
      'dots only join the parts of a name, like `world.war_intensity`',
    );
  }
  // Report a whole code point so an emoji is not split into half surrogates.
  const cp = src.codePointAt(start) ?? 0;
  const len = cp > 0xffff ? 2 : 1;
  fail(
    'EXPR_SYNTAX',
    start,
    start + len,
    `\`${src.slice(start, start + len)}\` is not allowed in an expression`,
    'expressions use numbers, names, `+ - * /`, comparisons, `and`/`or`/`not` and brackets',
  );
}
