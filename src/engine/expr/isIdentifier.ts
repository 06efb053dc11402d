import { KEYWORDS } from './tokenize';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether `s` can be written as one name part or as a lever option in an
 * expression. The scenario loader should require this of lever option ids and
 * of every segment of the names it puts in a scope; otherwise expressions
 * cannot refer to them.
 */
export function isIdentifier(s: string): boolean {
  return IDENTIFIER.test(s) && !KEYWORDS.has(s);
}
