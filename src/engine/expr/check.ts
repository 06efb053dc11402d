import type { Ast, BinaryNode, CallNode, NameNode } from './Ast';
import { didYouMean } from './didYouMean';
import { emit } from './emit';
import type { ExprScope } from './ExprScope';
import { fail } from './fail';
import { FUNCTIONS } from './functions';
import type { Ir, IrBinaryOp } from './Ir';
import { at } from '../util/at';
import { toFinite } from './toFinite';
import { snippet } from './snippet';
import { KEYWORDS } from './tokenize';

interface Lever {
  readonly name: string;
  readonly lever: number;
  readonly options: readonly string[];
}

/**
 * A checked subtree. A lever read has no Ir of its own: the only thing an
 * expression may do with it is `==`/`!=` against an option, which becomes
 * a single `leverIs` node.
 */
type Typed =
  | { readonly type: 'number' | 'boolean'; readonly ir: Ir; readonly node: Ast }
  | { readonly type: 'option'; readonly lever: Lever; readonly node: Ast };

type ValueType = 'number' | 'boolean';

const KIND: Readonly<Record<Typed['type'], string>> = {
  number: 'a number',
  boolean: 'true/false',
  option: 'a lever choice',
};

const ARITHMETIC: Readonly<Record<string, IrBinaryOp>> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' };
const ORDERING: Readonly<Record<string, IrBinaryOp>> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const ORDINALS = ['first', 'second', 'third'];
const INVALID_NUMBERS: ReadonlySet<string> = new Set(['nan', 'infinity', 'inf']);

export interface Checked {
  readonly ir: Ir;
  /** Scope names referenced, in order of first appearance. */
  readonly names: readonly string[];
}

/**
 * Resolve names against the scope and check types, producing Ir. Errors point
 * at the operand that has the wrong type (or at the operator when neither side
 * is "the" wrong one, as in `1 == true`).
 */
