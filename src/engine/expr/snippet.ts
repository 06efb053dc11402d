/**
 * A piece of the source quoted inside a message or hint: whitespace runs
 * (including line breaks from YAML block scalars) collapse to one space, and
 * long pieces are shortened so hints stay one readable line.
 */
export function snippet(src: string, start: number, end: number): string {
  const s = src.slice(start, end).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
