import { at } from '../util/at';

/**
 * One `make(x)` per item of `items`, pushed in turn. Not map(), whose arrays V8 makes holey where the copies
 * the AI takes of them ([...row]) are packed: with rows of both kinds, every method reading them was compiled
 * anew for the second kind. Nor Array.from() with a length, which V8 makes slowly: every seat starts every
 * game with such rows (its opponent model, its ledger).
 */
export function rows<T, R>(items: readonly T[], make: (item: T) => R): R[] {
  const made: R[] = [];
  for (let i = 0; i < items.length; i++) made.push(make(at(items, i)));
  return made;
}
