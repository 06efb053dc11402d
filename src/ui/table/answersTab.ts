/**
 * The Answer tab: each offer awaiting the student's answer, named for people,
 * with its terms, who signs it, its proposer's public reasons, and what it is
 * worth to the student beside what they have now, no deal and their adviser's
 * aim. The emphasised answer follows those numbers: Accept only when the
 * offer beats both what they have now and no deal; else Counter (or Reject
 * when no counter-offer is possible) — and says so, as a suggestion with its
 * reason, over the buttons.
 */
import { button, h } from '../dom';
import type { OrdersContext } from './ordersPanel';
import { refusalNote } from './orderControls';
import { worthTable } from './worthTable';

const ANSWERED: Readonly<Record<'accept' | 'reject' | 'counter', string>> = {
  accept: 'you accept it',
  reject: 'you reject it',
  counter: 'you answer it with a counter-offer',
};

export function answersTab(ctx: OrdersContext): HTMLElement[] {
  const { model, actions, ui } = ctx;
  const nodes: HTMLElement[] = [
    h('p', {
      class: 'muted small',
      text:
        model.toAnswer.length === 0
          ? `No offer awaits your answer this ${model.unit}. Offers are answered the ${model.unit} after they are sent.`
          : 'Accepting or rejecting is free; a counter-offer rejects the offer and costs like a proposal. No answer counts as a rejection. An offer is signed only when everyone who must sign it accepts.',
    }),
  ];
  for (const p of model.toAnswer) {
    const slot = `answer:${p.id}`;
    const kind = (answer: 'accept' | 'reject' | 'counter') => (p.primary === answer ? 'primary' : '');
    nodes.push(
      h(
        'article',
        { class: 'package-card', attrs: { 'aria-labelledby': `${slot}-h`, 'data-package': p.id } },
        h('h3', { attrs: { id: `${slot}-h` }, text: p.name + (p.counters ? ` (answers ${p.counters})` : '') }),
        h('p', {}, h('strong', { text: 'Terms: ' }), p.terms),
        h('p', {}, h('strong', { text: 'Who must sign it: ' }), p.parties),
        p.reasons ? h('p', {}, h('strong', { text: `${p.reasonsHeading}: ` }), p.reasons) : null,
        worthTable(p.worth),
        p.answer
          ? h('p', {
              class: 'answer-status',
              text: `In your orders: ${ANSWERED[p.answer]}. Remove it there to change your answer.`,
            })
          : null,
        p.suggestion ? h('p', { class: 'suggestion', attrs: { id: `${slot}-suggested` }, text: p.suggestion }) : null,
        h(
          'div',
          { class: 'button-row' },
          button('Accept', () => actions.answer(p.id, 'accept'), {
            class: kind('accept'),
            key: `accept:${p.id}`,
            attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Accept ${p.name}` },
          }),
          button('Reject', () => actions.answer(p.id, 'reject'), {
            class: kind('reject'),
            key: `reject:${p.id}`,
            attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Reject ${p.name}` },
          }),
          button(
            'Counter…',
            () => {
              if (actions.startCounter(p.id) === null)
                document.querySelector<HTMLElement>('[data-key="cancel-counter"]')?.focus();
            },
            {
              class: kind('counter'),
              key: `counter:${p.id}`,
              attrs: { 'aria-describedby': `why-${slot} why-${slot}-counter`, 'aria-label': `Counter ${p.name}` },
            },
          ),
        ),
        refusalNote(ui, slot, p.answer ? null : p.accept),
        // Why no counter-offer, when answering is otherwise possible (else the note above says why).
        refusalNote(
          ui,
          `${slot}-counter`,
          !p.answer && !p.accept ? p.counter : null,
          'Counter-offer not possible now: ',
        ),
      ),
    );
  }
  if (model.awaiting.length > 0) {
    nodes.push(
      h('h3', { text: 'Your offers awaiting answers' }),
      h(
        'ul',
        { class: 'plain' },
        ...model.awaiting.map((p) =>
          h('li', {}, h('strong', { text: `${p.name}: ` }), `${p.terms} — to ${p.parties || 'nobody else'}`),
        ),
      ),
    );
  }
  return nodes;
}
