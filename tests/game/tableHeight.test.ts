/**
 * The table's drawing changes height in whole steps: it grows to the next
 * step the content needs, keeps its height while the content shrinks by up
 * to two steps, and shrinks to fit when more would be left empty.
 */
import { describe, expect, it } from 'vitest';
import { HEIGHT_STEP, tableHeight } from '../../src/game/layout/tableHeight';

describe('tableHeight', () => {
  it('starts at the first whole step the content needs', () => {
    expect(tableHeight(0, 450)).toBe(15 * HEIGHT_STEP);
    expect(tableHeight(0, 15 * HEIGHT_STEP)).toBe(15 * HEIGHT_STEP);
  });

  it('grows to the next whole step, never by a pixel at a time', () => {
    expect(tableHeight(480, 481)).toBe(480 + HEIGHT_STEP);
    expect(tableHeight(480, 600)).toBe(608);
  });

  it('keeps its height while the content shrinks by up to two steps, and fits it when it shrinks more', () => {
    expect(tableHeight(576, 576 - 2 * HEIGHT_STEP)).toBe(576);
    expect(tableHeight(576, 576 - 2 * HEIGHT_STEP - 1)).toBe(512);
    expect(tableHeight(576, 300)).toBe(320);
  });
});
