/**
 * `record[key]` for a key the CLI knows every record of its kind has (a
 * summary's actor or population id): the value, or a RangeError naming what
 * was missing, in place of a non-null assertion. Indices go through the
 * engine's at().
 */
export function keyed<T>(record: Readonly<Record<string, T>>, key: string, what = 'entry'): T {
  const value = record[key];
  if (value === undefined) throw new RangeError(`No ${what} "${key}".`);
  return value;
}
