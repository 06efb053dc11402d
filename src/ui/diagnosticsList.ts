/** A scenario's diagnostics as text: file:line:col severity CODE message, then its hint. */
import type { Diagnostic } from '../engine/index';
import { h } from './dom';

export function diagnosticsList(heading: string, diagnostics: readonly Diagnostic[]): HTMLElement {
  return h(
    'div',
    { class: 'diagnostics-block' },
    h('h3', { text: `${heading} (${diagnostics.length})` }),
    h(
      'ul',
      { class: 'diagnostics' },
      ...diagnostics.map((d) =>
        h(
          'li',
          { class: d.severity },
          h('code', { text: `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}` }),
          d.hint ? h('span', { class: 'hint', text: `hint: ${d.hint}` }) : null,
        ),
      ),
    ),
  );
}
