/**
 * 95% intervals and the other small formulas the balance report rests on.
 * Each is a textbook formula, written out so that a test can check it
 * against hand-computed values:
 * - proportions: the Wilson score interval (good near 0 and 1, unlike the
 *   normal "Wald" interval, which gives [0, 0] for 0 of 10);
 * - differences of proportions: Newcombe's hybrid score interval;
 * - means: Student's t interval (the normal one once n is large);
 * - events never seen in n games: the "rule of three", rate < 3/n;
 * - spread of endings: Shannon entropy in bits.
 */
import type { Moments } from './Moments';
import { at } from '../util/at';

/** The 97.5% quantile of the standard normal: a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Proportion {
  readonly k: number;
  readonly n: number;
  /** k / n; NaN when n = 0. */
  readonly p: number;
  readonly lo: number;
  readonly hi: number;
}

/** Wilson score interval for k successes in n trials. With n = 0 it is [0, 1]. */
export function wilson(k: number, n: number, z = Z95): Proportion {
  if (!(n >= 0) || !(k >= 0) || k > n) throw new RangeError(`wilson needs 0 ≤ k ≤ n, not k=${k}, n=${n}`);
  if (n === 0) return { k, n, p: Number.NaN, lo: 0, hi: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { k, n, p, lo: k === 0 ? 0 : Math.max(0, centre - half), hi: k === n ? 1 : Math.min(1, centre + half) };
}

export interface Difference {
  readonly d: number;
  readonly lo: number;
  readonly hi: number;
}

/** Newcombe's hybrid score interval for p₁ − p₂ of two independent proportions. */
export function newcombe(a: Proportion, b: Proportion): Difference {
  const d = a.p - b.p;
  if (a.n === 0 || b.n === 0) return { d: Number.NaN, lo: -1, hi: 1 };
  return {
    d,
    lo: d - Math.sqrt((a.p - a.lo) ** 2 + (b.hi - b.p) ** 2),
    hi: d + Math.sqrt((a.hi - a.p) ** 2 + (b.p - b.lo) ** 2),
  };
}

/** t₀.₉₇₅ for 1–30 degrees of freedom. */
const T975 = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163,
  2.228138852, 2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.10092204,
  2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.06865761, 2.063898562, 2.059538553, 2.055529439, 2.051830516,
  2.048407142, 2.045229642, 2.042272456,
];

/** Student's t quantile for a two-sided 95% interval: a table to 30 df, then the Cornish–Fisher expansion. */
export function t975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  const whole = Math.floor(df);
  if (whole <= 30) return at(T975, whole - 1, 't quantile');
  const z = Z95;
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
  const g3 = (3 * z2 ** 3 * z + 19 * z2 * z2 * z + 17 * z2 * z - 15 * z) / 384;
  const g4 = (79 * z2 ** 4 * z + 776 * z2 ** 3 * z + 1482 * z2 * z2 * z - 1920 * z2 * z - 945 * z) / 92160;
  return z + g1 / whole + g2 / whole ** 2 + g3 / whole ** 3 + g4 / whole ** 4;
}

export interface MeanEstimate {
  readonly n: number;
  /** NaN when n = 0. */
  readonly mean: number;
  readonly sd: number;
  /** The 95% t interval; NaN below two values. */
  readonly lo: number;
  readonly hi: number;
  readonly min: number;
  readonly max: number;
}

export function meanInterval(m: Moments): MeanEstimate {
  const mean = m.mean();
  const sd = Math.sqrt(m.variance());
  const half = m.n >= 2 ? t975(m.n - 1) * (sd / Math.sqrt(m.n)) : Number.NaN;
  return {
    n: m.n,
    mean,
    sd,
    lo: mean - half,
    hi: mean + half,
    min: m.n === 0 ? Number.NaN : m.min,
    max: m.n === 0 ? Number.NaN : m.max,
  };
}

/** The t interval of the mean of whole numbers given as a histogram (counts[x] values equal to x): exact, since all sums are of integers. */
export function countsInterval(counts: readonly number[]): MeanEstimate {
  let n = 0;
  let s = 0;
  let ss = 0;
  let min = Number.NaN;
  let max = Number.NaN;
  counts.forEach((c, x) => {
    if (c <= 0) return;
    n += c;
    s += c * x;
    ss += c * x * x;
    if (Number.isNaN(min)) min = x;
    max = x;
  });
  const mean = n === 0 ? Number.NaN : s / n;
  const sd = n === 0 ? Number.NaN : n === 1 ? 0 : Math.sqrt(Math.max(0, (ss - (s * s) / n) / (n - 1)));
  const half = n >= 2 ? t975(n - 1) * (sd / Math.sqrt(n)) : Number.NaN;
  return { n, mean, sd, lo: mean - half, hi: mean + half, min, max };
}

/**
 * "Rule of three": an outcome never seen in n independent games has a rate
 * below 3/n with about 95% confidence (the exact bound is 1 − 0.05^(1/n)).
 */
export function ruleOfThree(n: number): number {
  return n <= 0 ? 1 : Math.min(1, 3 / n);
}

export interface Entropy {
  /** −Σ p·log₂ p over outcomes with a count. */
  readonly bits: number;
  /** bits / log₂(number of possible outcomes): 1 when all are equally likely; 0 with one outcome. */
  readonly normalised: number;
}

export function entropy(counts: readonly number[]): Entropy {
  const total = counts.reduce((s, c) => s + c, 0);
  let bits = 0;
  if (total > 0) {
    for (const c of counts) if (c > 0) bits -= (c / total) * Math.log2(c / total);
  }
  bits = Math.max(0, bits);
  return { bits, normalised: counts.length > 1 ? bits / Math.log2(counts.length) : 0 };
}

/** The q-quantile (0–1) of a histogram of whole numbers: the smallest x with cumulative share ≥ q; NaN when empty. */
export function histogramQuantile(counts: readonly number[], q: number, offset = 0): number {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return Number.NaN;
  let seen = 0;
  for (const [i, count] of counts.entries()) {
    seen += count;
    if (seen >= q * total) return i + offset;
  }
  return counts.length - 1 + offset;
}