export function check(ast: Ast, src: string, scope: ExprScope, expected: ValueType): Checked {
  const names: string[] = [];
  const seen = new Set<string>();
  let allNames: readonly string[] | undefined;
  const scopeNames = (): readonly string[] => (allNames ??= [...scope.names()]);

  const text = (node: Ast): string => snippet(src, node.start, node.end);

  function node(n: Ast): Typed {
    switch (n.kind) {
      case 'number':
        return { type: 'number', ir: { op: 'num', value: n.value }, node: n };
      case 'bool':
        return { type: 'boolean', ir: { op: 'num', value: n.value ? 1 : 0 }, node: n };
      case 'name':
        return name(n);
      case 'unary':
        if (n.op === '-') {
          const a = want(
            node(n.operand),
            'number',
            (got) => `\`-\` works on numbers, but here it is applied to ${got}`,
          );
          return { type: 'number', ir: { op: 'neg', a }, node: n };
        } else {
          const a = want(
            node(n.operand),
            'boolean',
            (got) => `\`not\` needs true/false, but here it is applied to ${got}`,
          );
          return { type: 'boolean', ir: { op: 'not', a }, node: n };
        }
      case 'binary':
        return binary(n);
      case 'call':
        return call(n);
    }
  }

  function name(n: NameNode): Typed {
    const reason = scope.forbidden?.(n.name);
    if (reason !== undefined) fail('EXPR_FORBIDDEN_NAME', n.start, n.end, `\`${n.name}\` cannot be used here`, reason);
    const b = scope.lookup(n.name);
    if (b === undefined) unknownName(n);
    if (!seen.has(n.name)) {
      seen.add(n.name);
      names.push(n.name);
    }
    switch (b.kind) {
      case 'value':
        return { type: 'number', ir: { op: 'value', index: b.index }, node: n };
      case 'const':
        return { type: 'number', ir: { op: 'num', value: toFinite(b.value) }, node: n };
      case 'week':
        return { type: 'number', ir: { op: 'week' }, node: n };
      case 'weeks_left':
        return { type: 'number', ir: { op: 'weeksLeft' }, node: n };
      case 'settled':
        return { type: 'boolean', ir: { op: 'settled', lever: b.lever }, node: n };
      case 'red_line':
        return { type: 'boolean', ir: { op: 'redLine', actor: b.actor, lever: b.lever, option: b.option }, node: n };
      case 'lever':
        return { type: 'option', lever: { name: n.name, lever: b.lever, options: b.options }, node: n };
    }
  }

  function unknownName(n: NameNode): never {
    const lower = n.name.toLowerCase();
    if (INVALID_NUMBERS.has(lower)) {
      fail(
        'EXPR_NUMBER',
        n.start,
        n.end,
        `\`${n.name}\` is not a number you can use`,
        'numbers must be ordinary finite decimals, like `100`',
      );
    }
    const fn = FUNCTIONS.get(n.name);
    if (fn) {
      fail(
        'EXPR_UNKNOWN_NAME',
        n.start,
        n.end,
        `\`${n.name}\` is a function, so it needs brackets`,
        `use it like \`${fn.usage}\``,
      );
    }
    if (KEYWORDS.has(lower)) {
      fail(
        'EXPR_UNKNOWN_NAME',
        n.start,
        n.end,
        `\`${n.name}\` is not a known name`,
        `write \`${lower}\` in lower case`,
      );
    }
    fail('EXPR_UNKNOWN_NAME', n.start, n.end, `\`${n.name}\` is not a known name`, unknownNameHint(n.name));
  }

  function unknownNameHint(wanted: string): string {
    const all = scopeNames();
    const close = didYouMean(wanted, all);
    if (close !== undefined) return `did you mean \`${close}\`?`;
    const dot = wanted.indexOf('.');
    if (dot > 0) {
      const prefix = wanted.slice(0, dot + 1);
      const siblings = all.filter((s) => s.startsWith(prefix)).sort();
      if (siblings.length > 0) {
        const shown = siblings
          .slice(0, 8)
          .map((s) => `\`${s}\``)
          .join(', ');
        return `names starting with \`${prefix}\` are: ${shown}${siblings.length > 8 ? ', …' : ''}`;
      }
    }
    const heads = [...new Set(all.map((s) => (s.includes('.') ? `${s.slice(0, s.indexOf('.'))}.` : s)))].sort();
    if (heads.length === 0) return 'no names can be used here';
    return `names start with one of: ${heads.map((h) => `\`${h}\``).join(', ')}`;
  }

  // Returns the Ir of `t` if it has type `type`; otherwise fails with the
  // message built from what it got. Levers get their own explanation.
  function want(t: Typed, type: ValueType, message: (got: string) => string): Ir {
    if (t.type === 'option') leverMisuse(t.lever, t.node);
    if (t.type === type) return t.ir;
    const hint =
      type === 'boolean'
        ? `compare it with something, e.g. \`${text(t.node)} > 0\``
        : 'true/false cannot be used in calculations; `if(test, a, b)` turns a test into a number';
    fail('EXPR_TYPE', t.node.start, t.node.end, message(KIND[t.type]), hint);
  }

  function leverHint(lever: Lever): string {
    const first = lever.options[0];
    if (first === undefined) return `\`${lever.name}\` has no options`;
    return `for example \`${lever.name} == ${first}\`; its options are: ${lever.options.join(', ')}`;
  }

  function leverMisuse(lever: Lever, at: Ast): never {
    fail(
      'EXPR_TYPE',
      at.start,
      at.end,
      `\`${lever.name}\` is a lever choice, which can only be compared with one of its options`,
      leverHint(lever),
    );
  }

  function binary(n: BinaryNode): Typed {
    if (n.op === '==' || n.op === '!=') return equality(n);
    const side = (left: boolean): string => (left ? 'left' : 'right');
    const arithmetic = ARITHMETIC[n.op];
    if (arithmetic !== undefined) {
      const message = (left: boolean) => (got: string) =>
        `\`${n.op}\` works on numbers, but its ${side(left)} side is ${got}`;
      const a = want(node(n.left), 'number', message(true));
      const b = want(node(n.right), 'number', message(false));
      return { type: 'number', ir: { op: arithmetic, a, b }, node: n };
    }
    const ordering = ORDERING[n.op];
    if (ordering !== undefined) {
      const message = (left: boolean) => (got: string) =>
        `\`${n.op}\` compares numbers, but its ${side(left)} side is ${got}`;
      const a = want(node(n.left), 'number', message(true));
      const b = want(node(n.right), 'number', message(false));
      return { type: 'boolean', ir: { op: ordering, a, b }, node: n };
    }
    const logical = n.op === 'and' ? 'and' : 'or';
    const message = (left: boolean) => (got: string) =>
      `\`${n.op}\` needs true/false on both sides, but its ${side(left)} side is ${got}`;
    const a = want(node(n.left), 'boolean', message(true));
    const b = want(node(n.right), 'boolean', message(false));
    return { type: 'boolean', ir: { op: logical, a, b }, node: n };
  }

  // A bare single identifier may be an option id, but only opposite a lever.
  const isBare = (n: Ast): n is NameNode => n.kind === 'name' && !n.name.includes('.');

  function equality(n: BinaryNode): Typed {
    const negate = n.op === '!=';
    const { left, right } = n;
    // `postpone == lever.nato`: resolve the lever first (which also reports it
    // if forbidden) so `postpone` is read as an option, not a name.
    if (
      isBare(left) &&
      right.kind === 'name' &&
      (scope.forbidden?.(right.name) !== undefined || scope.lookup(right.name)?.kind === 'lever')
    ) {
      const r = name(right);
      if (r.type === 'option') return option(n, r.lever, left, negate);
    }
    const l = node(left);
    if (l.type === 'option') {
      if (isBare(right)) return option(n, l.lever, right, negate);
      const r = node(right);
      leverVersus(l.lever, r);
    }
    const r = node(right);
    if (r.type === 'option') leverVersus(r.lever, l);
    if (l.type !== r.type) {
      fail(
        'EXPR_TYPE',
        n.opStart,
        n.opStart + n.op.length,
        `\`${n.op}\` compares two values of the same kind, but the left side is ${KIND[l.type]} and the right side is ${KIND[r.type]}`,
        'compare numbers with numbers, and true/false with true/false',
      );
    }
    return { type: 'boolean', ir: { op: negate ? 'ne' : 'eq', a: l.ir, b: r.ir }, node: n };
  }

  function leverVersus(lever: Lever, other: Typed): never {
    const got = other.type === 'option' ? 'another lever' : KIND[other.type];
    fail(
      'EXPR_TYPE',
      other.node.start,
      other.node.end,
      `\`${lever.name}\` can only be compared with one of its options, not with ${got}`,
      leverHint(lever),
    );
  }

  function option(n: BinaryNode, lever: Lever, id: NameNode, negate: boolean): Typed {
    const index = lever.options.indexOf(id.name);
    if (index < 0) {
      const close = didYouMean(id.name, lever.options);
      const list = lever.options.length > 0 ? `its options are: ${lever.options.join(', ')}` : 'it has no options';
      fail(
        'EXPR_UNKNOWN_OPTION',
        id.start,
        id.end,
        `\`${id.name}\` is not an option of \`${lever.name}\``,
        close === undefined ? list : `did you mean \`${close}\`? ${list}`,
      );
    }
    return { type: 'boolean', ir: { op: 'leverIs', lever: lever.lever, option: index, negate }, node: n };
  }

  function call(n: CallNode): Typed {
    const spec = FUNCTIONS.get(n.callee);
    if (spec === undefined) {
      if (scope.lookup(n.callee) !== undefined) {
        fail(
          'EXPR_UNKNOWN_FUNCTION',
          n.start,
          n.calleeEnd,
          `\`${n.callee}\` is a name, not a function`,
          `to multiply, write \`*\`, as in \`${n.callee} * (…)\``,
        );
      }
      const close = didYouMean(n.callee, FUNCTIONS.keys());
      const list = `the functions are: ${[...FUNCTIONS.keys()].join(', ')}`;
      fail(
        'EXPR_UNKNOWN_FUNCTION',
        n.start,
        n.calleeEnd,
        `there is no function called \`${n.callee}\``,
        close === undefined ? list : `did you mean \`${close}\`? ${list}`,
      );
    }
    const count = n.args.length;
    if (count < spec.minArgs || count > spec.maxArgs) {
      const amount = spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `at least ${spec.minArgs}`;
      const plural = spec.minArgs === 1 ? 'value' : 'values';
      const message = `\`${n.callee}\` needs ${amount} ${plural}, but got ${count}`;
      const hint = `use it like \`${spec.usage}\``;
      const extra = n.args[spec.maxArgs];
      if (count > spec.maxArgs && extra) fail('EXPR_ARITY', extra.start, extra.end, message, hint);
      fail('EXPR_ARITY', n.close, n.close + 1, message, hint);
    }
    const ordinal = (i: number): string => ORDINALS[i] ?? `${i + 1}th`;
    // The arity is checked above, so every index below names a value of the call.
    const arg = (i: number): Ast => at(n.args, i, 'argument');
    const numberArg = (i: number): Ir =>
      want(node(arg(i)), 'number', (got) => `\`${n.callee}\` needs numbers, but its ${ordinal(i)} value is ${got}`);
    switch (spec.name) {
      case 'min':
      case 'max':
        return { type: 'number', ir: { op: spec.name, args: n.args.map((_, i) => numberArg(i)) }, node: n };
      case 'abs':
        return { type: 'number', ir: { op: 'abs', a: numberArg(0) }, node: n };
      case 'clamp': {
        const x = numberArg(0);
        const lo = numberArg(1);
        const hi = numberArg(2);
        // A reversed constant range is always a mistake; catch it at load time.
        const loValue = emit(lo).constant;
        const hiValue = emit(hi).constant;
        if (loValue !== undefined && hiValue !== undefined && loValue > hiValue) {
          fail(
            'EXPR_CLAMP_RANGE',
            arg(1).start,
            arg(2).end,
            `the lowest value (${loValue}) is above the highest value (${hiValue})`,
            `the order is \`${spec.usage}\``,
          );
        }
        return { type: 'number', ir: { op: 'clamp', x, lo, hi }, node: n };
      }
      case 'if': {
        const test = want(
          node(arg(0)),
          'boolean',
          (got) => `the first value of \`if\` must be a test (true/false), but it is ${got}`,
        );
        const a = node(arg(1));
        const b = node(arg(2));
        if (a.type === 'option') leverMisuse(a.lever, a.node);
        if (b.type === 'option') leverMisuse(b.lever, b.node);
        if (a.type !== b.type) {
          fail(
            'EXPR_TYPE',
            b.node.start,
            b.node.end,
            `both results of \`if\` must be the same kind, but the second value is ${KIND[a.type]} and the third is ${KIND[b.type]}`,
            'for example `if(test, 10, 0)` or `if(test, true, false)`',
          );
        }
        return { type: a.type, ir: { op: 'if', test, then: a.ir, otherwise: b.ir }, node: n };
      }
    }
  }

  const root = node(ast);
  const ir = want(root, expected, (got) =>
    expected === 'boolean'
      ? `this must be a test that is true or false, but it calculates ${got}`
      : `this must calculate a number, but it is ${got}`,
  );
  return { ir, names };
}
