/**
 * "The moves that mattered": while the engine analyses the game, how far it
 * has got; then the two or three weeks whose decision gained or cost the
 * student the most — what the student did, what the adviser would have done,
 * and where each led (selectMovesDebrief). Its own element, so progress
 * redraws it alone.
 */
import type { MovesDebrief, MoveWeek } from '../../store/selectMovesDebrief';
import { signed } from '../../store/selectEnding';
import { h } from '../dom';

export function movesSection(model: MovesDebrief | null): HTMLElement {
  return h(
    'section',
    {
      class: 'panel moves',
      attrs: { 'aria-labelledby': 'moves-h', 'aria-busy': model?.status === 'analysing' ? 'true' : null },
    },
    h('h2', { attrs: { id: 'moves-h' }, text: 'The moves that mattered' }),
    h('p', {
      class: 'muted small',
      text: "For each week, the game is played again from that week twice, with the same luck: once with your orders, once with your adviser's, and each time the computer plays your side from then on. The difference is what that week's decision was worth.",
    }),
    ...body(model),
  );
}

function body(model: MovesDebrief | null): HTMLElement[] {
  if (!model) return [h('p', { text: 'The analysis starts when the talks are over.' })];
  if (model.status === 'failed') return [h('p', { class: 'warning', text: model.text })];
  if (model.status === 'analysing')
    return [
      h('p', { class: 'progress-text', text: model.text, attrs: { role: 'status' } }),
      h('progress', {
        attrs: { max: model.total, value: model.done, 'aria-label': 'Analysis of your moves' },
      }),
    ];
  if (model.weeks.length === 0)
    return [
      h('p', { text: "No week's decision changed your result: your adviser's orders would have ended the same." }),
    ];
  return [h('ol', { class: 'plain move-weeks' }, ...model.weeks.map((w) => week(w, model.unit)))];
}

function week(w: MoveWeek, unit: string): HTMLElement {
  const verdict =
    w.gap > 0
      ? `Your decision cost you ${signed(w.gap).slice(1)}: the adviser's orders would have done better.`
      : `Your decision gained you ${signed(-w.gap).slice(1)} over the adviser's orders.`;
  const orders = (items: readonly string[], none: string) =>
    items.length === 0 ? h('p', { text: none }) : h('ul', {}, ...items.map((t) => h('li', { text: t })));
  return h(
    'li',
    { class: 'move-week', attrs: { 'data-week': w.week } },
    h('h3', { text: `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${w.week}` }),
    h('p', { class: 'move-verdict', text: verdict }),
    h(
      'div',
      { class: 'move-pair' },
      h(
        'div',
        { class: 'move-side' },
        h('h4', { text: 'What you did' }),
        orders(w.played, 'No orders.'),
        h('p', {
          class: 'move-result',
          text: `Then the computer in your seat: result ${signed(w.playedResult)}, ending in ${w.playedEnding}.`,
        }),
      ),
      h(
        'div',
        { class: 'move-side' },
        h('h4', { text: 'What your adviser would have done' }),
        orders(w.advised, 'Nothing to add.'),
        h('p', {
          class: 'move-result',
          text: `Then the computer in your seat: result ${signed(w.advisedResult)}, ending in ${w.advisedEnding}.`,
        }),
      ),
    ),
  );
}
