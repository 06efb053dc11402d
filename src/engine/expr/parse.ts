import type { Ast, BinaryOp } from './Ast';
import { ExprFailure, fail } from './fail';
import { MAX_DEPTH } from './limits';
import { snippet } from './snippet';
import { KEYWORDS, type Token } from './tokenize';

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);
const BINARY_PUNCT: ReadonlySet<string> = new Set(['+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=']);

/**
 * Recursive-descent parser. Precedence, loosest first:
 *   or < and < not < comparison (one, unchained) < + - < * / < unary - < atoms.
 * `not` binds looser than comparisons, so `not a < b` is `not (a < b)`.
 * Recursion happens only through brackets, calls, `-` and `not`; each of
 * those counts one level against MAX_DEPTH, which bounds the stack.
 */
export function parse(tokens: readonly Token[], src: string): Ast {
  let pos = 0;
  let depth = 0;
  // tokenize always ends the list with an `end` token, which peek keeps returning once reached.
  const end = tokens[tokens.length - 1];
  if (end === undefined) throw new RangeError('parse needs the tokens of tokenize, which end with an end token');

  const peek = (): Token => tokens[pos] ?? end;
  const next = (): Token => {
    const t = peek();
    if (t.kind !== 'end') pos++;
    return t;
  };
  const isPunct = (t: Token, text: string): boolean => t.kind === 'punct' && t.text === text;
  const isKeyword = (t: Token, text: string): boolean => t.kind === 'keyword' && t.text === text;

  function enter(t: Token): void {
    depth++;
    if (depth > MAX_DEPTH) {
      fail(
        'EXPR_TOO_DEEP',
        t.start,
        t.end,
        `this expression is nested too deeply (more than ${MAX_DEPTH} levels of brackets, functions, \`-\` or \`not\`)`,
        'split it into simpler expressions',
      );
    }
  }

  function parseOr(): Ast {
    let left = parseAnd();
    while (isKeyword(peek(), 'or')) {
      const op = next();
      const right = parseAnd();
      left = binary('or', op, left, right);
    }
    return left;
  }

  function parseAnd(): Ast {
    let left = parseNot();
    while (isKeyword(peek(), 'and')) {
      const op = next();
      const right = parseNot();
      left = binary('and', op, left, right);
    }
    return left;
  }

  function parseNot(): Ast {
    const t = peek();
    if (!isKeyword(t, 'not')) return parseComparison();
    next();
    enter(t);
    const operand = parseNot();
    depth--;
    return { kind: 'unary', op: 'not', opStart: t.start, operand, start: t.start, end: operand.end };
  }

  function parseComparison(): Ast {
    const left = parseAdditive();
    const op = peek();
    if (op.kind !== 'punct' || !COMPARISONS.has(op.text)) return left;
    next();
    const right = parseAdditive();
    const again = peek();
    if (again.kind === 'punct' && COMPARISONS.has(again.text)) chained(left, op, right, again);
    return binary(op.text as BinaryOp, op, left, right);
  }

  // `a < b < c` means different things in different languages, so it is
  // refused outright, with the `and` form spelled out from the source.
  function chained(left: Ast, op: Token, middle: Ast, again: Token): never {
    next();
    const text = (n: Ast): string => snippet(src, n.start, n.end);
    let third = '…';
    const save = pos;
    try {
      third = text(parseAdditive());
    } catch (e) {
      // The rest is broken too; the first problem is still the chain.
      if (!(e instanceof ExprFailure)) throw e;
    }
    pos = save;
    fail(
      'EXPR_SYNTAX',
      again.start,
      again.end,
      'comparisons cannot be chained',
      `write two comparisons joined by \`and\`: \`${text(left)} ${op.text} ${text(middle)} and ${text(middle)} ${again.text} ${third}\``,
    );
  }

  function parseAdditive(): Ast {
    let left = parseMultiplicative();
    for (;;) {
      const t = peek();
      if (!isPunct(t, '+') && !isPunct(t, '-')) return left;
      next();
      left = binary(t.text as BinaryOp, t, left, parseMultiplicative());
    }
  }

  function parseMultiplicative(): Ast {
    let left = parseUnary();
    for (;;) {
      const t = peek();
      if (!isPunct(t, '*') && !isPunct(t, '/')) return left;
      next();
      left = binary(t.text as BinaryOp, t, left, parseUnary());
    }
  }

  function parseUnary(): Ast {
    const t = peek();
    if (!isPunct(t, '-')) return parsePrimary();
    next();
    enter(t);
    const operand = parseUnary();
    depth--;
    return { kind: 'unary', op: '-', opStart: t.start, operand, start: t.start, end: operand.end };
  }

  function parsePrimary(): Ast {
    const t = next();
    switch (t.kind) {
      case 'number':
        return { kind: 'number', value: t.value, start: t.start, end: t.end };
      case 'keyword':
        if (t.text === 'true' || t.text === 'false') {
          return { kind: 'bool', value: t.text === 'true', start: t.start, end: t.end };
        }
        break;
      case 'name':
        if (isPunct(peek(), '(')) return parseCall(t);
        return { kind: 'name', name: t.text, start: t.start, end: t.end };
      case 'punct':
        if (t.text === '(') return parseGroup(t);
        break;
      case 'end':
        break;
    }
    return missingValue(t);
  }

  function parseGroup(open: Token): Ast {
    enter(open);
    const inner = parseOr();
    const close = peek();
    if (!isPunct(close, ')')) unclosed(open, close);
    next();
    depth--;
    return { ...inner, start: open.start, end: close.end };
  }

  function parseCall(name: Token): Ast {
    const open = next();
    enter(open);
    const args: Ast[] = [];
    if (!isPunct(peek(), ')')) {
      for (;;) {
        args.push(parseOr());
        const t = peek();
        if (isPunct(t, ',')) {
          next();
          continue;
        }
        if (isPunct(t, ')')) break;
        unclosed(open, t, name.text);
      }
    }
    const close = next();
    depth--;
    return {
      kind: 'call',
      callee: name.text,
      calleeEnd: name.end,
      args,
      close: close.start,
      start: name.start,
      end: close.end,
    };
  }

  // A value was required at `t` but something else is there.
  function missingValue(t: Token): never {
    const index = tokens.indexOf(t);
    const prev = index > 0 ? tokens[index - 1] : undefined;
    if (t.kind === 'end') {
      const after = prev ? ` after \`${prev.text}\`` : '';
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end + 1,
        `the expression ends too early: a value is missing${after}`,
        'finish the expression, or remove the operator at the end',
      );
    }
    if (isPunct(t, ')') && prev && isPunct(prev, '(')) {
      fail('EXPR_SYNTAX', t.start, t.end, 'empty brackets `()`', 'put a value inside the brackets, or remove them');
    }
    if (isPunct(t, ')') && prev && isPunct(prev, ',')) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        'a value is missing after `,`',
        'remove the last `,` or add a value after it',
      );
    }
    if ((t.kind === 'punct' && BINARY_PUNCT.has(t.text)) || isKeyword(t, 'and') || isKeyword(t, 'or')) {
      if (prev && (prev.kind === 'keyword' || (prev.kind === 'punct' && BINARY_PUNCT.has(prev.text)))) {
        fail(
          'EXPR_SYNTAX',
          t.start,
          t.end,
          `\`${t.text}\` follows \`${prev.text}\` with no value in between`,
          'an operator needs a value on each side',
        );
      }
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        `\`${t.text}\` needs a value before it`,
        'an operator needs a value on each side',
      );
    }
    if (isKeyword(t, 'not')) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        '`not` cannot appear here without brackets',
        'put brackets around it, like `(not settled.minerals)`',
      );
    }
    if (isPunct(t, ',')) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        'unexpected `,`',
        'commas only separate the values given to a function, like `max(a, b)`',
      );
    }
    fail(
      'EXPR_SYNTAX',
      t.start,
      t.end,
      `expected a value here, but found \`${t.text}\``,
      'a value is a number, a name, `true`/`false`, a function call or an expression in brackets',
    );
  }

  // Something that cannot continue an expression appears where `)` (or, in a
  // call, `,`) was expected.
  function unclosed(open: Token, t: Token, fn?: string): never {
    if (t.kind === 'end') {
      const what = fn === undefined ? 'this `(`' : `the \`(\` of \`${fn}(\``;
      fail('EXPR_SYNTAX', open.start, open.end, `${what} is never closed`, 'add the missing `)`');
    }
    return unexpectedAfterValue(t);
  }

  // A complete value is followed by a token that can't follow it.
  function unexpectedAfterValue(t: Token): never {
    if (isPunct(t, ')')) {
      fail('EXPR_SYNTAX', t.start, t.end, 'this `)` has no matching `(`', 'remove it, or add the missing `(` earlier');
    }
    if (isPunct(t, ',')) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        'unexpected `,`',
        'commas only separate the values given to a function, like `max(a, b)`',
      );
    }
    if (t.kind === 'name' && KEYWORDS.has(t.text.toLowerCase())) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        `unexpected \`${t.text}\``,
        `write \`${t.text.toLowerCase()}\` in lower case`,
      );
    }
    if (isPunct(t, '(')) {
      fail(
        'EXPR_SYNTAX',
        t.start,
        t.end,
        'an operator is missing before `(`',
        'put an operator like `*` between the value and the bracket; function names go right before `(`',
      );
    }
    fail(
      'EXPR_SYNTAX',
      t.start,
      t.end,
      `an operator is missing before \`${t.text}\``,
      'put an operator like `+`, `*`, `==`, `and` or `or` between two values',
    );
  }

  function binary(op: BinaryOp, t: Token, left: Ast, right: Ast): Ast {
    return { kind: 'binary', op, opStart: t.start, left, right, start: left.start, end: right.end };
  }

  const ast = parseOr();
  const rest = peek();
  if (rest.kind !== 'end') unexpectedAfterValue(rest);
  return ast;
}
