/**
 * A table that becomes a pile of cards on a phone (debrief.css, table.stack):
 * each cell is labelled with its column's heading, as the grade table does,
 * so no row is wider than the screen.
 */
export function stacked(table: HTMLTableElement): HTMLTableElement {
  table.classList.add('stack');
  const headings = [...table.querySelectorAll('thead th, thead td')].map((c) => c.textContent ?? '');
  for (const row of table.querySelectorAll('tbody tr'))
    [...row.children].forEach((cell, i) => {
      const label = headings[i];
      if (label) cell.setAttribute('data-label', label);
    });
  return table;
}
