import type { Named } from './Named';

/**
 * The name as it reads inside a sentence, with its article: "the United
 * States", "the European allies", "Russia". At the start of a sentence,
 * capitalise it.
 */
export function theName(who: Named): string {
  return who.article ? `${who.article} ${who.name}` : who.name;
}
