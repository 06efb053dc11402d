/**
 * The Adviser tab: the package the adviser suggests from what the student
 * knows and the orders they have drafted, what it is worth to them on the
 * same scale as every offer, and why (its reasons first, beside the terms);
 * or why it has nothing to suggest.
 */
import { button, h } from '../dom';
import type { OrdersContext } from './ordersPanel';
import { worthTable } from './worthTable';

export function adviserTab(ctx: OrdersContext): HTMLElement[] {
  const { advice, actions } = ctx;
  const nodes: HTMLElement[] = [
    h('p', {
      text: "Your adviser suggests a package from what you know — your own priorities, your estimates of the others, and the orders you have already given — with its reasons. It never sees the others' hidden preferences.",
    }),
    button('Ask your adviser', () => actions.askAdviser(), { class: 'primary', key: 'ask-adviser' }),
  ];
  if (advice && 'none' in advice) nodes.push(h('p', { class: 'advice', attrs: { role: 'status' }, text: advice.none }));
  if (advice && !('none' in advice)) {
    nodes.push(
      h(
        'div',
        { class: 'advice', attrs: { role: 'status' } },
        h('h3', { text: 'Suggested package' }),
        h('ul', { class: 'plain' }, ...advice.clauses.map((c) => h('li', { text: c }))),
        // Its reasons first, beside the terms: a suggestion that seems to cut against the briefing says why here.
        h(
          'div',
          { class: 'advice-why' },
          h('h3', { text: 'Why your adviser suggests it' }),
          h('ul', {}, ...advice.reasons.map((r) => h('li', { text: r }))),
        ),
        worthTable(advice.worth),
        button(
          // Named after the tab it opens: the student never meets a "composer".
          'Open it in the Propose tab',
          () => {
            actions.loadAdvice();
            document.querySelector<HTMLElement>('[data-key="do:propose"]')?.focus();
          },
          { key: 'load-advice' },
        ),
      ),
    );
  }
  return nodes;
}
