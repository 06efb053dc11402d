/**
 * Invariants of the analytics on the real scenario (8 levers: seven of three
 * options and one of two, 4,374 packages): checked against brute force rather than known numbers, so the
 * scenario can be rebalanced without touching this file.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseDeal,
  analyseSpace,
  dealWorldOf,
  dominates,
  filterFrontier,
  frontierDistance,
  gameAnalytics,
  packageOptions,
  sweepFrontier,
  type PackageSpace,
  type SpaceAnalytics,
} from '../../../src/engine/analytics';
import { utilityOf } from '../../../src/engine/model/utilityOf';
import { load, noneDeclared, startEnv } from './load';

const ukraine = load('scenarios/ukraine-2025.yaml');
const id = (name: string) => ukraine.actors.find((a) => a.id === name)!.index;
const env = startEnv(ukraine);
const world = dealWorldOf(ukraine, env, noneDeclared(ukraine), { allLevers: true });
const pair = analyseSpace(ukraine, [id('ukraine'), id('russia')], world);
const table = analyseSpace(
  ukraine,
  ukraine.actors.map((a) => a.index),
  world,
);

/** Every combination of every lever's options. */
const SIZE = ukraine.levers.reduce((n, l) => n * l.options.length, 1);

const utilitiesOf = (space: PackageSpace, p: number) => {
  const k = space.group.length;
  return Array.from(space.utilities.subarray(p * k, p * k + k));
};

/**
 * The packages every signatory would sign, worked out here from the scenario: a package moves levers off the
 * status quo, and none of them to an option that one of that lever's signatories has as a red line in its
 * profile (docs/model.md §4).
 */
function possibleByHand(space: PackageSpace): number[] {
  const possible: number[] = [];
  for (let p = 0; p < space.size; p++) {
    const options = packageOptions(space, p);
    const refused = ukraine.levers.some(
      (l) =>
        options[l.index] !== l.statusQuo &&
        l.signatories.some((s) => ukraine.actors[s]!.profile.redLines[l.index]![options[l.index]!]),
    );
    if (!refused) possible.push(p);
  }
  return possible;
}

function checkFrontier(a: SpaceAnalytics): void {
  const { space, frontier } = a;
  const on = new Set(frontier);
  expect(on.size).toBe(frontier.length);
  const possible = possibleByHand(space);
  // No frontier package is dominated by any possible package.
  for (const f of frontier)
    for (const p of possible) if (dominates(space, p, f)) expect.fail(`frontier package ${f} is dominated by ${p}`);
  // Every other possible package is dominated, and then by some frontier package.
  for (const p of possible) {
    if (on.has(p)) continue;
    if (!frontier.some((f) => dominates(space, f, p))) expect.fail(`package ${p} is off the frontier but undominated`);
  }
}

