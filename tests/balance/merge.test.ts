/**
 * Streamed statistics merge exactly: sums do not depend on the order of
 * additions, merging is associative, and the CellStats of a run split in any
 * way equal those of one pass over the same games.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BalanceRunner, runStatsToJson } from '../../src/engine/balance/BalanceRunner';
import { cellStatsFromJson, cellStatsToJson, mergeCellStats } from '../../src/engine/balance/CellStats';
import { ExactSum } from '../../src/engine/balance/ExactSum';
import { Moments } from '../../src/engine/balance/Moments';
import { buildCells, shardRange, type BalancePlan } from '../../src/engine/balance/plan';
import { gameSeed } from '../../src/engine/balance/seeds';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('ExactSum', () => {
  it('is the correctly rounded sum, whatever the order', () => {
    const s = new ExactSum();
    for (const x of [1e16, 1, -1e16]) s.add(x);
    expect(s.value()).toBe(1);
    const t = new ExactSum();
    for (let i = 0; i < 10; i++) t.add(0.1);
    expect(t.value()).toBe(1);
  });

  it('sums to an unsigned zero whatever the order of signed zeros', () => {
    for (const xs of [
      [-0, 0],
      [0, -0],
      [-0, -0],
    ]) {
      const s = new ExactSum();
      for (const x of xs) s.add(x);
      expect(Object.is(s.value(), 0)).toBe(true);
    }
  });

  it('any permutation or split gives the same value and the same JSON', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (xs, cut) => {
        const a = new ExactSum();
        for (const x of xs) a.add(x);
        const b = new ExactSum();
        for (const x of [...xs].reverse()) b.add(x);
        const left = new ExactSum();
        const right = new ExactSum();
        xs.forEach((x, i) => (i < cut ? left : right).add(x));
        right.merge(left);
        expect(b.value()).toBe(a.value());
        expect(right.value()).toBe(a.value());
        expect(JSON.stringify(right)).toBe(JSON.stringify(a));
        expect(new ExactSum(a.toJSON()).value()).toBe(a.value());
      }),
    );
  });
});

describe('Moments', () => {
  it('merge is associative and commutative, to the bit', () => {
    fc.assert(
      fc.property(fc.array(finite), fc.array(finite), fc.array(finite), (xs, ys, zs) => {
        const of = (list: number[]) => {
          const m = new Moments();
          for (const x of list) m.add(x);
          return m;
        };
        const ab_c = of(xs);
        ab_c.merge(of(ys));
        ab_c.merge(of(zs));
        const a_bc = of(ys);
        a_bc.merge(of(zs));
        const left = of(xs);
        left.merge(a_bc);
        const c_ba = of(zs);
        c_ba.merge(of(ys));
        c_ba.merge(of(xs));
        const json = JSON.stringify(ab_c.toJSON());
        expect(JSON.stringify(left.toJSON())).toBe(json);
        expect(JSON.stringify(c_ba.toJSON())).toBe(json);
        expect(JSON.stringify(of([...xs, ...ys, ...zs]).toJSON())).toBe(json);
      }),
    );
  });
});

describe('seeds and shards', () => {
  it('game seeds are distinct for distinct indices and depend on the base seed', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 50_000; i++) seen.add(gameSeed(7, i));
    expect(seen.size).toBe(50_000);
    expect(gameSeed(7, 0)).not.toBe(gameSeed(8, 0));
    expect(gameSeed(7, 3)).toBe(gameSeed(7, 3));
  });

  it('shards are contiguous, disjoint and cover every unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 40 }), (units, n) => {
        let next = 0;
        for (let i = 0; i < n; i++) {
          const [a, b] = shardRange(units, i, n);
          expect(a).toBe(next);
          expect(b).toBeGreaterThanOrEqual(a);
          next = b;
        }
        expect(next).toBe(units);
      }),
    );
  });
});

describe('CellStats of split runs', () => {
  const file = 'tests/fixtures/minimal.yaml';
  const text = readFileSync(file, 'utf8');
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error('minimal.yaml does not load');
  const scenario = loaded.scenario;
  const cells = buildCells(scenario, ['negotiator', 'negotiator'], ['random', 'accept-all'], [0], 'negotiator');
  if (!cells.ok) throw new Error(cells.message);
  const plan: BalancePlan = {
    scenarioId: 'minimal',
    scenarioTitle: '',
    scenarioHash: '',
    engineVersion: '',
    seed: 3,
    games: 24,
    sweep: null,
    cells: cells.value,
  };
  const runner = new BalanceRunner(text, file, plan, 'negotiator');
  const whole = JSON.stringify(runStatsToJson(runner.run(0, 24)));

  it('(a + b) + c = a + (b + c) = one pass', () => {
    const part = (from: number, to: number) => runner.run(from, to)[0]!;
    const [a, b, c] = [part(0, 5), part(5, 17), part(17, 24)];
    const left = a.map((x, i) => {
      const y = cellStatsFromJson(cellStatsToJson(x));
      mergeCellStats(y, b[i]!);
      mergeCellStats(y, c[i]!);
      return y;
    });
    const right = b.map((x, i) => {
      const y = cellStatsFromJson(cellStatsToJson(x));
      mergeCellStats(y, c[i]!);
      const z = cellStatsFromJson(cellStatsToJson(a[i]!));
      mergeCellStats(z, y);
      return z;
    });
    expect(JSON.stringify(runStatsToJson([left]))).toBe(whole);
    expect(JSON.stringify(runStatsToJson([right]))).toBe(whole);
  });

  it('a JSON round trip changes nothing', () => {
    const stats = runner.run(0, 24)[0]!;
    expect(
      JSON.stringify(
        runStatsToJson([stats.map((s) => cellStatsFromJson(JSON.parse(JSON.stringify(cellStatsToJson(s)))))]),
      ),
    ).toBe(whole);
  });

  it('counts every game once, and pairs probes with the baseline', () => {
    const stats = runner.run(0, 24)[0]!;
    expect(stats.map((s) => s.games)).toEqual([24, 24, 24]);
    expect(stats[0]!.actors[0]!.diff.n).toBe(0);
    expect(stats[1]!.actors[0]!.diff.n).toBe(24);
    expect(stats[1]!.endings.reduce((s, x) => s + x, 0)).toBe(24);
  });
});
