/**
 * Where a fact comes from, always as visible text (never colour alone):
 * reported (quoted from a source), context (a well-known fact) or simulated
 * (a game mechanic), with the quote, source or note when there is one.
 */
import type { Label, Provenance, PublicScenario } from '../engine/index';
import { h } from './dom';

export const LABEL_MEANING: Readonly<Record<Label, string>> = {
  reported: 'in the source, quoted word for word',
  context: 'a well-known public fact not in the source',
  simulated: 'a game mechanic, invented for play',
};

export function labelTag(label: Label): HTMLElement {
  return h('span', { class: `tag tag-${label}`, text: label, attrs: { title: LABEL_MEANING[label] } });
}

/** The label plus what backs it: the quote and its source, or the note. */
export function provenanceBlock(scenario: Pick<PublicScenario, 'sources'>, p: Provenance): HTMLElement {
  const source = p.source ? scenario.sources.find((s) => s.id === p.source) : undefined;
  return h(
    'p',
    { class: 'provenance' },
    labelTag(p.label),
    ' ',
    p.quote ? h('q', { text: p.quote }) : null,
    // A quote of the source's title (a headline) says so, rather than repeating the same words.
    source
      ? h('span', {
          class: 'muted',
          text: p.quote === source.title ? ` — the title of the ${source.kind || 'source'}` : ` — ${source.title}`,
        })
      : null,
    // After a quote the note starts a line of its own (app.css), never running on from the source's title.
    p.note ? h('span', { class: 'muted provenance-note', text: p.note }) : null,
    !p.quote && !p.note ? h('span', { class: 'muted', text: LABEL_MEANING[p.label] }) : null,
  );
}

export function labelLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'What the labels mean' } },
    ...(['reported', 'context', 'simulated'] as const).map((l) => h('li', {}, labelTag(l), ` ${LABEL_MEANING[l]}`)),
  );
}
