/**
 * A read past the end of one of the analytics' tables (a flat utility table,
 * a package list, a per-member vector) whose indices come from the reader's
 * own loop bounds: a programmer error. The scanning loops read elements
 * plainly, check them for undefined and call this out of line, which keeps
 * them as small and as fast as without the checks.
 */
export function missing(what: string, index: number): never {
  throw new RangeError(`No ${what} at index ${index}.`);
}
