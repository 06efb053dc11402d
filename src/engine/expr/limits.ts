/**
 * Hard limits on expression source. They keep a hostile or mistyped scenario
 * from hanging the loader or blowing the JS stack: the parser is recursive,
 * so nesting is capped well below any engine's stack depth, and the length cap
 * bounds every other walk over the tree.
 */

/** Deepest nesting of brackets, function calls, unary `-` and `not`. */
export const MAX_DEPTH = 64;

/** Longest accepted source, in UTF-16 code units (JS string length). */
export const MAX_LENGTH = 2000;

/** Largest magnitude a number literal may have; bigger is almost surely a typo. */
export const MAX_LITERAL = 1e9;
