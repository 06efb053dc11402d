/**
 * Known inputs → known intervals: every formula of the balance report
 * checked against values computed by hand (or from published tables).
 */
import { describe, expect, it } from 'vitest';
import {
  countsInterval,
  entropy,
  histogramQuantile,
  meanInterval,
  newcombe,
  ruleOfThree,
  t975,
  wilson,
  Z95,
} from '../../src/engine/balance/intervals';
import { Moments } from '../../src/engine/balance/Moments';

describe('Wilson score interval', () => {
  it('7 of 10: [0.3968, 0.8922]', () => {
    // By hand: z² = 3.8415; centre = (0.7 + 0.19207)/1.38415 = 0.64449;
    // half = 1.96·√(0.021 + 0.0096036)/1.38415 = 0.24772.
    const r = wilson(7, 10);
    expect(r.p).toBe(0.7);
    expect(r.lo).toBeCloseTo(0.396774, 5);
    expect(r.hi).toBeCloseTo(0.892208, 5);
  });

  it("0 of 10: [0, 0.2775] — not the Wald interval's [0, 0]", () => {
    const r = wilson(0, 10);
    expect(r.lo).toBe(0);
    expect(r.hi).toBeCloseTo(0.277533, 5);
  });

  it('10 of 10 mirrors 0 of 10', () => {
    const r = wilson(10, 10);
    expect(r.hi).toBe(1);
    expect(r.lo).toBeCloseTo(1 - 0.277533, 5);
  });

  it('50 of 100: [0.4038, 0.5962]', () => {
    const r = wilson(50, 100);
    expect(r.lo).toBeCloseTo(0.403832, 5);
    expect(r.hi).toBeCloseTo(0.596168, 5);
  });

  it('no trials: the whole range, no estimate', () => {
    const r = wilson(0, 0);
    expect(r.p).toBeNaN();
    expect([r.lo, r.hi]).toEqual([0, 1]);
  });

  it('refuses k > n', () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });
});

describe('Newcombe difference of proportions', () => {
  it('56/70 − 48/80 = 0.2 with [0.0524, 0.3339], the worked example of Newcombe (1998), method 10', () => {
    // L = d − √((p1−l1)² + (u2−p2)²), U = d + √((u1−p1)² + (p2−l2)²), with Wilson limits l, u.
    const d = newcombe(wilson(56, 70), wilson(48, 80));
    expect(d.d).toBeCloseTo(0.2, 12);
    expect(d.lo).toBeCloseTo(0.0524, 4);
    expect(d.hi).toBeCloseTo(0.3339, 4);
  });
});

describe('t interval of a mean', () => {
  it('t quantiles: table values and the expansion beyond 30 df', () => {
    expect(t975(1)).toBeCloseTo(12.7062, 4);
    expect(t975(9)).toBeCloseTo(2.2622, 4);
    expect(t975(30)).toBeCloseTo(2.0423, 4);
    expect(t975(60)).toBeCloseTo(2.0003, 4);
    expect(t975(120)).toBeCloseTo(1.9799, 4);
    expect(t975(1e9)).toBeCloseTo(Z95, 6);
  });

  it('1..10: mean 5.5, sd 3.0277, 95% CI [3.3341, 7.6659]', () => {
    const m = new Moments();
    for (let x = 1; x <= 10; x++) m.add(x);
    const e = meanInterval(m);
    expect(e.mean).toBe(5.5);
    expect(e.sd).toBeCloseTo(3.0276504, 6);
    // half-width = t₉ · sd / √10 = 2.262157 · 3.027650 / 3.162278 = 2.165851
    expect(e.lo).toBeCloseTo(3.334149, 5);
    expect(e.hi).toBeCloseTo(7.665851, 5);
    expect([e.min, e.max]).toEqual([1, 10]);
  });

  it('one value: a mean, no interval; none: nothing', () => {
    const m = new Moments();
    expect(meanInterval(m).mean).toBeNaN();
    m.add(4);
    const e = meanInterval(m);
    expect(e.mean).toBe(4);
    expect(e.lo).toBeNaN();
  });

  it('a histogram of whole numbers gives the same interval as the values', () => {
    const m = new Moments();
    const counts = [0, 3, 0, 5, 2];
    counts.forEach((c, x) => {
      for (let i = 0; i < c; i++) m.add(x);
    });
    const a = meanInterval(m);
    const b = countsInterval(counts);
    expect(b.n).toBe(10);
    expect(b.mean).toBeCloseTo(a.mean, 12);
    expect(b.lo).toBeCloseTo(a.lo, 12);
    expect(b.hi).toBeCloseTo(a.hi, 12);
    expect([b.min, b.max]).toEqual([1, 4]);
  });
});

describe('rule of three, entropy, quantiles', () => {
  it('never seen in n games: below 3/n', () => {
    expect(ruleOfThree(100)).toBe(0.03);
    expect(ruleOfThree(1)).toBe(1);
    expect(ruleOfThree(0)).toBe(1);
    // The exact 95% bound 1 − 0.05^(1/n) is close to 3/n for large n.
    expect(1 - 0.05 ** (1 / 1000)).toBeCloseTo(ruleOfThree(1000), 4);
  });

  it('entropy in bits', () => {
    expect(entropy([5, 5]).bits).toBeCloseTo(1, 12);
    expect(entropy([1, 1, 1, 1]).bits).toBeCloseTo(2, 12);
    expect(entropy([10, 0, 0]).bits).toBe(0);
    expect(entropy([2, 1, 1]).bits).toBeCloseTo(1.5, 12);
    expect(entropy([1, 1, 0, 0]).normalised).toBeCloseTo(0.5, 12);
    expect(entropy([0, 0]).bits).toBe(0);
  });

  it('median of a histogram', () => {
    expect(histogramQuantile([0, 1, 1, 1], 0.5)).toBe(2);
    expect(histogramQuantile([0, 0, 4, 1], 0.5)).toBe(2);
    expect(histogramQuantile([0, 0, 0], 0.5)).toBeNaN();
  });
});
