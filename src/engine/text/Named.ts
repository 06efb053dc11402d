/**
 * What the text functions need to know of a name to use it in a sentence: a
 * compiled or public actor is one (it carries `plural` and `article` from
 * the scenario file).
 */
export interface Named {
  readonly name: string;
  /** The name is grammatically plural ("European allies"): "they learn", not "it learns". */
  readonly plural?: boolean;
  /** Put before the name inside a sentence, e.g. "the" ("the United States"); none when empty or absent. */
  readonly article?: string;
}
