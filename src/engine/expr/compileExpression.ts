import { check } from './check';
import { emit } from './emit';
import type { Compiled } from './ExprEnv';
import type { ExprError } from './ExprError';
import type { ExprScope } from './ExprScope';
import { ExprFailure } from './fail';
import { MAX_LENGTH } from './limits';
import { parse } from './parse';
import { tokenize } from './tokenize';
import { toFinite } from './toFinite';

export type ExprResult =
  | {
      readonly ok: true;
      readonly fn: Compiled;
      /** Every scope name written in the source (even in folded-away parts), first appearance first. */
      readonly names: readonly string[];
      /** The value when the whole expression folded to a constant. */
      readonly constant: number | undefined;
    }
  | { readonly ok: false; readonly error: ExprError };

/**
 * Compile one expression. Never throws on bad input: every problem comes
 * back as a positioned ExprError (the first one found).
 *
 * `expected` is what the caller needs: 'boolean' for conditions (the
 * result is then 1/0), 'number' for effects and reservation values.
 */
export function compileExpression(input: string, scope: ExprScope, expected: 'number' | 'boolean'): ExprResult {
  // YAML turns `reservation: 40` into a number; accept it as its text rather
  // than failing obscurely if a caller forgets to convert.
  const source = typeof input === 'string' ? input : String(input);
  try {
    if (source.length > MAX_LENGTH) {
      return failure({
        offset: MAX_LENGTH,
        length: source.length - MAX_LENGTH,
        code: 'EXPR_TOO_LONG',
        message: `this expression is ${source.length} characters long; the limit is ${MAX_LENGTH}`,
        hint: 'split it into simpler expressions, or move shared parts into scenario params',
      });
    }
    const tokens = tokenize(source);
    if (tokens.length === 1) {
      return failure({
        offset: 0,
        length: Math.max(1, source.length),
        code: 'EXPR_EMPTY',
        message: 'the expression is empty',
        hint: 'write a value, e.g. `0` or `true`',
      });
    }
    const { ir, names } = check(parse(tokens, source), source, scope, expected);
    const code = emit(ir);
    if (code.constant !== undefined) {
      // `+ 0` turns -0 into 0 so a folded result never displays as "-0".
      const value = toFinite(code.constant) + 0;
      return { ok: true, fn: () => value, names, constant: value };
    }
    return { ok: true, fn: expected === 'number' ? guard(code.fn) : code.fn, names, constant: undefined };
  } catch (e) {
    if (e instanceof ExprFailure) return failure(e.error);
    throw e;
  }
}

function failure(error: ExprError): ExprResult {
  return { ok: false, error };
}

// Number results pass through min/max/if/abs and raw reads unchecked, so the
// root re-asserts the contract: finite (even if the env holds NaN) and never
// -0. Boolean roots are always exactly 1/0 and skip this.
function guard(fn: Compiled): Compiled {
  return (e) => {
    const r = fn(e);
    return r - r === 0 ? r + 0 : toFinite(r);
  };
}
