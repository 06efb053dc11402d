/**
 * The expert's test of its leading move against the default (docs/balance.md,
 * "The expert"), and when the rollouts left can no longer change it.
 */
import { at } from '../util/at';

/** The most pairs of rollouts left for which `verdict` tries every outcome (the trial grows as their square). */
export const VERDICT_LOOKAHEAD = 64;

/**
 * How surely a move's rollouts beat the default's, rollout by rollout (the
 * same worlds and luck): their mean difference less one standard error of
 * it. A move whose edge is within the noise of their rollouts does not
 * replace the default. From the differences' sum and sum of squares over n
 * rollouts: whole numbers, as every score is 0 or 1, so added exactly.
 */
export function advantage(sum: number, squares: number, n: number): number {
  const mean = sum / n;
  if (n < 2) return mean;
  const variance = Math.max(0, (squares - sum * mean) / (n - 1));
  return mean - Math.sqrt(variance / n);
}

/**
 * Whether the leader beats the default (a positive advantage) once `left`
 * more pairs of rollouts are played, or null while those could still decide
 * either way. Each pair adds −1, 0 or 1 to the sum of differences, so every
 * sum and sum of squares they can reach is tried: the answer is the one the
 * whole budget would give. With more than VERDICT_LOOKAHEAD pairs left (a
 * budget far above the default) it plays on: the trial grows as their square.
 */
export function verdict(values: readonly number[], baseline: readonly number[], left: number): boolean | null {
  if (left > VERDICT_LOOKAHEAD) return null;
  let sum = 0;
  let squares = 0;
  for (let r = 0; r < values.length; r++) {
    const d = at(values, r) - at(baseline, r);
    sum += d;
    squares += d * d;
  }
  const n = values.length + left;
  let passes = false;
  let fails = false;
  // up pairs of +1 and down of −1 among those left; the rest differ by 0.
  for (let up = 0; up <= left; up++)
    for (let down = 0; up + down <= left; down++) {
      if (advantage(sum + up - down, squares + up + down, n) > 0) passes = true;
      else fails = true;
      if (passes && fails) return null;
    }
  return passes;
}
