// The author's quick batch as the store runs it (src/store/authorBatch.ts):
// slices asked in turn, their counts added up, progress reported after each,
// the time taken at the end; it stops when no longer wanted, and says where
// it stopped when the engine fails.
import { describe, expect, it } from 'vitest';
import { runAuthorBatch, type AuthorBatch } from '../../src/store/authorBatch';
import type { EngineClient } from '../../src/worker/engineProtocol';

/** An engine whose every slice ends half in each of two endings; it fails at the seed `failAt`, if given. */
function fakeEngine(asked: [number, number][], failAt = Infinity): EngineClient {
  return {
    call: ((call: string, arg: { from: number; to: number }) => {
      if (call !== 'quickBatch') throw new Error(call);
      asked.push([arg.from, arg.to]);
      if (arg.from >= failAt) return Promise.reject(new Error('worker stopped'));
      const n = arg.to - arg.from;
      return Promise.resolve([
        { title: 'A deal', games: Math.ceil(n / 2) },
        { title: 'No deal', games: Math.floor(n / 2) },
      ]);
    }) as EngineClient['call'],
  };
}

describe('the author batch', () => {
  it('asks in slices of 50 seeds, adds them up and reports each step, then the seconds it took', async () => {
    const asked: [number, number][] = [];
    const reports: AuthorBatch[] = [];
    let clock = 1000;
    await runAuthorBatch(
      fakeEngine(asked),
      'key',
      120,
      () => (clock += 300),
      () => true,
      (b) => reports.push(b),
    );
    expect(asked).toEqual([
      [1, 51],
      [51, 101],
      [101, 121],
    ]);
    expect(reports.map((r) => r.done)).toEqual([0, 50, 100, 120]);
    const last = reports.at(-1)!;
    expect(last.endings).toEqual([
      { title: 'A deal', games: 60 },
      { title: 'No deal', games: 60 },
    ]);
    // The clock is read at the start and at the end: 300 ms later.
    expect(last.seconds).toBeCloseTo(0.3, 9);
    expect(reports.slice(0, -1).every((r) => r.seconds === null && !r.stopped)).toBe(true);
  });

  it('stops asking once it is no longer wanted, and reports nothing more', async () => {
    const asked: [number, number][] = [];
    const reports: AuthorBatch[] = [];
    let wanted = true;
    await runAuthorBatch(
      fakeEngine(asked),
      'key',
      1000,
      () => 0,
      () => wanted,
      (b) => {
        reports.push(b);
        if (b.done === 50) wanted = false;
      },
    );
    expect(asked).toEqual([
      [1, 51],
      [51, 101],
    ]);
    expect(reports.map((r) => r.done)).toEqual([0, 50]);
  });

  it('says where it stopped when the engine fails', async () => {
    const reports: AuthorBatch[] = [];
    await runAuthorBatch(
      fakeEngine([], 101),
      'key',
      1000,
      () => 0,
      () => true,
      (b) => reports.push(b),
    );
    expect(reports.at(-1)).toMatchObject({ done: 100, stopped: true, seconds: null });
  });
});
