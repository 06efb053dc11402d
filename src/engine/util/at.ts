/**
 * Indexed reads the program has already made safe (a compiled scenario's
 * indices, a loop bound): `at(list, i)` returns the element or throws a
 * programmer error naming what was missing. They replace non-null
 * assertions, so a broken invariant fails loudly where it breaks instead of
 * as an `undefined` three calls later.
 */
export function at<T>(list: readonly T[], index: number, what = 'element'): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No ${what} at index ${index} (length ${list.length}).`);
  return value;
}

/** `map.get(key)` for a key the program knows is present. */
export function got<K, V>(map: ReadonlyMap<K, V>, key: K, what = 'entry'): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`No ${what} for ${String(key)}.`);
  return value;
}

/**
 * A read past the end of a table whose indices come from the reader's own
 * loop bounds: a programmer error. Hot loops read elements plainly, check
 * them for undefined and call this out of line, which keeps them as small
 * and as fast as without the check.
 */
export function missing(what: string, index: number): never {
  throw new RangeError(`No ${what} at index ${index}.`);
}
