/**
 * What to do this week, at the top of the orders panel: the action points
 * left, "End week", what to mind before ending it, and this week's orders
 * with their cost. An order that would not be sent (the rules refuse it
 * after the ones before it) says so where it is listed.
 */
import { button, h } from '../dom';
import type { OrdersContext } from './ordersPanel';

/** The id of the week's orders heading, which also names their list (the guide points at that list). */
export const WEEK_ORDERS_H = 'week-orders-h';

export function weekOrders(ctx: OrdersContext): HTMLElement {
  const { model, ui, actions } = ctx;
  const waiting = ctx.inClass?.waiting ?? null;
  const busy = ui.resolving || waiting !== null;
  const dots = Array.from({ length: model.points.total }, (_, i) => (i < model.points.left ? '●' : '○')).join(' ');
  const refused = model.orders.filter((o) => o.refusal !== null).length;
  return h(
    'div',
    { class: 'orders-side' },
    h(
      'div',
      { class: 'week-bar' },
      h(
        'p',
        { class: 'points' },
        h('strong', { text: `Action points: ${model.points.left} of ${model.points.total} left` }),
        ' ',
        h('span', { class: 'dots', attrs: { 'aria-hidden': 'true' }, text: dots }),
      ),
      button(
        waiting ??
          (busy ? `Resolving ${model.unit} ${model.week}…` : null) ??
          ctx.endTurn ??
          `End ${model.unit} ${model.week} →`,
        () => ctx.endWeek(),
        {
          class: 'end-week',
          key: 'end-week',
          attrs: { 'aria-keyshortcuts': 'E', 'aria-describedby': 'end-week-note', 'aria-busy': busy ? 'true' : null },
        },
      ),
    ),
    h(
      'div',
      { attrs: { id: 'end-week-note' } },
      ctx.inClass ? h('p', { class: 'muted small', text: ctx.inClass.note }) : null,
      refused > 0
        ? h('p', {
            class: 'warning',
            text: `Remove the order${refused === 1 ? '' : 's'} marked below first: the rules would not send ${refused === 1 ? 'it' : 'them'}.`,
          })
        : null,
      model.unanswered > 0
        ? h('p', {
            class: 'warning',
            text: `${model.unanswered} offer${model.unanswered === 1 ? '' : 's'} still await${model.unanswered === 1 ? 's' : ''} your answer; no answer counts as a rejection.`,
          })
        : null,
      model.lastWeek
        ? h('p', { class: 'warning', text: `This is the last ${model.unit}: no new packages can be made.` })
        : null,
    ),
    ui.confirmation ? h('p', { class: 'confirmation', attrs: { role: 'status' }, text: ui.confirmation }) : null,
    h('h3', { attrs: { id: WEEK_ORDERS_H }, text: `Your orders for ${model.unit} ${model.week}` }),
    model.orders.length === 0
      ? h('p', { class: 'muted', text: 'None yet.' })
      : h(
          'ol',
          // Named by its heading: a screen reader says whose list it is, and the guide finds it to keep it clear.
          { class: 'orders-list', attrs: { 'aria-labelledby': WEEK_ORDERS_H } },
          ...model.orders.map((o) =>
            h(
              'li',
              { class: o.refusal ? 'refused' : '', attrs: { 'data-code': o.refusal?.code ?? null } },
              h('span', { text: `${o.text}${o.cost ? ` · ${o.cost} AP` : ''}` }),
              ' ',
              button('Remove', () => actions.removeOrder(o.index), {
                class: 'small-button',
                key: `remove:${o.index}`,
                attrs: { 'aria-label': `Remove: ${o.text}` },
              }),
              o.refusal
                ? h('p', { class: 'rejection' }, h('strong', { text: 'Would not be sent: ' }), o.refusal.message)
                : null,
            ),
          ),
        ),
  );
}
