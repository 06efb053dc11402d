/**
 * A list of `length` zeros, built by a loop that pushes rather than map(): map() returns a packed array before its
 * caller is optimised and a holey one after, and each change of shape sent the functions reading the list back to
 * be compiled again.
 */
export function zeros(length: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < length; i++) list.push(0);
  return list;
}
