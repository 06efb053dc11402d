/**
 * The world's values over the talks (selectDebrief): a small line chart per
 * value, its first and last figures in words beside it, and one table with
 * every figure week by week (the charts' text equivalent).
 */
import type { DebriefModel, ValueSeries } from '../../store/selectDebrief';
import { num } from '../../store/num';
import { h } from '../dom';
import { scrollRegion } from './scrollRegion';
import { svg } from './svg';

export function worldCharts(model: DebriefModel): HTMLElement {
  const unit = model.unit;
  const weeks = Array.from({ length: model.weeks }, (_, i) => i + 1);
  return h(
    'section',
    { class: 'panel world-charts', attrs: { 'aria-labelledby': 'world-h' } },
    h('h2', { attrs: { id: 'world-h' }, text: 'How the world moved' }),
    h('ul', { class: 'charts' }, ...model.world.map((v) => chart(v, unit))),
    h(
      'details',
      { class: 'world-table' },
      h('summary', { text: `Every figure, ${unit} by ${unit}` }),
      scrollRegion(
        'The world, week by week',
        h(
          'table',
          { class: 'data' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { text: 'Value', attrs: { scope: 'col' } }),
              h('th', { text: 'Before the talks', attrs: { scope: 'col' } }),
              ...weeks.map((w) => h('th', { text: `After ${unit} ${w}`, attrs: { scope: 'col' } })),
            ),
          ),
          h(
            'tbody',
            {},
            ...model.world.map((v) =>
              h(
                'tr',
                {},
                h('th', { text: v.name, attrs: { scope: 'row' } }),
                ...v.points.map((p) => h('td', { text: num(p) })),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function chart(v: ValueSeries, unit: string): HTMLElement {
  const first = v.points[0] ?? 0;
  const last = v.points.at(-1) ?? first;
  const n = Math.max(1, v.points.length - 1);
  const x = (i: number) => (i / n) * 200;
  const y = (p: number) => 60 - ((p - v.min) / Math.max(1e-9, v.max - v.min)) * 56 - 2;
  const line = v.points.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const change = last === first ? 'unchanged' : last > first ? 'up' : 'down';
  const peak = v.points.reduce((best, p, i) => (p > (v.points[best] ?? -Infinity) ? i : best), 0);
  const peakWords =
    peak === 0 || peak === v.points.length - 1 ? '' : `; its peak, ${num(v.points[peak] ?? 0)}, after ${unit} ${peak}`;
  const ends = v.thresholds.map(
    (t) => `At ${num(t.at)} or ${t.above ? 'more' : 'less'} the game ends (${t.ending}): the dashed line.`,
  );
  return h(
    'li',
    { class: 'chart' },
    h('p', { class: 'chart-title', text: v.name }),
    h(
      'div',
      { class: 'chart-plot' },
      h(
        'div',
        { class: 'chart-axis', attrs: { 'aria-hidden': 'true' } },
        h('span', { text: num(v.max) }),
        h('span', { text: num(v.min) }),
      ),
      svg(
        'svg',
        { viewBox: '0 0 200 60', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
        svg('line', { x1: 0, y1: 58, x2: 200, y2: 58, class: 'axis' }),
        ...v.thresholds.map((t) => svg('line', { x1: 0, y1: y(t.at), x2: 200, y2: y(t.at), class: 'threshold' })),
        svg('polyline', { points: line, class: 'series' }),
        svg('circle', { cx: x(peak), cy: y(v.points[peak] ?? 0), r: 2.5, class: 'peak' }),
      ),
    ),
    h('p', {
      class: 'chart-words',
      text: `${num(first)} before the talks, ${num(last)} after ${unit} ${v.points.length - 1} (${change}${peakWords}), on a scale of ${num(v.min)} to ${num(v.max)}.`,
    }),
    ...ends.map((t) => h('p', { class: 'chart-words chart-threshold', text: t })),
  );
}
