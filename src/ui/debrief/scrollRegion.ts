import { h } from '../dom';

/**
 * A wide table in a box that scrolls sideways on a narrow screen instead of
 * widening the page; it takes focus, so a keyboard can scroll it too.
 */
export function scrollRegion(label: string, table: HTMLElement): HTMLElement {
  return h('div', { class: 'scroll-region', attrs: { role: 'region', 'aria-label': label, tabindex: 0 } }, table);
}
