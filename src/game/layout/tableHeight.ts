/**
 * The height the table's drawing takes, in CSS px. Resizing the canvas costs
 * about as much as drawing the whole table (docs/bundle.md), and most weeks
 * change the height its content needs by a few pixels: so the drawing grows
 * in steps of HEIGHT_STEP, and shrinks only when more than two steps of it
 * would be empty.
 */
export const HEIGHT_STEP = 32;

/** The height to show next, from the height shown now (0 before the first drawing) and the height the content needs. */
export function tableHeight(shown: number, needed: number): number {
  if (needed <= shown && needed >= shown - 2 * HEIGHT_STEP) return shown;
  return Math.ceil(needed / HEIGHT_STEP) * HEIGHT_STEP;
}
