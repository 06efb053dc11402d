/**
 * A quote that is not in its source says where it departs from it: the last
 * words that match, then its word against the source's.
 */
import { describe, expect, it } from 'vitest';
import { quoteMismatch } from '../../../src/engine/scenario/quoteMismatch';

const SOURCE = 'The council will vote on Monday. Farmers want two thirds of the water; the town wants half.';

describe('quoteMismatch', () => {
  it('says nothing of a quote the source contains', () => {
    expect(quoteMismatch(SOURCE, 'Farmers want two thirds of the water')).toBeNull();
  });

  it('names the word where the quote departs, after the last words that match', () => {
    expect(quoteMismatch(SOURCE, 'The council will vote on monday.')).toBe(
      'it matches up to “council will vote on”, then has “monday.” where the source has “Monday.”.',
    );
    expect(quoteMismatch(SOURCE, 'Farmers want three thirds of the water')).toBe(
      'it matches up to “Farmers want”, then has “three” where the source has “two”.',
    );
  });

  it('says when the source ends first, and when not even the first words are in it', () => {
    expect(quoteMismatch(SOURCE, 'the town wants half. And more')).toBe(
      'it matches up to “the town wants half.”, where the source ends.',
    );
    expect(quoteMismatch(SOURCE, 'Nothing here matches')).toBe('not even its first words are in it.');
  });
});
