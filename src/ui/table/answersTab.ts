/**
 * The Answer tab: each offer awaiting the student's answer, named for people,
 * with its terms, who signs it, its proposer's public reasons, and what it is
 * worth to the student beside what they have now, no deal and their adviser's
 * aim. The emphasised answer follows those numbers: Accept only when the
 * offer beats both what they have now and no deal; else Counter (or Reject
 * when no counter-offer could ask for better terms on it) — and says so, as a
 * suggestion with its reason, over the buttons. An answer the rules would
 * refuse is marked unavailable with why beside it. Once answered, the card
 * says which answer is in the orders and offers only "Change your answer"
 * (which takes it out of them): no click meets "already answered".
 */
import type { Refusal } from '../../engine/index';
import { button, h } from '../dom';
import type { PackageToAnswer } from '../../store/selectOrdersModel';
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
    const order = p.answerOrder;
    nodes.push(
      h(
        'article',
        { class: 'package-card', attrs: { 'aria-labelledby': `${slot}-h`, 'data-package': p.id } },
        h('h3', { attrs: { id: `${slot}-h` }, text: p.name + (p.counters ? ` (answers ${p.counters})` : '') }),
        h('p', {}, h('strong', { text: 'Terms: ' }), p.terms),
        h('p', {}, h('strong', { text: 'Who must sign it: ' }), p.parties),
        p.reasons ? h('p', {}, h('strong', { text: `${p.reasonsHeading}: ` }), p.reasons) : null,
        worthTable(p.worth),
        p.suggestion ? h('p', { class: 'suggestion', attrs: { id: `${slot}-suggested` }, text: p.suggestion }) : null,
        // Answered: the answer, and the one way to change it (it leaves the orders; the buttons come back). The
        // other answers are not offered, so no click meets "already answered".
        p.answer && order !== null
          ? h(
              'div',
              { class: 'answer-status' },
              h('p', { text: `In your orders: ${ANSWERED[p.answer]}.` }),
              button('Change your answer', () => changeAnswer(ctx, order, p.id), {
                key: `change:${p.id}`,
                attrs: { 'aria-label': `Change your answer to ${p.called}` },
              }),
            )
          : h(
              'div',
              { class: 'button-row' },
              answerButton(p, 'accept', kind('accept'), () => actions.answer(p.id, 'accept')),
              answerButton(p, 'reject', kind('reject'), () => actions.answer(p.id, 'reject')),
              button(
                'Counter…',
                () => {
                  if (p.accept || p.counter) return;
                  if (actions.startCounter(p.id) === null)
                    document.querySelector<HTMLElement>('[data-key="cancel-counter"]')?.focus();
                },
                {
                  class: kind('counter'),
                  key: `counter:${p.id}`,
                  attrs: {
                    'aria-describedby': `why-${slot} why-${slot}-counter`,
                    'aria-label': `Counter ${p.called}`,
                    'aria-disabled': p.accept || p.counter ? 'true' : null,
                  },
                },
              ),
            ),
        p.answer ? null : refusalNote(ui, slot, p.accept),
        // Why no counter-offer, when answering is otherwise possible (else the note above says why).
        p.answer || p.accept ? null : refusalNote(ui, `${slot}-counter`, p.counter, 'Counter-offer not possible now: '),
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
          h(
            'li',
            {},
            h('strong', { text: `${p.name}: ` }),
            `${p.terms} — to ${p.parties || 'nobody else'}`,
            p.overtaken === null ? null : h('p', { class: 'hint', text: p.overtaken }),
          ),
        ),
      ),
    );
  }
  return nodes;
}

/**
 * Accept or Reject: marked unavailable, with why beside it, when the rules would refuse it. Once answered, the focus
 * goes to "Change your answer", which takes the place of the buttons.
 */
function answerButton(
  p: PackageToAnswer,
  answer: 'accept' | 'reject',
  kind: string,
  give: () => Refusal | null,
): HTMLButtonElement {
  const refusal = p[answer];
  const text = answer === 'accept' ? 'Accept' : 'Reject';
  return button(
    text,
    () => {
      if (!refusal && give() === null) document.querySelector<HTMLElement>(`[data-key="change:${p.id}"]`)?.focus();
    },
    {
      class: kind,
      key: `${answer}:${p.id}`,
      attrs: {
        'aria-describedby': `why-answer:${p.id}`,
        'aria-label': `${text} ${p.called}`,
        'aria-disabled': refusal ? 'true' : null,
      },
    },
  );
}

/** Takes the answer out of the orders and puts the focus on the answer buttons that come back. */
function changeAnswer(ctx: OrdersContext, order: number, id: string): void {
  ctx.actions.removeOrder(order);
  document.querySelector<HTMLElement>(`[data-key="accept:${id}"]`)?.focus();
}
