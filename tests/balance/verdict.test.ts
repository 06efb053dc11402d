/**
 * The expert's early stop (docs/balance.md, "It plays a rollout only while it
 * can matter"): `verdict` answers only when every outcome of the rollouts left
 * gives the same answer as the whole budget would, and that answer is the one
 * the test on all the rollouts gives. The reference below is the test as the
 * expert ran it before the early stop, on the full lists of scores: the mean
 * difference less one standard error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICT_LOOKAHEAD, verdict } from '../../src/engine/balance/verdict';

function fullTest(values: readonly number[], baseline: readonly number[]): boolean {
  const n = values.length;
  let sum = 0;
  let squares = 0;
  for (let r = 0; r < n; r++) {
    const d = values[r]! - baseline[r]!;
    sum += d;
    squares += d * d;
  }
  const mean = sum / n;
  if (n < 2) return mean > 0;
  const variance = Math.max(0, (squares - sum * mean) / (n - 1));
  return mean - Math.sqrt(variance / n) > 0;
}

/** Every way `left` more pairs of 0/1 scores can differ: leader ahead, level, or behind. */
function completions(left: number): [number, number][][] {
  let all: [number, number][][] = [[]];
  for (let i = 0; i < left; i++)
    all = all.flatMap((pairs) => [
      [...pairs, [1, 0] as [number, number]],
      [...pairs, [0, 0] as [number, number]],
      [...pairs, [0, 1] as [number, number]],
    ]);
  return all;
}

const scores = (length: number) => fc.array(fc.integer({ min: 0, max: 1 }), { minLength: length, maxLength: length });
const played = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.tuple(scores(n), scores(n), fc.integer({ min: 0, max: 6 })));

describe('verdict', () => {
  it('answers only when every outcome of the rollouts left agrees, and then as the full test does', () => {
    let answered = 0;
    let open = 0;
    fc.assert(
      fc.property(played, ([values, baseline, left]) => {
        const outcomes = completions(left).map((pairs) =>
          fullTest([...values, ...pairs.map((p) => p[0])], [...baseline, ...pairs.map((p) => p[1])]),
        );
        const answer = verdict(values, baseline, left);
        if (answer === null) {
          open++;
          expect(outcomes).toContain(true);
          expect(outcomes).toContain(false);
        } else {
          answered++;
          expect(new Set(outcomes)).toEqual(new Set([answer]));
        }
      }),
      { numRuns: 600, seed: 11 },
    );
    // Both branches were exercised, or the property says little.
    expect(answered).toBeGreaterThan(50);
    expect(open).toBeGreaterThan(50);
  });

  it('with nothing left, is the full test itself', () => {
    expect(verdict([1, 1, 1, 0], [0, 0, 1, 0], 0)).toBe(fullTest([1, 1, 1, 0], [0, 0, 1, 0]));
    expect(verdict([1, 0], [0, 1], 0)).toBe(false);
    // A single rollout: its difference alone (no standard error).
    expect(verdict([1], [0], 0)).toBe(true);
  });

  it('plays on when more pairs are left than it tries', () => {
    // 100 rollouts behind: no outcome of the pairs left could put the leader ahead.
    const behind = new Array<number>(100).fill(0);
    const ahead = new Array<number>(100).fill(1);
    expect(verdict(behind, ahead, VERDICT_LOOKAHEAD)).toBe(false);
    expect(verdict(behind, ahead, VERDICT_LOOKAHEAD + 1)).toBeNull();
  });
});
