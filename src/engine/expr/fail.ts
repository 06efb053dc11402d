import type { ExprError, ExprErrorCode } from './ExprError';

/**
 * Internal control flow: compilation stops at the first error, so the phases
 * throw this and compileExpression turns it into a result. It never escapes
 * the public API; any other exception is a bug and is left to propagate.
 */
export class ExprFailure extends Error {
  readonly error: ExprError;
  constructor(error: ExprError) {
    super(error.message);
    this.error = error;
  }
}

/** Abort compilation with an error covering source[start, end). */
export function fail(code: ExprErrorCode, start: number, end: number, message: string, hint: string): never {
  throw new ExprFailure({ offset: start, length: Math.max(1, end - start), code, message, hint });
}
