import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../src/cli/balance/pool';

/** The chunks' sizes, after checking that they cover [from, to) in order, each range once. */
function sizes(from: number, to: number, workers: number, cells: number): number[] {
  const chunks = chunksOf(from, to, workers, cells);
  let next = from;
  for (const [a, b] of chunks) {
    expect(a).toBe(next);
    expect(b).toBeGreaterThan(a);
    next = b;
  }
  expect(next).toBe(to);
  return chunks.map(([a, b]) => b - a);
}

describe('chunksOf: how a balance run is cut for its workers', () => {
  it('covers the range exactly, in order, from any start', () => {
    for (const [from, to, workers, cells] of [
      [0, 10_000, 2, 1],
      [123, 20_123, 8, 3],
      [0, 7, 2, 1],
      [5, 6, 4, 2],
    ] as const)
      sizes(from, to, workers, cells);
    expect(chunksOf(10, 10, 2, 1)).toEqual([]);
  });

  it('shrinks as the run goes on, so the workers finish nearly together', () => {
    const s = sizes(0, 10_000, 2, 1);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]!);
    expect(s[0]).toBe(1250);
    // The last full chunks are a hundredth of a worker's share: 50 games, not an eighth of the run.
    expect(s.at(-2)).toBe(50);
  });

  it('never buffers more than 2,000 units of lines in one chunk', () => {
    expect(Math.max(...sizes(0, 100_000, 2, 1))).toBe(2000);
    expect(Math.max(...sizes(0, 100_000, 2, 4))).toBe(500);
  });
});
