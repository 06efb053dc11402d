import { agree } from './agree';
import type { Named } from './Named';
import { theName } from './theName';

/**
 * `who` and its verb, agreeing: "the European allies learn", "the United
 * States learns", "Russia learns". At the start of a sentence, capitalise it.
 */
export function subject(who: Named, singular: string, plural: string): string {
  return `${theName(who)} ${agree(who, singular, plural)}`;
}
