/**
 * Stable error codes. Tools and docs (docs/expressions.md, docs/diagnostics.md)
 * key on these, so never rename one; add new ones instead. The scenario
 * loader reports them as they are (see DiagnosticCode).
 */
export const EXPR_ERROR_CODES = [
  'EXPR_EMPTY',
  'EXPR_TOO_LONG',
  'EXPR_TOO_DEEP',
  'EXPR_SYNTAX',
  'EXPR_NUMBER',
  'EXPR_UNKNOWN_NAME',
  'EXPR_FORBIDDEN_NAME',
  'EXPR_UNKNOWN_OPTION',
  'EXPR_UNKNOWN_FUNCTION',
  'EXPR_ARITY',
  'EXPR_TYPE',
  'EXPR_CLAMP_RANGE',
] as const;

export type ExprErrorCode = (typeof EXPR_ERROR_CODES)[number];

/**
 * A compile error, positioned inside the expression source so the loader can
 * map it to a line/column in the YAML file.
 */
export interface ExprError {
  /**
   * 0-based UTF-16 offset into the source of the offending token. Equals
   * `source.length` when the problem is "the expression ends too early".
   */
  readonly offset: number;
  /** Length of the offending token, at least 1. */
  readonly length: number;
  readonly code: ExprErrorCode;
  /** What is wrong, in plain language for teachers. */
  readonly message: string;
  /** How to fix it; may be empty. */
  readonly hint: string;
}
