/**
 * `[...list].sort(compare)`, without the copy and the sort when the list is
 * already in order, as the week's orders and a seat's packages mostly are
 * (the sort is stable, so an ordered list sorts to itself). The result may be
 * the list itself: read it, never change it.
 */
export function sorted<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a === undefined || b === undefined || compare(a, b) > 0) return [...list].sort(compare);
  }
  return list;
}
