/**
 * Every number a student reads is written by one formatter: the engine's
 * rounding with a true minus sign ("−4", U+2212), as the log writes "(−60)" —
 * a "Worth to you" table once showed "-4" with a hyphen.
 */
import { describe, expect, it } from 'vitest';
import { gradeSentence } from '../../src/store/selectEnding';
import { compareWorth } from '../../src/store/selectOrdersModel';
import { num, signed } from '../../src/store/num';
import { meterReading } from '../../src/store/tableWords';

const WEEKS = { turns: { unit: 'week' }, values: [] };

describe('numbers on screen', () => {
  it('writes a negative number with a minus sign, one decimal at most, never "-0"', () => {
    expect(num(-4)).toBe('−4');
    expect(num(-60.04)).toBe('−60');
    expect(num(-2.46)).toBe('−2.5');
    expect(num(-0.04)).toBe('0');
    expect(num(12.34)).toBe('12.3');
    expect([signed(5.66), signed(-2.5), signed(0.04), signed(-0.04)]).toEqual(['+5.7', '−2.5', '0', '0']);
  });

  it('uses it in the worth table and its verdict, the grade sentence and the meters', () => {
    const worth = compareWorth('This offer', -4, { current: 2, reservation: -10.3, target: -1 }, WEEKS);
    expect(worth.rows.map((r) => num(r.value))).toEqual(['−4', '2', '−10.3', '−1']);
    expect(worth.verdict).toBe(
      'Worse than what you have now (−6); better than no deal. It falls short of the −1 your adviser aims for this week.',
    );
    expect(
      gradeSentence({ grade: 'weak', result: -3, startReservation: -12, goodThreshold: 6, best: 0 }, 'Iceland'),
    ).toBe(
      'Weak outcome for Iceland: 3 below what no deal was worth at the start of the talks (−12); an outcome is strong from +6, and the best deal possible was worth +12.',
    );
    expect(meterReading(-12.4, { min: -50, max: 50 })).toBe('−12 (from −50 to 50)');
    const all = [worth.verdict, ...worth.rows.map((r) => num(r.value))].join(' ');
    expect(all).not.toMatch(/-\d/);
  });
});
