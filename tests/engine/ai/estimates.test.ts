/**
 * What a seat believes about the others' weights (docs/model.md §3, §5):
 * intervals that narrow with meetings and statements to the scenario's
 * fraction of their width, always contain the truth, and are never centred
 * on it — so no number of meetings gives a weight away. Checked for scripted
 * meetings over random seeds and for every view the negotiators get in whole
 * games.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/engine/game/GameState';
import { viewFor } from '../../../src/engine/game/viewFor';
import { Table, ukraine } from '../game/kit';
import { persona, playGame, seeds, watched } from './harness';
import { A, As } from '../../ids';

const scenario = ukraine();
const n = scenario.actors.length;
const FRACTION = scenario.actions.meet.narrow_to;
const truth = (actor: number, lever: number) => scenario.actors[actor]!.profile.weights[lever]!;
const width = ([lo, hi]: Interval) => hi - lo;
const EPS = 1e-12;

/** A narrowed interval: the fraction of the old width, inside it, around the truth, its centre at least a tenth of its width off the truth. */
function expectNarrowed(before: Interval, after: Interval, weight: number, fraction: number, where: string): void {
  expect(width(after), `${where}: width`).toBeCloseTo(fraction * width(before), 12);
  expect(after[0], `${where}: inside the old interval`).toBeGreaterThanOrEqual(before[0] - EPS);
  expect(after[1], `${where}: inside the old interval`).toBeLessThanOrEqual(before[1] + EPS);
  expect(after[0] <= weight && weight <= after[1], `${where}: truth ${weight} in [${after.join(', ')}]`).toBe(true);
  expect(Math.abs((after[0] + after[1]) / 2 - weight), `${where}: not centred`).toBeGreaterThanOrEqual(
    0.1 * width(after) - EPS,
  );
}

const pairs = fc
  .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n - 1 }))
  .map(([a, d]) => [A(a), A((a + d) % n)] as const);

describe("estimates of the others' weights", () => {
  it('shrink to narrow_to of their width at each meeting, around the truth and off-centre, for both sides and no one else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        pairs,
        fc.integer({ min: 1, max: 3 }),
        (seed, [a, b], meetings) => {
          const table = new Table(scenario, seed);
          for (let m = 1; m <= meetings; m++) {
            const before = table.state.estimates;
            table.week({ type: 'meet', actor: m % 2 ? a : b, with: [m % 2 ? b : a] });
            expect(table.refusedCodes()).toEqual([]);
            const after = table.state.estimates;
            for (let observer = 0; observer < n; observer++) {
              for (let target = 0; target < n; target++) {
                scenario.levers.forEach((l) => {
                  const was = before[observer]![target]![l.index]!;
                  const now = after[observer]![target]![l.index]!;
                  const where = `seed ${seed}, meeting ${m}, ${observer} of ${target}, lever ${l.id}`;
                  if ((observer === a && target === b) || (observer === b && target === a))
                    expectNarrowed(was, now, truth(target, l.index), FRACTION, where);
                  else expect(now, where).toEqual(was);
                });
              }
            }
            // The seat's view shows the same intervals, and its own weights exactly.
            const view = viewFor(scenario, table.state, a, []);
            expect(view.estimates[b]).toEqual(after[a]![b]);
            view.estimates[a]!.forEach(([lo, hi], l) => expect([lo, hi]).toEqual([truth(a, l), truth(a, l)]));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('differ from seed to seed (the position inside the old interval is a keyed draw)', () => {
    const first = (seed: number) => {
      const table = new Table(scenario, seed);
      table.week({ type: 'meet', actor: A(0), with: As(1) });
      return table.state.estimates[0]![1]!;
    };
    const distinct = new Set(seeds(10).map((s) => JSON.stringify(first(s))));
    expect(distinct.size).toBe(10);
  });

  it("in whole negotiator games: every view's intervals contain the truth, only ever narrow, by powers of narrow_to, never centred", () => {
    let narrowed = 0;
    for (const seed of seeds(15)) {
      const previous = new Map<number, readonly (readonly Interval[])[]>();
      const factory = watched(persona('negotiator'), ({ view }) => {
        const last = previous.get(view.actor);
        view.estimates.forEach((row, target) =>
          row.forEach((now, l) => {
            const where = `seed ${seed}, week ${view.week}, ${view.actor} of ${target}, lever ${l}`;
            const weight = truth(target, l);
            expect(now[0] <= weight && weight <= now[1], `${where}: truth ${weight} in [${now.join(', ')}]`).toBe(true);
            if (!last || target === view.actor) return;
            const was = last[target]![l]!;
            if (width(now) === width(was) && now[0] === was[0]) return;
            // Narrowed k ≥ 1 times since the last view (meetings and statements alike).
            const k = Math.round(Math.log(width(now) / width(was)) / Math.log(FRACTION));
            expect(k, where).toBeGreaterThanOrEqual(1);
            expect(width(now), where).toBeCloseTo(width(was) * FRACTION ** k, 12);
            expect(now[0], where).toBeGreaterThanOrEqual(was[0] - EPS);
            expect(now[1], where).toBeLessThanOrEqual(was[1] + EPS);
            expect(Math.abs((now[0] + now[1]) / 2 - weight), `${where}: not centred`).toBeGreaterThanOrEqual(
              0.1 * width(now) - EPS,
            );
            narrowed++;
          }),
        );
        previous.set(view.actor, view.estimates);
      });
      playGame(
        scenario,
        seed,
        scenario.actors.map(() => factory),
      );
    }
    expect(narrowed).toBeGreaterThan(100);
  }, 60_000);
});
