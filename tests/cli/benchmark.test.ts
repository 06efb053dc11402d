/**
 * How `npm run bench` judges a figure (src/cli/bench/benchmark.ts): the
 * median of its samples against its target, in the direction that is
 * better, and against its floor when the target is missed.
 */
import { describe, expect, it } from 'vitest';
import { figure, quantile, verdict } from '../../src/cli/bench/benchmark';

describe('bench figures', () => {
  it('summarise samples by their median and 10th and 90th percentiles, interpolated', () => {
    const f = figure('games', 'games/s', [300, 100, 200, 500, 400], { higherIsBetter: true, target: 250 });
    expect(f).toMatchObject({ runs: 5, median: 300, p10: 140, p90: 460 });
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('meet a higher-is-better target at or above it, reach only the floor between the two, miss below the floor', () => {
    const goal = { higherIsBetter: true, target: 5000, floor: 2000 };
    expect(verdict(figure('a', 'games/s', [5000], goal))).toBe('met');
    expect(verdict(figure('b', 'games/s', [2400], goal))).toBe('floor');
    expect(verdict(figure('c', 'games/s', [450], goal))).toBe('MISSED');
  });

  it('meet a lower-is-better target at or below it, and have no floor unless one is set', () => {
    const goal = { higherIsBetter: false, target: 10 };
    expect(verdict(figure('load', 'ms', [9.9, 10, 12], goal))).toBe('met');
    expect(verdict(figure('load', 'ms', [10.1], goal))).toBe('MISSED');
    expect(verdict(figure('load', 'ms', [12], { ...goal, floor: 20 }))).toBe('floor');
  });

  it('judge the 90th percentile instead of the median when the target is for it', () => {
    const samples = [50, 60, 70, 80, 90, 100, 110, 120, 130, 400];
    const goal = { higherIsBetter: false, target: 150 };
    expect(verdict(figure('end week', 'ms', samples, goal))).toBe('met');
    expect(verdict(figure('end week', 'ms', samples, { ...goal, judged: 'p90' }))).toBe('MISSED');
    expect(verdict(figure('end week', 'ms', samples.slice(0, 9), { ...goal, judged: 'p90' }))).toBe('met');
  });
});
