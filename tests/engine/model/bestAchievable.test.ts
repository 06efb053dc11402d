/**
 * The best achievable deal (docs/model.md §4) read from the package table —
 * each actor's packages in decreasing lever part, stopping at the first
 * acceptable one — must be exactly the plain scan of every package in the
 * odometer's order: the same utility to the bit and the same options, ties
 * included, in any world, for any reservation values and any declared red
 * lines. (Hand-computed scores are in tests/engine/game/scoring.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestAchievable } from '../../../src/engine/model/scoreActor';
import { packageTableOf } from '../../../src/engine/model/packageTable';
import { fixture, ukraine } from '../game/kit';

describe('bestAchievable', () => {
  const cases = [
    ['three', fixture('three')],
    ['ukraine-2025', ukraine()],
  ] as const;
  for (const [name, scenario] of cases) {
    it(`finds the same deal with the table as by the plain scan (${name})`, () => {
      const table = packageTableOf(scenario);
      expect(table).not.toBeNull();
      const world = fc.tuple(
        fc.array(fc.double({ min: -200, max: 200, noNaN: true }), {
          minLength: scenario.values.length,
          maxLength: scenario.values.length,
        }),
        fc.array(fc.oneof(fc.double({ min: -100, max: 150, noNaN: true }), fc.integer({ min: 0, max: 100 })), {
          minLength: scenario.actors.length,
          maxLength: scenario.actors.length,
        }),
        // Declared red lines: per actor and lever, a few options (the status quo included, which no rule allows: the
        // search must not care).
        fc.array(
          fc.array(fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 2 }), {
            minLength: scenario.levers.length,
            maxLength: scenario.levers.length,
          }),
          {
            minLength: scenario.actors.length,
            maxLength: scenario.actors.length,
          },
        ),
      );
      fc.assert(
        fc.property(world, ([values, rv, said]) => {
          const declared = said.map((byLever) =>
            byLever.map((options, l) => options.filter((o) => o < scenario.levers[l]!.options.length)),
          );
          expect(bestAchievable(scenario, values, rv, declared, table)).toEqual(
            bestAchievable(scenario, values, rv, declared, null),
          );
        }),
        { numRuns: name === 'three' ? 300 : 40 },
      );
    });
  }
});
