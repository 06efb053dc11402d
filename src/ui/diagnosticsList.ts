/** A scenario's diagnostics as text: file:line:col severity CODE message, then its hint; the first few, then a count of the rest. */
import { listedDiagnostics, type Diagnostic } from '../engine/index';
import { h } from './dom';

export function diagnosticsList(heading: string, diagnostics: readonly Diagnostic[]): HTMLElement {
  const { shown, notShown } = listedDiagnostics(diagnostics);
  return h(
    'div',
    { class: 'diagnostics-block' },
    // Focusable by script only: a screen may move focus to the list it has just shown.
    h('h3', { text: `${heading} (${diagnostics.length})`, attrs: { tabindex: -1 } }),
    h(
      'ul',
      { class: 'diagnostics' },
      ...shown.map((d) =>
        h(
          'li',
          { class: d.severity },
          h('code', { text: `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}` }),
          d.hint ? h('span', { class: 'hint', text: `hint: ${d.hint}` }) : null,
        ),
      ),
    ),
    notShown ? h('p', { class: 'muted small not-shown', text: notShown }) : null,
  );
}
