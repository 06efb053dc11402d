import { describe, expect, it } from 'vitest';
import { firstSentences } from '../../../src/engine/text';

describe('firstSentences', () => {
  it('keeps whole sentences while they fit in the limit', () => {
    const text = 'We want peace. We fear a deal over our heads! Would they listen? The rest is long and more.';
    expect(firstSentences(text, 10)).toBe('We want peace. We fear a deal over our heads!');
    expect(firstSentences(text, 13)).toBe('We want peace. We fear a deal over our heads! Would they listen?');
    expect(firstSentences(text, 100)).toBe(text);
  });

  it('does not end a sentence at an initial', () => {
    const text = 'The U.S. Defense Secretary dismissed it. J. Smith agreed. Then more.';
    expect(firstSentences(text, 9)).toBe('The U.S. Defense Secretary dismissed it. J. Smith agreed.');
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    expect(firstSentences('One two three, four five six seven.', 3)).toBe('One two three…');
  });
});
