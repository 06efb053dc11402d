import { arithmetic } from './arithmetic';
import { comparison } from './comparison';
import type { Compiled, ExprEnv } from './ExprEnv';
import type { Ir } from './Ir';
import { operand } from './Operand';

/** Compiled code for one subtree; `constant` is set when it folded. */
export interface Code {
  readonly fn: Compiled;
  readonly constant: number | undefined;
}

// Folding runs a subtree's closure once at compile time; a subtree whose
// inputs are all constant never touches the environment, so an empty one
// suffices, and folding can never disagree with evaluation.
const NO_ENV: ExprEnv = { values: [], levers: [], settled: [], redLines: [], week: 0, weeksLeft: 0 };

const constant = (value: number): Code => ({ fn: () => value, constant: value });

function fold(fn: Compiled, inputs: readonly Code[]): Code {
  if (inputs.every((c) => c.constant !== undefined)) return constant(fn(NO_ENV));
  return { fn, constant: undefined };
}

/**
 * Turn checked Ir into a tree of small closures, folding constant subtrees.
 *
 * Semantics (docs/expressions.md): booleans are 1/0; `x / 0` is 0; an
 * arithmetic result that overflows saturates at ±Number.MAX_VALUE, so NaN
 * and ±Infinity never appear given finite inputs.
 */
export function emit(ir: Ir): Code {
  switch (ir.op) {
    case 'num':
      return constant(ir.value);
    case 'value': {
      const i = ir.index;
      return { fn: (e) => e.values[i] as number, constant: undefined };
    }
    case 'week':
      return { fn: (e) => e.week, constant: undefined };
    case 'weeksLeft':
      return { fn: (e) => e.weeksLeft, constant: undefined };
    case 'settled': {
      const l = ir.lever;
      // `> 0` rather than trusting the env to hold exactly 1/0.
      return { fn: (e) => ((e.settled[l] as number) > 0 ? 1 : 0), constant: undefined };
    }
    case 'redLine': {
      const { actor, lever, option } = ir;
      // Optional reads: an env built without the table (constant folding's, a test's) has none declared.
      return { fn: (e) => (e.redLines[actor]?.[lever]?.includes(option) ? 1 : 0), constant: undefined };
    }
    case 'leverIs': {
      const l = ir.lever;
      const k = ir.option;
      const fn: Compiled = ir.negate ? (e) => (e.levers[l] !== k ? 1 : 0) : (e) => (e.levers[l] === k ? 1 : 0);
      return { fn, constant: undefined };
    }
    case 'neg': {
      const a = emit(ir.a);
      const f = a.fn;
      // `0 - x` rather than `-x`: never yields -0.
      return fold((e) => 0 - f(e), [a]);
    }
    case 'abs': {
      const a = emit(ir.a);
      const f = a.fn;
      return fold(
        (e) => {
          const v = f(e);
          return v < 0 ? 0 - v : v;
        },
        [a],
      );
    }
    case 'not': {
      const a = emit(ir.a);
      const f = a.fn;
      return fold((e) => 1 - f(e), [a]);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
    case 'eq':
    case 'ne': {
      const a = emit(ir.a);
      const b = emit(ir.b);
      const x = operand(a.fn, a.constant, ir.a);
      const y = operand(b.fn, b.constant, ir.b);
      const fn =
        ir.op === 'add' || ir.op === 'sub' || ir.op === 'mul' || ir.op === 'div'
          ? arithmetic(ir.op, x, y)
          : comparison(ir.op, x, y);
      return fold(fn, [a, b]);
    }
    case 'and':
    case 'or':
      return logical(ir.op, emit(ir.a), emit(ir.b));
    case 'min':
    case 'max':
      return extremum(ir.op, ir.args.map(emit));
    case 'clamp':
      return clamp(emit(ir.x), emit(ir.lo), emit(ir.hi));
    case 'if': {
      const test = emit(ir.test);
      const then = emit(ir.then);
      const otherwise = emit(ir.otherwise);
      if (test.constant !== undefined) return test.constant !== 0 ? then : otherwise;
      if (then.constant !== undefined && then.constant === otherwise.constant) return then;
      const t = test.fn;
      const a = then.fn;
      const b = otherwise.fn;
      return { fn: (e) => (t(e) !== 0 ? a(e) : b(e)), constant: undefined };
    }
  }
}

function logical(op: 'and' | 'or', a: Code, b: Code): Code {
  // A constant side decides or vanishes: `false and x` is false, `true and x`
  // is x, and so on from either side (operands have no side effects).
  const absorbing = op === 'and' ? 0 : 1;
  if (a.constant !== undefined) return a.constant === absorbing ? constant(absorbing) : b;
  if (b.constant !== undefined) return b.constant === absorbing ? constant(absorbing) : a;
  const x = a.fn;
  const y = b.fn;
  // Operands are exactly 1/0, so JS `&&`/`||` short-circuit and yield 1/0.
  return { fn: op === 'and' ? (e) => x(e) && y(e) : (e) => x(e) || y(e), constant: undefined };
}

function extremum(op: 'min' | 'max', args: readonly Code[]): Code {
  const fns = args.map((c) => c.fn);
  const [x, y] = fns;
  let fn: Compiled;
  if (fns.length === 2 && x && y) {
    fn =
      op === 'min'
        ? (e) => {
            const p = x(e);
            const q = y(e);
            return p < q ? p : q;
          }
        : (e) => {
            const p = x(e);
            const q = y(e);
            return p > q ? p : q;
          };
  } else {
    const n = fns.length;
    fn =
      op === 'min'
        ? (e) => {
            let m = (fns[0] as Compiled)(e);
            for (let i = 1; i < n; i++) {
              const v = (fns[i] as Compiled)(e);
              if (v < m) m = v;
            }
            return m;
          }
        : (e) => {
            let m = (fns[0] as Compiled)(e);
            for (let i = 1; i < n; i++) {
              const v = (fns[i] as Compiled)(e);
              if (v > m) m = v;
            }
            return m;
          };
  }
  return fold(fn, args);
}

// clamp(x, lo, hi) is min(max(x, lo), hi): when lo > hi the result is hi.
// (A constant reversed range is already rejected by the checker.)
function clamp(x: Code, lo: Code, hi: Code): Code {
  const v = x.fn;
  const lc = lo.constant;
  const hc = hi.constant;
  let fn: Compiled;
  if (lc !== undefined && hc !== undefined) {
    fn = (e) => {
      const r = v(e);
      const m = r > lc ? r : lc;
      return m < hc ? m : hc;
    };
  } else {
    const l = lo.fn;
    const h = hi.fn;
    fn = (e) => {
      const r = v(e);
      const a = l(e);
      const m = r > a ? r : a;
      const b = h(e);
      return m < b ? m : b;
    };
  }
  return fold(fn, [x, lo, hi]);
}
