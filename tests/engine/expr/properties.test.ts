/**
 * Property tests: random well-typed expressions are generated as trees,
 * printed with the fewest brackets the precedence rules below allow (plus
 * random extra ones), compiled, and checked against a direct tree-walking
 * reference interpreter. Random and mutated strings check that compilation
 * never throws and always positions its errors inside the source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression, type ExprEnv } from '../../../src/engine/expr/index';
import { LEVERS, scope, VALUE_NAMES } from './testScope';

type LeverName = keyof typeof LEVERS;
type G =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'var'; readonly name: string }
  | { readonly t: 'settled'; readonly name: string }
  | {
      readonly t: 'lever';
      readonly name: LeverName;
      readonly option: string;
      readonly negate: boolean;
      readonly flipped: boolean;
    }
  | { readonly t: 'neg' | 'not' | 'paren'; readonly a: G }
  | { readonly t: 'bin'; readonly op: string; readonly a: G; readonly b: G }
  | { readonly t: 'call'; readonly fn: 'min' | 'max' | 'clamp' | 'abs' | 'if'; readonly args: readonly G[] };

// ---------------------------------------------------------------- generators

const NUMBER_NAMES = [...VALUE_NAMES, 'param.aid_cut', 'param.zero', 'week', 'weeks_left'];
const PARAMS: Readonly<Record<string, number>> = { 'param.aid_cut': 10, 'param.zero': 0 };

const literal = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 100),
  fc.constantFrom(0, 1, 1_000_000_000),
);

const leverCompare = fc.constantFrom(...(Object.keys(LEVERS) as LeverName[])).chain((name) =>
  fc.record({
    t: fc.constant('lever' as const),
    name: fc.constant(name),
    option: fc.constantFrom(...LEVERS[name]),
    negate: fc.boolean(),
    flipped: fc.boolean(),
  }),
);

const { num, bool } = fc.letrec<{ num: G; bool: G }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.oneof(
      literal.map((v): G => ({ t: 'num', v })),
      fc.constantFrom(...NUMBER_NAMES).map((name): G => ({ t: 'var', name })),
    ),
    tie('num').map((a): G => ({ t: 'neg', a })),
    tie('num').map((a): G => ({ t: 'paren', a })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/'), tie('num'), tie('num'))
      .map(([op, a, b]): G => ({ t: 'bin', op, a, b })),
    fc
      .tuple(fc.constantFrom('min' as const, 'max' as const), fc.array(tie('num'), { minLength: 2, maxLength: 3 }))
      .map(([fn, args]): G => ({ t: 'call', fn, args })),
    fc.tuple(tie('num'), tie('num'), tie('num')).map((args): G => ({ t: 'call', fn: 'clamp', args })),
    tie('num').map((a): G => ({ t: 'call', fn: 'abs', args: [a] })),
    fc.tuple(tie('bool'), tie('num'), tie('num')).map((args): G => ({ t: 'call', fn: 'if', args })),
  ),
  bool: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.oneof(
      fc.boolean().map((v): G => ({ t: 'bool', v })),
      fc.constantFrom('settled.nato', 'settled.minerals').map((name): G => ({ t: 'settled', name })),
      leverCompare,
    ),
    tie('bool').map((a): G => ({ t: 'not', a })),
    tie('bool').map((a): G => ({ t: 'paren', a })),
    fc
      .tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('num'), tie('num'))
      .map(([op, a, b]): G => ({ t: 'bin', op, a, b })),
    fc.tuple(fc.constantFrom('==', '!='), tie('bool'), tie('bool')).map(([op, a, b]): G => ({ t: 'bin', op, a, b })),
    fc.tuple(fc.constantFrom('and', 'or'), tie('bool'), tie('bool')).map(([op, a, b]): G => ({ t: 'bin', op, a, b })),
    fc.tuple(tie('bool'), tie('bool'), tie('bool')).map((args): G => ({ t: 'call', fn: 'if', args })),
  ),
}));

const envArb: fc.Arbitrary<ExprEnv> = fc.record({
  values: fc.array(
    fc.oneof(
      fc.integer({ min: -100, max: 100 }),
      fc.constantFrom(0, 10, 50),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
    { minLength: VALUE_NAMES.length, maxLength: VALUE_NAMES.length },
  ),
  levers: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })),
  settled: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })),
  // No generated expression names a red line; the table is there for the env's shape.
  redLines: fc.constant([]),
  week: fc.integer({ min: 0, max: 52 }),
  weeksLeft: fc.integer({ min: 0, max: 52 }),
});

// ------------------------------------------------------------------ printer

// The precedence table, written independently of the parser: a tighter
// binding has a higher number. Binary operators are left-associative, and a
// comparison's operands must bind tighter than a comparison (no chaining).
const PREC: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '==': 4,
  '!=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const NOT = 3;
const NEG = 7;
const ATOM = 8;

function print(g: G): { s: string; p: number } {
  const wrap = (x: G, min: number): string => {
    const r = print(x);
    return r.p >= min ? r.s : `(${r.s})`;
  };
  switch (g.t) {
    case 'num':
      return { s: String(g.v), p: ATOM };
    case 'bool':
      return { s: String(g.v), p: ATOM };
    case 'var':
    case 'settled':
      return { s: g.name, p: ATOM };
    case 'lever': {
      const op = g.negate ? '!=' : '==';
      return { s: g.flipped ? `${g.option} ${op} ${g.name}` : `${g.name} ${op} ${g.option}`, p: 4 };
    }
    case 'neg':
      return { s: `-${wrap(g.a, NEG)}`, p: NEG };
    case 'not':
      return { s: `not ${wrap(g.a, NOT)}`, p: NOT };
    case 'paren':
      return { s: `(${print(g.a).s})`, p: ATOM };
    case 'bin': {
      const p = PREC[g.op] ?? 0;
      const leftMin = p === 4 ? 5 : p;
      return { s: `${wrap(g.a, leftMin)} ${g.op} ${wrap(g.b, p + 1)}`, p };
    }
    case 'call':
      return { s: `${g.fn}(${g.args.map((a) => print(a).s).join(', ')})`, p: ATOM };
  }
}

// ------------------------------------------------------- reference interpreter

const MAX = Number.MAX_VALUE;
const sat = (r: number): number => (Number.isFinite(r) ? r : Number.isNaN(r) ? 0 : r > 0 ? MAX : -MAX);

function ref(g: G, env: ExprEnv): number | boolean {
  const n = (x: G): number => ref(x, env) as number;
  const b = (x: G): boolean => ref(x, env) as boolean;
  switch (g.t) {
    case 'num':
    case 'bool':
      return g.v;
    case 'var': {
      if (g.name === 'week') return env.week;
      if (g.name === 'weeks_left') return env.weeksLeft;
      const param = PARAMS[g.name];
      if (param !== undefined) return param;
      return env.values[VALUE_NAMES.indexOf(g.name as (typeof VALUE_NAMES)[number])] as number;
    }
    case 'settled':
      return (env.settled[g.name === 'settled.nato' ? 0 : 1] as number) > 0;
    case 'lever': {
      const index = g.name === 'lever.nato' ? 0 : 1;
      const is = env.levers[index] === (LEVERS[g.name] as readonly string[]).indexOf(g.option);
      return g.negate ? !is : is;
    }
    case 'neg':
      return -n(g.a);
    case 'not':
      return !b(g.a);
    case 'paren':
      return ref(g.a, env);
    case 'bin':
      switch (g.op) {
        case '+':
          return sat(n(g.a) + n(g.b));
        case '-':
          return sat(n(g.a) - n(g.b));
        case '*':
          return sat(n(g.a) * n(g.b));
        case '/':
          return n(g.b) === 0 ? 0 : sat(n(g.a) / n(g.b));
        case '<':
          return n(g.a) < n(g.b);
        case '<=':
          return n(g.a) <= n(g.b);
        case '>':
          return n(g.a) > n(g.b);
        case '>=':
          return n(g.a) >= n(g.b);
        case '==':
          return ref(g.a, env) === ref(g.b, env);
        case '!=':
          return ref(g.a, env) !== ref(g.b, env);
        case 'and':
          return b(g.a) && b(g.b);
        case 'or':
          return b(g.a) || b(g.b);
      }
      throw new Error(`unknown operator ${g.op}`);
    case 'call': {
      const [x, y, z] = g.args as [G, G, G];
      switch (g.fn) {
        case 'min':
          return Math.min(...g.args.map(n));
        case 'max':
          return Math.max(...g.args.map(n));
        case 'clamp':
          return Math.min(Math.max(n(x), n(y)), n(z));
        case 'abs':
          return Math.abs(n(x));
        case 'if':
          return b(x) ? ref(y, env) : ref(z, env);
      }
    }
  }
}

function expectedResult(g: G, env: ExprEnv): number {
  const r = ref(g, env);
  return typeof r === 'boolean' ? (r ? 1 : 0) : sat(r) + 0;
}

// Generated trees can, rarely, fold a clamp to a reversed constant range or
// exceed the length limit; those are legitimate compile errors, not bugs.
const LEGITIMATE = new Set(['EXPR_CLAMP_RANGE', 'EXPR_TOO_LONG']);

const typed = fc.oneof(
  num.map((g) => ({ g, type: 'number' as const })),
  bool.map((g) => ({ g, type: 'boolean' as const })),
);

// ------------------------------------------------------------------ properties

describe('generated valid expressions', () => {
  it('compile, and evaluate to the reference interpreter’s finite result', () => {
    fc.assert(
      fc.property(typed, fc.array(envArb, { minLength: 1, maxLength: 3 }), ({ g, type }, envs) => {
        const source = print(g).s;
        const r = compileExpression(source, scope, type);
        if (!r.ok) {
          expect(LEGITIMATE.has(r.error.code), `${source}: ${r.error.code} ${r.error.message}`).toBe(true);
          return;
        }
        for (const env of envs) {
          const got = r.fn(env);
          expect(Number.isFinite(got)).toBe(true);
          expect(got, source).toBe(expectedResult(g, env));
          if (type === 'boolean') expect([0, 1]).toContain(got);
          if (r.constant !== undefined) expect(got).toBe(r.constant);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('fail with EXPR_TYPE over the whole source when the other type is expected', () => {
    fc.assert(
      fc.property(typed, ({ g, type }) => {
        const source = print(g).s;
        const r = compileExpression(source, scope, type === 'number' ? 'boolean' : 'number');
        expect(r.ok).toBe(false);
        if (r.ok || LEGITIMATE.has(r.error.code)) return;
        expect(r.error).toMatchObject({ code: 'EXPR_TYPE', offset: 0, length: source.length });
      }),
    );
  });

  it('ignore extra spaces between tokens', () => {
    fc.assert(
      fc.property(typed, envArb, ({ g, type }, env) => {
        const source = print(g).s;
        const spaced = source.replace(/([(),])/g, ' $1 ').replace(/ /g, '  ');
        const a = compileExpression(source, scope, type);
        const b = compileExpression(spaced, scope, type);
        if (!a.ok || !b.ok) return; // length limit: the spaced copy is longer
        expect(b.fn(env)).toBe(a.fn(env));
      }),
    );
  });
});

describe('arbitrary input', () => {
  const env: ExprEnv = {
    values: [1, 2, 3, 4, 5, 6, 7],
    levers: [0, 1],
    settled: [1, 0],
    redLines: [],
    week: 2,
    weeksLeft: 5,
  };

  function checkNeverThrows(source: string, type: 'number' | 'boolean'): void {
    const r = compileExpression(source, scope, type);
    if (r.ok) {
      expect(Number.isFinite(r.fn(env))).toBe(true);
      return;
    }
    const { offset, length, code, message } = r.error;
    expect(Number.isInteger(offset) && Number.isInteger(length)).toBe(true);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(source.length);
    expect(length).toBeGreaterThanOrEqual(1);
    // Past the end only for "ends too early" errors, by exactly one.
    expect(offset + length).toBeLessThanOrEqual(source.length + 1);
    expect(code).toMatch(/^EXPR_[A-Z_]+$/);
    expect(message.length).toBeGreaterThan(0);
  }

  const type = fc.constantFrom('number' as const, 'boolean' as const);

  it('random strings never throw and errors stay inside the source', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), type, checkNeverThrows), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), type, checkNeverThrows), { numRuns: 500 });
  });

  it('random token soup never throws', () => {
    const token = fc.constantFrom(
      '(',
      ')',
      ',',
      '+',
      '-',
      '*',
      '/',
      '<',
      '<=',
      '>',
      '>=',
      '==',
      '!=',
      '=',
      '!',
      'and',
      'or',
      'not',
      'true',
      'false',
      '0',
      '1',
      '2.5',
      '1e3',
      '.',
      'week',
      'weeks_left',
      'world.war_intensity',
      'support.ukraine',
      'lever.nato',
      'postpone',
      'settled.nato',
      'param.aid_cut',
      'min',
      'max',
      'clamp',
      'abs',
      'if',
      'foo',
      '"',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 25 }), fc.constantFrom(' ', ''), type, (tokens, sep, t) =>
        checkNeverThrows(tokens.join(sep), t),
      ),
      { numRuns: 2000 },
    );
  });

  it('one-character mutations of valid expressions never throw', () => {
    fc.assert(
      fc.property(
        typed,
        fc.nat(),
        fc.constantFrom('delete', 'insert', 'replace'),
        fc.constantFrom(...'()+-*/<>=!,. a1'),
        ({ g, type: t }, at, how, ch) => {
          const source = print(g).s;
          const i = at % (source.length + 1);
          const mutated =
            how === 'delete'
              ? source.slice(0, i) + source.slice(i + 1)
              : how === 'insert'
                ? source.slice(0, i) + ch + source.slice(i)
                : source.slice(0, i) + ch + source.slice(i + 1);
          checkNeverThrows(mutated, t);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
