import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/engine/expr/index';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['suport', 'support', 1],
    ['wrold', 'world', 1], // a swap counts once
    ['ca', 'abc', 3], // optimal string alignment, not unrestricted Damerau
  ])('%j → %j is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('is symmetric, zero only for equal strings, and bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe('didYouMean', () => {
  const names = [
    'world.war_intensity',
    'world.economy',
    'support.ukraine',
    'support.russia',
    'support.usa',
    'week',
    'weeks_left',
  ];

  it.each([
    ['wrold.war_intensity', 'world.war_intensity'],
    ['world.war_intensty', 'world.war_intensity'],
    ['World.Economy', 'world.economy'],
    ['suport.ukrane', 'support.ukraine'],
    ['wek', 'week'],
    ['weeks_lft', 'weeks_left'],
    ['weekz', 'week'],
  ])('%s → %s', (typo, expected) => {
    expect(didYouMean(typo, names)).toBe(expected);
  });

  it.each(['support.china', 'foo', 'x', 'world', 'economy'])('%s → nothing', (typo) => {
    expect(didYouMean(typo, names)).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the candidate order', () => {
    expect(didYouMean('cat', ['hat', 'bat'])).toBe('bat');
    expect(didYouMean('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('accepts any iterable and an empty one', () => {
    expect(didYouMean('wek', new Set(['week']))).toBe('week');
    expect(didYouMean('wek', [])).toBeUndefined();
  });

  it('suggests only candidates within the distance limit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }),
        (name, candidates) => {
          const s = didYouMean(name, candidates);
          if (s === undefined) return;
          expect(candidates).toContain(s);
          expect(editDistance(name.toLowerCase(), s.toLowerCase())).toBeLessThanOrEqual(
            Math.max(1, Math.floor(name.length / 3)),
          );
        },
      ),
    );
  });
});
