/**
 * The table's one rule for long names (docs/table.md): wrapped at spaces onto
 * as many lines as needed, a word wider than a line broken with a hyphen,
 * nothing left out and nothing cut with "…".
 */
import { describe, expect, it } from 'vitest';
import { Typography, type FontMetrics } from '../../src/game/layout/Typography';

/** Every character 7 px wide, every line 17 px tall. */
const MONO: FontMetrics = { width: (text) => text.length * 7, height: () => 17 };
const typo = new Typography(1, MONO);

describe('Typography.wrap', () => {
  it('keeps a name that fits on one line as it is', () => {
    expect(typo.wrap('Ceasefire', 'small', 200)).toEqual(['Ceasefire']);
  });

  it('breaks between words, each line within the width, every word kept in order', () => {
    const name = 'Freeze the front line without recognition';
    const lines = typo.wrap(name, 'small', 100);
    expect(lines).toEqual(['Freeze the', 'front line', 'without', 'recognition']);
    expect(lines.every((l) => l.length * 7 <= 100)).toBe(true);
    expect(lines.join(' ')).toBe(name);
  });

  it('breaks a word wider than a whole line between letters, with hyphens, and cuts nothing', () => {
    const lines = typo.wrap('Abcdefghijklmnopqrstuvwxyz', 'small', 70);
    expect(lines.every((l) => l.length * 7 <= 70)).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Abcdefghijklmnopqrstuvwxyz');
    expect(lines.join('')).not.toContain('…');
  });

  it('never draws under 14 px: the smallest font of the table is 14 at scale 1', () => {
    expect(typo.size('small')).toBe(14);
    expect(Math.min(...(['title', 'body', 'bodyBold', 'small', 'smallBold'] as const).map((k) => typo.size(k)))).toBe(
      14,
    );
  });
});
