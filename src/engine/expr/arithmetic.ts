import type { Compiled } from './ExprEnv';
import { asFn, read, sat, type Operand } from './Operand';

export type ArithmeticOp = 'add' | 'sub' | 'mul' | 'div';

/**
 * Closure for `a op b`, specialised on operand shapes. Every result goes
 * through `sat` (overflow saturates, never ±Infinity or NaN) and division by
 * zero gives 0. Both constant is not handled specially: the caller folds it.
 */
export function arithmetic(op: ArithmeticOp, a: Operand, b: Operand): Compiled {
  switch (op) {
    case 'add':
      return add(a, b);
    case 'sub':
      return sub(a, b);
    case 'mul':
      return mul(a, b);
    case 'div':
      return div(a, b);
  }
}

// `+` and `*` are commutative (bit-for-bit in IEEE 754), so a constant or
// value read on the left is moved right, halving the shapes to write.
function commute(a: Operand, b: Operand): [Operand, Operand] {
  const rank = (o: Operand): number => (o.shape === 'value' ? 0 : o.shape === 'fn' ? 1 : 2);
  return rank(a) <= rank(b) ? [a, b] : [b, a];
}

function add(x: Operand, y: Operand): Compiled {
  const [a, b] = commute(x, y);
  if (a.shape === 'value') {
    const i = a.index;
    if (b.shape === 'value') {
      const j = b.index;
      return (e) => sat(read(e, i) + read(e, j));
    }
    if (b.shape === 'const') {
      const c = b.value;
      return (e) => sat(read(e, i) + c);
    }
    const g = b.fn;
    return (e) => sat(read(e, i) + g(e));
  }
  const f = asFn(a);
  if (b.shape === 'const') {
    const c = b.value;
    return (e) => sat(f(e) + c);
  }
  const g = asFn(b);
  return (e) => sat(f(e) + g(e));
}

function mul(x: Operand, y: Operand): Compiled {
  const [a, b] = commute(x, y);
  if (a.shape === 'value') {
    const i = a.index;
    if (b.shape === 'value') {
      const j = b.index;
      return (e) => sat(read(e, i) * read(e, j));
    }
    if (b.shape === 'const') {
      const c = b.value;
      return (e) => sat(read(e, i) * c);
    }
    const g = b.fn;
    return (e) => sat(read(e, i) * g(e));
  }
  const f = asFn(a);
  if (b.shape === 'const') {
    const c = b.value;
    return (e) => sat(f(e) * c);
  }
  const g = asFn(b);
  return (e) => sat(f(e) * g(e));
}

function sub(a: Operand, b: Operand): Compiled {
  if (a.shape === 'value') {
    const i = a.index;
    if (b.shape === 'value') {
      const j = b.index;
      return (e) => sat(read(e, i) - read(e, j));
    }
    if (b.shape === 'const') {
      const c = b.value;
      return (e) => sat(read(e, i) - c);
    }
    const g = b.fn;
    return (e) => sat(read(e, i) - g(e));
  }
  if (a.shape === 'const') {
    const c = a.value;
    if (b.shape === 'value') {
      const j = b.index;
      return (e) => sat(c - read(e, j));
    }
    const g = asFn(b);
    return (e) => sat(c - g(e));
  }
  const f = a.fn;
  if (b.shape === 'value') {
    const j = b.index;
    return (e) => sat(f(e) - read(e, j));
  }
  if (b.shape === 'const') {
    const c = b.value;
    return (e) => sat(f(e) - c);
  }
  const g = b.fn;
  return (e) => sat(f(e) - g(e));
}

function div(a: Operand, b: Operand): Compiled {
  if (b.shape === 'const') {
    const c = b.value;
    // Zero divisor known now: `x / 0` is 0 whatever x is.
    if (c === 0) return () => 0;
    if (a.shape === 'value') {
      const i = a.index;
      return (e) => sat(read(e, i) / c);
    }
    const f = asFn(a);
    return (e) => sat(f(e) / c);
  }
  if (b.shape === 'value') {
    const j = b.index;
    if (a.shape === 'value') {
      const i = a.index;
      return (e) => {
        const d = read(e, j);
        return d === 0 ? 0 : sat(read(e, i) / d);
      };
    }
    const f = asFn(a);
    return (e) => {
      const d = read(e, j);
      return d === 0 ? 0 : sat(f(e) / d);
    };
  }
  const g = b.fn;
  const f = asFn(a);
  return (e) => {
    const d = g(e);
    return d === 0 ? 0 : sat(f(e) / d);
  };
}
