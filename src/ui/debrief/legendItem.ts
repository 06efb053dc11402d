/**
 * One entry of a chart's legend: the key's swatch (its look in debrief.css, `key-<name>`; hidden from a screen
 * reader, which reads the words) and what it stands for.
 */
import { h } from '../dom';

export function legendItem(key: string, words: string): HTMLElement {
  return h('li', {}, h('span', { class: `key key-${key}`, attrs: { 'aria-hidden': 'true' } }), words);
}
