/**
 * The analytics against a hand computation on tests/fixtures/duo.yaml.
 *
 * Levers: water (east_share, shared, west_share; status quo shared) and
 * toll (none, levied; status quo none). Packages are numbered
 * p = water + 3·toll (the first free lever turns fastest).
 *
 * East: 0.3·water {100, 50, 0} + 0.7·toll {40, 100} − 0.1·tension (50 → −5),
 *       link west_share & levied: −10. RV 40.
 * West: 0.6·water {0, 50, 100} + 0.4·toll {100, 40}. RV 30.
 *
 *   p  water       toll     East                  West          E−40  W−30
 *   0  east_share  none     30 + 28 − 5      = 53   0 + 40 =  40    13    10
 *   1  shared      none     15 + 28 − 5      = 38  30 + 40 =  70    −2    40   (status quo)
 *   2  west_share  none      0 + 28 − 5      = 23  60 + 40 = 100   −17    70
 *   3  east_share  levied   30 + 70 − 5      = 95   0 + 16 =  16    55   −14
 *   4  shared      levied   15 + 70 − 5      = 80  30 + 16 =  46    40    16
 *   5  west_share  levied    0 + 70 − 5 − 10 = 55  60 + 16 =  76    15    46
 *
 * Frontier: by East descending: 95 (p3), 80 (p4), 55 (p5), 53 (p0), 38 (p1),
 *   23 (p2); a package is undominated when its West beats every West above
 *   it: 16 ✓, 46 ✓, 76 ✓, 40 ✗ (p4 has 80 ≥ 53, 46 ≥ 40), 70 ✗ (p5 has
 *   55 ≥ 38, 76 ≥ 70), 100 ✓. Frontier = [p3, p4, p5, p2].
 * ZOPA (East ≥ 40 and West ≥ 30): p0, p4, p5.
 * Nash: Π(u − RV): p0 13·10 = 130, p4 40·16 = 640, p5 15·46 = 690 → p5.
 * Ideal in the ZOPA: East 80 (p4), West 76 (p5); ranges 40 and 46.
 * Kalai–Smorodinsky: min of shares of the range:
 *   p0 min(13/40, 10/46) = 0.217, p4 min(40/40, 16/46) = 0.348,
 *   p5 min(15/40, 46/46) = 0.375 → p5.
 * Egalitarian: min(u − RV): p0 10, p4 16, p5 15 (outside the ZOPA: p1 −2,
 *   p2 −17, p3 −14) → p4.
 * Welfare Σu: 93, 108, 123, 111, 126, 131 → p5 (131).
 * Distance from the frontier, max_q min_i (u_q,i − u_i):
 *   p0 (53, 40): q = p4 gives min(27, 6) = 6, p5 min(2, 36) = 2 → 6 (witness p4);
 *   p1 (38, 70): q = p5 gives min(17, 6) = 6 → 6 (witness p5);
 *   frontier packages: 0.
 * The deal p4 (shared, levied): advantages (40, 16); shares 40/56, 16/56.
 *   Attribution from the status quo (shared, none):
 *   East water 15 − 15 = 0, toll 70 − 28 = 42 (sum 42 = 80 − 38);
 *   West water 30 − 30 = 0, toll 16 − 40 = −24 (sum −24 = 46 − 70).
 * The deal p5 (west_share, levied): the link switches on (−10), half to each lever:
 *   East water 0 − 15 − 5 = −20, toll 42 − 5 = 37 (sum 17 = 55 − 38);
 *   West water 60 − 30 = 30, toll −24 (sum 6 = 76 − 70).
 */
import { describe, expect, it } from 'vitest';
import {
  analyseDeal,
  analyseSpace,
  dealWorldOf,
  filterFrontier,
  formatPackage,
  frontierDistance,
  packageOptions,
  packageSpaceOf,
  sweepFrontier,
} from '../../../src/engine/analytics';
import { load, noneDeclared, startEnv } from './load';

