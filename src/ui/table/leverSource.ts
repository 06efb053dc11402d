/**
 * Where a lever of the Propose tab comes from, closed by default beside its
 * select: the lever's label with the quote and source or the note behind it,
 * and each option whose provenance is not the lever's (an option invented for
 * play on a reported lever is simulated), with its own label and note.
 * The select itself is not marked: a label after an option's name cut the
 * longer names off at a laptop's width and read as jargon there.
 */
import type { ComposerLever, OrdersModel } from '../../store/selectOrdersModel';
import { h } from '../dom';
import { provenanceBlock } from '../labelTag';

/**
 * The disclosures a student has opened, by lever name: the Propose tab is drawn again at every choice, and a
 * source being read must not close under the student's eyes. What is open is no secret of anyone's (it is the
 * public scenario), so it may outlive a hand-over.
 */
const opened = new Set<string>();

export function leverSource(model: Pick<OrdersModel, 'sources'>, l: ComposerLever): HTMLElement {
  const details = h(
    'details',
    { class: 'lever-source', attrs: { open: opened.has(l.name) } },
    h(
      'summary',
      { key: `source:${l.index}` },
      'Source',
      h('span', { class: 'visually-hidden', text: ` of ${l.name}` }),
    ),
    provenanceBlock(model, l.provenance),
    l.optionSources.length > 0
      ? h(
          'div',
          { class: 'option-sources' },
          h('p', { class: 'small', text: 'Options with a label of their own:' }),
          h(
            'ul',
            { class: 'plain' },
            ...l.optionSources.map((o) =>
              h(
                'li',
                {},
                h('strong', { text: o.name }),
                // The lever's quote is shown just above: an option quoting the same words shows only its note.
                provenanceBlock(
                  model,
                  o.provenance.quote !== undefined && o.provenance.quote === l.provenance.quote
                    ? { label: o.provenance.label, ...(o.provenance.note ? { note: o.provenance.note } : {}) }
                    : o.provenance,
                ),
              ),
            ),
          ),
        )
      : null,
  );
  details.addEventListener('toggle', () => {
    if (details.open) opened.add(l.name);
    else opened.delete(l.name);
  });
  return details;
}
