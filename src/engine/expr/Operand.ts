import type { Compiled, ExprEnv } from './ExprEnv';
import type { Ir } from './Ir';
import { toFinite } from './toFinite';

/**
 * How a binary operator gets one of its inputs. Reading `env.values[i]` or
 * using a constant directly, instead of calling a child closure, saves a
 * call per operand; these two shapes cover most operands in real scenarios
 * (`support.x > 50`, `0.5 * trust.a.b`, `world.a - world.b`).
 */
export type Operand =
  | { readonly shape: 'value'; readonly index: number }
  | { readonly shape: 'const'; readonly value: number }
  | { readonly shape: 'fn'; readonly fn: Compiled };

export function operand(fn: Compiled, constant: number | undefined, ir: Ir): Operand {
  if (constant !== undefined) return { shape: 'const', value: constant };
  if (ir.op === 'value') return { shape: 'value', index: ir.index };
  return { shape: 'fn', fn };
}

/** The operand as a closure, for the less common shapes. */
export function asFn(o: Operand): Compiled {
  switch (o.shape) {
    case 'fn':
      return o.fn;
    case 'const': {
      const c = o.value;
      return () => c;
    }
    case 'value': {
      const i = o.index;
      return (e) => e.values[i] as number;
    }
  }
}

// Tiny helpers: V8 inlines them, and they keep the specialised closures to
// one line each.

export function read(e: ExprEnv, i: number): number {
  return e.values[i] as number;
}

/** An arithmetic result, saturated if it overflowed (`r - r` is NaN for ±Infinity and NaN). */
export function sat(r: number): number {
  return r - r === 0 ? r : toFinite(r);
}
