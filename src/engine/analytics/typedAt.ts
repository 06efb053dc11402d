/**
 * Reads of the analytics' typed arrays (flat utility tables, package lists)
 * at an index the caller's own loop bounds guarantee: the element, or a
 * RangeError naming what was missing. Each takes a single array type, so the
 * engine inlines it in the scanning loops; `at` (../util/at) is for plain arrays.
 */
export function f64At(list: Float64Array, index: number, what = 'utility'): number {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No ${what} at index ${index} (length ${list.length}).`);
  return value;
}

export function i32At(list: Int32Array, index: number, what = 'package'): number {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No ${what} at index ${index} (length ${list.length}).`);
  return value;
}
