/**
 * Parley's expression language: a small typed language for scenario
 * conditions, effects and reservation values, compiled to closures.
 * No eval/new Function. Language reference: docs/expressions.md.
 */
export type { Binding } from './Binding';
export type { ExprScope } from './ExprScope';
export type { ExprEnv, Compiled } from './ExprEnv';
export type { ExprError, ExprErrorCode } from './ExprError';
export type { ExprResult } from './compileExpression';
export type { FunctionName, FunctionSpec } from './functions';
export { compileExpression } from './compileExpression';
export { didYouMean, editDistance } from './didYouMean';
export { FUNCTIONS } from './functions';
export { KEYWORDS } from './tokenize';
export { MAX_DEPTH, MAX_LENGTH, MAX_LITERAL } from './limits';
export { isIdentifier } from './isIdentifier';