describe('analytics on ukraine-2025 at the start', () => {
  it('enumerates every package with the utilities utilityOf gives', () => {
    const { space } = pair;
    expect(space.size).toBe(SIZE);
    for (const p of [0, 1, 100, 4321, SIZE - 1]) {
      const options = packageOptions(space, p);
      expect(utilitiesOf(space, p)).toEqual(
        space.group.map((a) => utilityOf(ukraine.actors[a]!.profile, options, env.values)),
      );
    }
  });

  it("leaves out exactly the packages that cross a signatory's red line", () => {
    for (const { space } of [pair, table]) {
      const possible = possibleByHand(space);
      expect(Array.from(space.possible)).toEqual(possible);
      // ukraine-2025's red lines leave out more than half the packages (2,430 of 4,374), never all.
      expect(possible.length).toBeLessThan(space.size);
      expect(possible.length).toBeGreaterThan(0);
    }
  });

  it('has a ZOPA inside the space where both get their RV, and nothing else', () => {
    const { space, zopa } = pair;
    let count = 0;
    for (const p of possibleByHand(space)) {
      const u = utilitiesOf(space, p);
      if (u.every((x, i) => x >= space.reservations[i]!)) count++;
    }
    expect(zopa.count).toBe(count);
    expect(zopa.empty).toBe(count === 0);
    for (const p of zopa.packages) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(space.size);
      utilitiesOf(space, p).forEach((u, i) => expect(u).toBeGreaterThanOrEqual(space.reservations[i]!));
    }
  });

  it('puts the bargaining points in the ZOPA and on the frontier', () => {
    for (const a of [pair, table]) {
      const frontier = new Set(a.frontier);
      const zopa = new Set(a.zopa.packages);
      if (a.zopa.empty) {
        expect(a.nash).toBeNull();
        expect(a.kalaiSmorodinsky).toBeNull();
        continue;
      }
      for (const point of [a.nash!, a.kalaiSmorodinsky!, a.egalitarian]) {
        expect(zopa.has(point.package)).toBe(true);
        expect(frontier.has(point.package)).toBe(true);
        point.advantages.forEach((d) => expect(d).toBeGreaterThanOrEqual(0));
      }
      expect(frontier.has(a.welfare.package)).toBe(true);
      // Nash maximises the product of advantages over the ZOPA.
      const product = (p: number) => utilitiesOf(a.space, p).reduce((x, u, i) => x * (u - a.space.reservations[i]!), 1);
      const best = Math.max(...Array.from(a.zopa.packages, product));
      expect(product(a.nash!.package)).toBe(best);
    }
  });

  it('finds the frontier of the pair by sweep, the same as by filter', () => {
    checkFrontier(pair);
    expect(Array.from(sweepFrontier(pair.space))).toEqual(Array.from(filterFrontier(pair.space)));
  });

  it('finds the frontier of the four actors', () => {
    checkFrontier(table);
  });

  it('measures 0 from the frontier for frontier packages and > 0 for strictly dominated ones', () => {
    const { space, frontier } = table;
    for (const f of Array.from(frontier).slice(0, 40))
      expect(frontierDistance(space, utilitiesOf(space, f)).distance).toBe(0);
    const on = new Set(frontier);
    let checked = 0;
    const possible = possibleByHand(space);
    for (let i = 0; i < possible.length && checked < 40; i += 97) {
      const p = possible[i]!;
      if (on.has(p)) continue;
      const u = utilitiesOf(space, p);
      const strictly = frontier.some((f) => utilitiesOf(space, f).every((x, i) => x > u[i]!));
      const d = frontierDistance(space, u);
      expect(d.onFrontier).toBe(false);
      if (strictly) {
        expect(d.distance).toBeGreaterThan(0);
        utilitiesOf(space, d.witness).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(u[i]! + d.distance - 1e-9));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("attributes each actor's change from the status quo to the levers, summing to it", () => {
    const { space } = table;
    const statusQuo = ukraine.levers.map((l) => l.statusQuo);
    for (let p = 0; p < space.size; p += 131) {
      const options = packageOptions(space, p);
      const deal = analyseDeal(ukraine, space, options);
      space.group.forEach((a, i) => {
        const profile = ukraine.actors[a]!.profile;
        const change = utilityOf(profile, options, env.values) - utilityOf(profile, statusQuo, env.values);
        expect(deal.attribution.reduce((s, row) => s + row[i]!, 0)).toBeCloseTo(change, 9);
      });
      const positive = deal.advantages.filter((d) => d > 0);
      if (positive.length > 0)
        expect(deal.shares.reduce((s, x, i) => s + (deal.advantages[i]! > 0 ? x : 0), 0)).toBeCloseTo(1, 9);
    }
  });

  it('summarises a game as JSON-ready data with a grade per actor', () => {
    const summary = gameAnalytics(ukraine, {
      startEnv: env,
      endEnv: env,
      finalOptions: ukraine.levers.map((l) => l.statusQuo),
      declared: ukraine.actors.map(() => ukraine.levers.map(() => [])),
    });
    expect(summary.group).toEqual(ukraine.actors.map((a) => a.id));
    expect(summary.packages).toBe(possibleByHand(table.space).length);
    expect(summary.deal.text).toBe('the status quo');
    expect(Object.keys(summary.grades)).toEqual(ukraine.actors.map((a) => a.id));
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
