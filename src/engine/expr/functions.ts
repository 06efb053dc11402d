/**
 * The built-in functions. The checker reads arity and usage from here; the
 * argument types are checked there because `if` is generic.
 */
export type FunctionName = 'min' | 'max' | 'clamp' | 'abs' | 'if';

export interface FunctionSpec {
  readonly name: FunctionName;
  readonly minArgs: number;
  /** Infinity for "any number". */
  readonly maxArgs: number;
  /** How to call it, shown in arity hints. */
  readonly usage: string;
}

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  (
    [
      { name: 'min', minArgs: 2, maxArgs: Infinity, usage: 'min(a, b, ...)' },
      { name: 'max', minArgs: 2, maxArgs: Infinity, usage: 'max(a, b, ...)' },
      { name: 'clamp', minArgs: 3, maxArgs: 3, usage: 'clamp(value, lowest, highest)' },
      { name: 'abs', minArgs: 1, maxArgs: 1, usage: 'abs(value)' },
      { name: 'if', minArgs: 3, maxArgs: 3, usage: 'if(test, value_if_true, value_if_false)' },
    ] as const
  ).map((f) => [f.name, f]),
);