const duo = load('tests/fixtures/duo.yaml');
const EAST = 0;
const WEST = 1;
const world = dealWorldOf(duo, startEnv(duo), noneDeclared(duo));
const analytics = analyseSpace(duo, [EAST, WEST], world);
const { space } = analytics;

const UTILITIES = [
  [53, 40],
  [38, 70],
  [23, 100],
  [95, 16],
  [80, 46],
  [55, 76],
];
const utilitiesOf = (p: number) => Array.from(space.utilities.subarray(2 * p, 2 * p + 2));

describe('the duo deal space, by hand', () => {
  it('numbers packages with the first free lever fastest and computes every utility', () => {
    expect(space.size).toBe(6);
    expect(space.free).toEqual([0, 1]);
    expect(space.reservations).toEqual([40, 30]);
    expect(packageOptions(space, 5)).toEqual([2, 1]);
    expect(packageOptions(space, 1)).toEqual([1, 0]);
    UTILITIES.forEach(([e, w], p) => {
      expect(utilitiesOf(p)[0]).toBeCloseTo(e!, 9);
      expect(utilitiesOf(p)[1]).toBeCloseTo(w!, 9);
    });
  });

  it('finds the ZOPA', () => {
    expect(Array.from(analytics.zopa.packages)).toEqual([0, 4, 5]);
    expect(analytics.zopa.count).toBe(3);
    expect(analytics.zopa.empty).toBe(false);
  });

  it('finds the Pareto frontier, ordered by East descending, by sweep and by filter alike', () => {
    expect(Array.from(analytics.frontier)).toEqual([3, 4, 5, 2]);
    expect(Array.from(sweepFrontier(space))).toEqual([3, 4, 5, 2]);
    expect(Array.from(filterFrontier(space))).toEqual([3, 4, 5, 2]);
  });

  it('finds the Nash, Kalai–Smorodinsky, egalitarian and welfare points', () => {
    expect(analytics.nash?.package).toBe(5);
    expect(analytics.nash?.options).toEqual([2, 1]);
    expect(analytics.nash?.advantages[0]).toBeCloseTo(15, 9);
    expect(analytics.nash?.advantages[1]).toBeCloseTo(46, 9);
    expect(analytics.ideal?.[0]).toBeCloseTo(80, 9);
    expect(analytics.ideal?.[1]).toBeCloseTo(76, 9);
    expect(analytics.kalaiSmorodinsky?.package).toBe(5);
    expect(analytics.egalitarian.package).toBe(4);
    expect(analytics.welfare.package).toBe(5);
    expect(analytics.welfare.welfare).toBeCloseTo(131, 9);
  });

  it('measures the distance from the frontier', () => {
    expect(frontierDistance(space, utilitiesOf(0))).toMatchObject({ onFrontier: false, witness: 4 });
    expect(frontierDistance(space, utilitiesOf(0)).distance).toBeCloseTo(6, 9);
    expect(frontierDistance(space, utilitiesOf(1))).toMatchObject({ onFrontier: false, witness: 5 });
    expect(frontierDistance(space, utilitiesOf(1)).distance).toBeCloseTo(6, 9);
    for (const p of [3, 4, 5, 2])
      expect(frontierDistance(space, utilitiesOf(p))).toEqual({ distance: 0, onFrontier: true, witness: -1 });
  });

  it('analyses the deal p4: advantages, shares, attribution', () => {
    const deal = analyseDeal(duo, space, [1, 1]);
    expect(deal.advantages[0]).toBeCloseTo(40, 9);
    expect(deal.advantages[1]).toBeCloseTo(16, 9);
    expect(deal.shares[0]).toBeCloseTo(40 / 56, 9);
    expect(deal.shares[1]).toBeCloseTo(16 / 56, 9);
    expect(deal).toMatchObject({ inZopa: true, onFrontier: true, distance: 0, witness: -1 });
    expect(deal.attribution[0]![0]).toBeCloseTo(0, 9);
    expect(deal.attribution[1]![0]).toBeCloseTo(42, 9);
    expect(deal.attribution[0]![1]).toBeCloseTo(0, 9);
    expect(deal.attribution[1]![1]).toBeCloseTo(-24, 9);
  });

  it('splits a link that switches on half to each of its levers (deal p5)', () => {
    const deal = analyseDeal(duo, space, [2, 1]);
    expect(deal.attribution[0]![0]).toBeCloseTo(-20, 9);
    expect(deal.attribution[1]![0]).toBeCloseTo(37, 9);
    expect(deal.attribution[0]![1]).toBeCloseTo(30, 9);
    expect(deal.attribution[1]![1]).toBeCloseTo(-24, 9);
  });

  it('gives a member below its RV a negative share, and a dominated deal its distance', () => {
    const deal = analyseDeal(duo, space, [1, 0]);
    expect(deal.advantages[0]).toBeCloseTo(-2, 9);
    expect(deal.shares[0]).toBeCloseTo(-2 / 40, 9);
    expect(deal.shares[1]).toBeCloseTo(1, 9);
    expect(deal.inZopa).toBe(false);
    expect(deal.distance).toBeCloseTo(6, 9);
    expect(formatPackage(duo, packageOptions(space, deal.witness))).toBe(
      'Water share: Mostly to the West; River toll: A toll',
    );
  });

  it('keeps settled levers as settled, unless asked for every lever', () => {
    const settledEnv = startEnv(duo, { settled: { toll: 1 } });
    const settled = analyseSpace(duo, [EAST, WEST], dealWorldOf(duo, settledEnv, noneDeclared(duo)));
    expect(settled.space.size).toBe(3);
    expect(settled.space.free).toEqual([0]);
    expect([0, 1, 2].map((p) => packageOptions(settled.space, p))).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    // East 95, 80, 55 against West 16, 46, 76: all undominated.
    expect(Array.from(settled.frontier)).toEqual([0, 1, 2]);
    expect(Array.from(settled.zopa.packages)).toEqual([1, 2]);
    const all = dealWorldOf(duo, settledEnv, noneDeclared(duo), { allLevers: true });
    expect(all.fixed).toEqual([false, false]);
    expect(all.options).toEqual([1, 0]);
    expect(packageSpaceOf(duo, [EAST, WEST], all).size).toBe(6);
  });

  it('reads utilities in the given world', () => {
    // Tension 80: East's world term is −8 instead of −5.
    const tense = packageSpaceOf(
      duo,
      [EAST, WEST],
      dealWorldOf(duo, startEnv(duo, { values: { 'world.tension': 80 } }), noneDeclared(duo)),
    );
    expect(tense.utilities[0]).toBeCloseTo(50, 9);
    expect(tense.utilities[1]).toBeCloseTo(40, 9);
  });

  it('has no Nash or Kalai–Smorodinsky point without a ZOPA, but still an egalitarian one', () => {
    const strict = analyseSpace(duo, [EAST, WEST], { ...world, reservations: [90, 80] });
    expect(strict.zopa.empty).toBe(true);
    expect(strict.nash).toBeNull();
    expect(strict.kalaiSmorodinsky).toBeNull();
    expect(strict.ideal).toBeNull();
    // min(u − RV): p0 −40, p1 −52, p2 −67, p3 −64, p4 −34, p5 −35 → p4, 34 short.
    expect(strict.egalitarian.package).toBe(4);
    expect(Math.min(...strict.egalitarian.advantages)).toBeCloseTo(-34, 9);
  });

  it('names packages by their clauses', () => {
    expect(formatPackage(duo, [1, 0])).toBe('the status quo');
    expect(formatPackage(duo, [0, 0])).toBe('Water share: Mostly to the East');
    expect(formatPackage(duo, [0, 0], [0, 0])).toBe('no change');
  });

  it('rejects a malformed group', () => {
    expect(() => packageSpaceOf(duo, [], world)).toThrow(RangeError);
    expect(() => packageSpaceOf(duo, [0, 0], world)).toThrow(RangeError);
    expect(() => packageSpaceOf(duo, [2], world)).toThrow(RangeError);
  });
});
