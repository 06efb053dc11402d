/** A number for a diagnostic's message: to two decimals, as a teacher reads it. */
export function hundredths(x: number): number {
  return Math.round(x * 100) / 100;
}
