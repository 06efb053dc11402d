import { describe, expect, it } from 'vitest';
import { fittedRange } from '../../src/ui/debrief/worldCharts';

const series = (min: number, max: number, points: number[], at: number[] = []) => ({
  min,
  max,
  points,
  thresholds: at.map((a) => ({ at: a, above: true, ending: 'An ending' })),
});

describe('fittedRange', () => {
  it('keeps at least a tenth of the scale, centred on a flat series', () => {
    const r = fittedRange(series(0, 100, [50, 50, 50]));
    expect(r.hi - r.lo).toBeGreaterThanOrEqual(10);
    expect(r.lo).toBeLessThan(50);
    expect(r.hi).toBeGreaterThan(50);
    // The line in the middle half of the chart, not on an edge.
    const share = (50 - r.lo) / (r.hi - r.lo);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
  });

  it('does not let a move of two points fill the chart', () => {
    const r = fittedRange(series(0, 100, [50, 52]));
    expect(r.hi - r.lo).toBeGreaterThanOrEqual(10);
    expect(2 / (r.hi - r.lo)).toBeLessThanOrEqual(0.2);
    expect(r.lo).toBeLessThanOrEqual(50);
    expect(r.hi).toBeGreaterThanOrEqual(52);
  });

  it('slides the least span inside the scale at its ends', () => {
    const bottom = fittedRange(series(0, 100, [0, 1]));
    expect(bottom.lo).toBe(0);
    expect(bottom.hi).toBeGreaterThanOrEqual(10);
    const top = fittedRange(series(0, 100, [100, 100]));
    expect(top.hi).toBe(100);
    expect(top.lo).toBeLessThanOrEqual(90);
  });

  it('puts every tick inside the range, on multiples of the step, when the scale does not start on one', () => {
    const r = fittedRange(series(-4, 10, [-4, 10]));
    expect(r.lo).toBe(-4);
    expect(r.hi).toBe(10);
    for (const t of r.ticks) {
      expect(t).toBeGreaterThanOrEqual(r.lo);
      expect(t).toBeLessThanOrEqual(r.hi);
    }
    expect(r.ticks).toEqual([0, 5, 10]);
    expect(Object.is(r.ticks[0], -0)).toBe(false);
  });

  it('still fits a wide scale to a small move, on round ticks', () => {
    const r = fittedRange(series(0, 1000, [0, 80]));
    expect(r).toEqual({ lo: 0, hi: 100, ticks: [0, 50, 100] });
  });

  it('takes the thresholds into the range', () => {
    const r = fittedRange(series(0, 100, [40, 45], [80]));
    expect(r.hi).toBeGreaterThanOrEqual(80);
    expect(r.lo).toBeLessThanOrEqual(40);
  });
});
