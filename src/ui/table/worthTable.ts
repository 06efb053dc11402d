/**
 * A package's worth to the student beside what they have now, what no deal
 * is worth and what their adviser aims for: one scale (worth to you, in points),
 * one wording, the same on every tab, with the comparison in one sentence
 * and what each yardstick means a click away.
 */
import type { WorthComparison } from '../../store/selectOrdersModel';
import { num } from '../../store/num';
import { h } from '../dom';

const MARK: Readonly<Record<WorthComparison['tone'], string>> = { good: '✔', mixed: '⚠', bad: '✘' };

export function worthTable(worth: WorthComparison): HTMLElement {
  return h(
    'div',
    { class: `worth-compare ${worth.tone}` },
    h(
      'table',
      { class: 'worth-table' },
      h('caption', { text: 'Worth to you, in points' }),
      h(
        'tbody',
        {},
        ...worth.rows.map((row) =>
          h(
            'tr',
            { class: row.subject ? 'subject' : '' },
            h('th', { attrs: { scope: 'row' }, text: row.label }),
            h('td', { class: 'value', text: num(row.value) }),
            h(
              'td',
              { class: 'bar', attrs: { 'aria-hidden': 'true' } },
              h('meter', { attrs: { min: 0, max: 100, value: Math.max(0, Math.min(100, row.value)) } }),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'verdict' },
      h('span', { attrs: { 'aria-hidden': 'true' }, text: `${MARK[worth.tone]} ` }),
      worth.verdict,
    ),
    h(
      'details',
      { class: 'worth-help' },
      h('summary', { text: 'What these numbers mean' }),
      h(
        'ul',
        {},
        ...worth.rows.flatMap((row) =>
          row.meaning ? [h('li', {}, h('strong', { text: `${row.label}: ` }), row.meaning)] : [],
        ),
        h('li', { text: worth.points }),
      ),
    ),
  );
}
