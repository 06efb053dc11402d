/**
 * Reads the CLI has already made safe — an index from the scenario or a loop
 * bound, a key every record of its kind has — that return the value or throw
 * a RangeError naming what was missing, in place of non-null assertions.
 * (The engine has its own; the CLI reaches the engine only through its entry
 * points.)
 */
export function at<T>(list: readonly T[], index: number, what = 'element'): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No ${what} at index ${index} (length ${list.length}).`);
  return value;
}

/** `record[key]` for a key the program knows is present. */
export function keyed<T>(record: Readonly<Record<string, T>>, key: string, what = 'entry'): T {
  const value = record[key];
  if (value === undefined) throw new RangeError(`No ${what} "${key}".`);
  return value;
}
