import type { Binding } from './Binding';

/**
 * The names an expression may use, supplied by the caller (the scenario
 * loader builds one per context, e.g. conditions vs reservation values).
 */
export interface ExprScope {
  /** Full dotted name → binding, or undefined if unknown. */
  lookup(name: string): Binding | undefined;
  /**
   * A reason string if the name is known but forbidden in this context
   * (e.g. reservation values may not read `lever.*` or `settled.*`), else
   * undefined. The reason becomes the error hint, so write it for teachers.
   */
  forbidden?(name: string): string | undefined;
  /** All valid names, for "did you mean" suggestions. Only read on errors. */
  names(): Iterable<string>;
}
