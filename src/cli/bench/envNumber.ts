/** A positive integer from the environment (a benchmark's size), or the fallback. */
export function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
