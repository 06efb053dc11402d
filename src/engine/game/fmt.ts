/**
 * Numbers in the log and on screen: at most one decimal, no trailing zeros,
 * never "-0", and a true minus sign ("−4"), the one every screen writes.
 */
export function fmt(x: number): string {
  const r = Math.round(x * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toString().replace('-', '−');
}
