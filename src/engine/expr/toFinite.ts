/**
 * The "results are always finite" rule in one place: NaN becomes 0 and an
 * overflow saturates at ±Number.MAX_VALUE. Only reached when a calculation
 * overflows (or the environment holds a non-finite value); the hot path tests
 * `r - r === 0` first, which is false exactly for NaN and ±Infinity.
 */
export function toFinite(r: number): number {
  if (r !== r) return 0;
  if (r === Infinity) return Number.MAX_VALUE;
  if (r === -Infinity) return -Number.MAX_VALUE;
  return r;
}
