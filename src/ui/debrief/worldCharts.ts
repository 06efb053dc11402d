/**
 * The world's values over the talks (selectDebrief): a small line chart per
 * value, its first and last figures in words beside it, and one table with
 * every figure week by week (the charts' text equivalent).
 */
import { capitalise } from '../../engine/index';
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
        `The world, ${unit} by ${unit}`,
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

/** The chart's drawing box (viewBox units); the SVG stretches it to the chart's size, lines keep their width. */
const W = 200;
const H = 100;

/**
 * A range for the chart fitted to the series and its thresholds, on round ticks within the value's scale: a value
 * that moves from 0 to 80 on a scale of 0 to 1000 is drawn from 0 to 100, not as a flat line at the bottom. The range
 * is at least a tenth of the scale, centred on the values where the scale allows, so that a change of a few points
 * does not fill the chart like a collapse and a flat series is drawn across the middle, not along an edge.
 */
export function fittedRange(v: Pick<ValueSeries, 'min' | 'max' | 'points' | 'thresholds'>): {
  lo: number;
  hi: number;
  ticks: number[];
} {
  const seen = [...v.points, ...v.thresholds.map((t) => t.at)];
  const low = Math.min(...seen);
  const high = Math.max(...seen);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { lo: v.min, hi: v.max, ticks: [v.min, v.max] };
  const least = Math.min((v.max - v.min) / 10, v.max - v.min);
  const span = Math.max(high - low, least, 1e-9);
  // The round step giving about four intervals: 1, 2 or 5 times a power of ten.
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  // The values' own range widened to the least span about their middle, slid back inside the scale at its ends.
  let a = low;
  let b = high;
  if (b - a < least) {
    const mid = (low + high) / 2;
    a = mid - least / 2;
    b = mid + least / 2;
    if (a < v.min) [a, b] = [v.min, v.min + least];
    if (b > v.max) [a, b] = [v.max - least, v.max];
  }
  // Out to round figures, never past the scale: widening only, so the least span holds.
  let lo = Math.max(v.min, Math.floor(a / step) * step);
  let hi = Math.min(v.max, Math.ceil(b / step) * step);
  if (hi <= lo) hi = Math.min(v.max, lo + step);
  if (hi <= lo) lo = Math.max(v.min, hi - step);
  // Ticks on multiples of the step inside the range (a scale's end need not be one: -4 to 10 ticks 0, 5 and 10).
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-6); k * step <= hi + step * 1e-6; k++) ticks.push(Math.round(k) * step + 0);
  return { lo, hi, ticks };
}

function chart(v: ValueSeries, unit: string): HTMLElement {
  const first = v.points[0] ?? 0;
  const last = v.points.at(-1) ?? first;
  const n = Math.max(1, v.points.length - 1);
  const { lo, hi, ticks } = fittedRange(v);
  const x = (i: number) => (i / n) * W;
  const y = (p: number) => H - ((p - lo) / Math.max(1e-9, hi - lo)) * H;
  const line = v.points.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const change = last === first ? 'unchanged' : last > first ? 'up' : 'down';
  const peak = v.points.reduce((best, p, i) => (p > (v.points[best] ?? -Infinity) ? i : best), 0);
  const peakWords =
    peak === 0 || peak === v.points.length - 1 ? '' : `; its peak, ${num(v.points[peak] ?? 0)}, after ${unit} ${peak}`;
  const ends = v.thresholds.map(
    (t) => `At ${num(t.at)} or ${t.above ? 'more' : 'less'} the game ends (${t.ending}): the dashed line.`,
  );
  const drawn = lo === v.min && hi === v.max ? '' : ` (the chart shows ${num(lo)} to ${num(hi)})`;
  // Every week labelled while they fit; beyond 8 weeks, every other one, counted back from the last.
  const every = n <= 8 ? 1 : 2;
  const labelled = Array.from({ length: n }, (_, i) => i + 1).filter((w) => (n - w) % every === 0);
  const at = (share: number) => `${(share * 100).toFixed(2)}%`;
  return h(
    'li',
    { class: 'chart' },
    h('p', { class: 'chart-title', text: v.name }),
    h(
      'div',
      { class: 'chart-plot', attrs: { 'aria-hidden': 'true' } },
      h(
        'div',
        { class: 'chart-axis' },
        ...ticks.map((t) => placed(h('span', { text: num(t) }), 'top', at(1 - (t - lo) / (hi - lo)))),
      ),
      svg(
        'svg',
        { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', focusable: 'false' },
        // The bottom edge drawn as the axis whether or not a tick falls on it (a scale's end need not be round).
        svg('line', { x1: 0, y1: H, x2: W, y2: H, class: 'axis' }),
        ...ticks.filter((t) => t !== lo).map((t) => svg('line', { x1: 0, y1: y(t), x2: W, y2: y(t), class: 'grid' })),
        ...labelled.map((w) => svg('line', { x1: x(w), y1: H, x2: x(w), y2: H - 4, class: 'axis' })),
        ...v.thresholds.map((t) => svg('line', { x1: 0, y1: y(t.at), x2: W, y2: y(t.at), class: 'threshold' })),
        svg('polyline', { points: line, class: 'series' }),
        // A dot of a fixed size however the drawing stretches: a zero-length stroke with round ends.
        svg('path', { d: `M${x(peak).toFixed(1)},${y(v.points[peak] ?? 0).toFixed(1)}h0`, class: 'peak' }),
      ),
      h('span', { class: 'chart-unit', text: capitalise(unit) }),
      h(
        'div',
        { class: 'chart-weeks' },
        ...labelled.map((w) => placed(h('span', { text: String(w) }), 'left', at(w / n))),
      ),
    ),
    h('p', {
      class: 'chart-words',
      text: `${num(first)} before the talks, ${num(last)} after ${unit} ${v.points.length - 1} (${change}${peakWords}), on a scale of ${num(v.min)} to ${num(v.max)}${drawn}.`,
    }),
    ...ends.map((t) => h('p', { class: 'chart-words chart-threshold', text: t })),
  );
}

/** A label placed along an axis, through the CSSOM (the page's content security policy refuses style attributes). */
function placed(label: HTMLElement, side: 'top' | 'left', where: string): HTMLElement {
  label.style[side] = where;
  return label;
}
