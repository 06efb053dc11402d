import type { Compiled } from './ExprEnv';
import { asFn, read, type Operand } from './Operand';

export type ComparisonOp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

// `50 < x` is `x > 50`: a constant on the left is moved right.
const FLIPPED: Readonly<Record<ComparisonOp, ComparisonOp>> = {
  lt: 'gt',
  le: 'ge',
  gt: 'lt',
  ge: 'le',
  eq: 'eq',
  ne: 'ne',
};

/**
 * Closure for `a op b` returning 1/0, specialised for a value read on the
 * left and a constant on the right: `support.ukraine > 50` is the typical
 * condition. Both constant is folded by the caller.
 */
export function comparison(op: ComparisonOp, a: Operand, b: Operand): Compiled {
  if (a.shape === 'const' && b.shape !== 'const') return comparison(FLIPPED[op], b, a);
  if (b.shape === 'const') {
    const c = b.value;
    if (a.shape === 'value') {
      const i = a.index;
      switch (op) {
        case 'lt':
          return (e) => (read(e, i) < c ? 1 : 0);
        case 'le':
          return (e) => (read(e, i) <= c ? 1 : 0);
        case 'gt':
          return (e) => (read(e, i) > c ? 1 : 0);
        case 'ge':
          return (e) => (read(e, i) >= c ? 1 : 0);
        case 'eq':
          return (e) => (read(e, i) === c ? 1 : 0);
        case 'ne':
          return (e) => (read(e, i) !== c ? 1 : 0);
      }
    }
    const f = asFn(a);
    switch (op) {
      case 'lt':
        return (e) => (f(e) < c ? 1 : 0);
      case 'le':
        return (e) => (f(e) <= c ? 1 : 0);
      case 'gt':
        return (e) => (f(e) > c ? 1 : 0);
      case 'ge':
        return (e) => (f(e) >= c ? 1 : 0);
      case 'eq':
        return (e) => (f(e) === c ? 1 : 0);
      case 'ne':
        return (e) => (f(e) !== c ? 1 : 0);
    }
  }
  const f = asFn(a);
  const g = asFn(b);
  switch (op) {
    case 'lt':
      return (e) => (f(e) < g(e) ? 1 : 0);
    case 'le':
      return (e) => (f(e) <= g(e) ? 1 : 0);
    case 'gt':
      return (e) => (f(e) > g(e) ? 1 : 0);
    case 'ge':
      return (e) => (f(e) >= g(e) ? 1 : 0);
    case 'eq':
      return (e) => (f(e) === g(e) ? 1 : 0);
    case 'ne':
      return (e) => (f(e) !== g(e) ? 1 : 0);
  }
}
