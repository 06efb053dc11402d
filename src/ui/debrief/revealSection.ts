/**
 * "What the others wanted": each other actor's hidden priorities (its share
 * of what matters per lever), favourite options, red lines and temperament,
 * beside what the student estimated of them at the end and how that
 * estimate narrowed week by week (selectDebrief).
 */
import type { ActorReveal, DebriefModel, LeverReveal } from '../../store/selectDebrief';
import { h, num } from '../dom';
import { percent, range } from './percent';
import { stacked } from './stacked';
import { svg } from './svg';

const COLUMNS = [
  'Lever',
  'How much it mattered to them',
  'Your estimate at the end',
  'How your estimate moved',
  'Their favourite option',
  'Their red lines',
];

export function revealSection(model: DebriefModel): HTMLElement {
  return h(
    'section',
    { class: 'panel reveal', attrs: { 'aria-labelledby': 'reveal-h' } },
    h('h2', { attrs: { id: 'reveal-h' }, text: 'What the others wanted, and what you thought' }),
    h('p', {
      class: 'muted small',
      text: 'Each side splits what matters to it between the levers; the shares add up to 100%. You never saw these numbers: you estimated them from meetings and statements, and the true share always lay within your estimate. The bar is your estimate at the end; the white mark is the truth.',
    }),
    ...model.others.map((o) => actor(o, model.unit)),
  );
}

function actor(o: ActorReveal, unit: string): HTMLElement {
  const id = `reveal-${o.actor}`;
  return h(
    'section',
    { class: 'reveal-actor', attrs: { 'aria-labelledby': id, 'data-actor-name': o.name } },
    h('h3', { attrs: { id }, text: o.name }),
    h('p', {
      class: 'temperament',
      text: `Temperament ${num(o.temperament)}: ${o.temperamentWords}, planning to come down to what no deal was worth to it by ${unit} ${o.horizon}. You could not see this during the talks.`,
    }),
    stacked(
      h(
        'table',
        { class: 'data reveal-table' },
        h('thead', {}, h('tr', {}, ...COLUMNS.map((t) => h('th', { text: t, attrs: { scope: 'col' } })))),
        h('tbody', {}, ...o.levers.map((l) => row(l, unit))),
      ),
    ),
  );
}

function row(l: LeverReveal, unit: string): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { text: l.lever, attrs: { scope: 'row' } }),
    h('td', { class: 'truth', text: percent(l.weight) }),
    h('td', { class: 'estimate' }, h('div', {}, bar(l), h('span', { text: range(l.estimate) }))),
    h('td', { class: 'moved', text: moved(l, unit) }),
    h('td', { text: l.favourite }),
    h('td', {
      text:
        l.redLines.length === 0
          ? 'None'
          : `${l.redLines.join(', ')}${l.declared.length === l.redLines.length ? ' (declared)' : l.declared.length > 0 ? ` (declared: ${l.declared.join(', ')})` : ' (never declared)'}`,
    }),
  );
}

/** The estimate at the end as a bar over 0–100%, the truth as a mark. */
function bar(l: LeverReveal): SVGElement {
  const [lo, hi] = l.estimate;
  return svg(
    'svg',
    {
      class: 'estimate-bar',
      viewBox: '0 0 100 12',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('rect', { x: 0, y: 4, width: 100, height: 4, class: 'track' }),
    svg('rect', { x: lo * 100, y: 1, width: Math.max(1, (hi - lo) * 100), height: 10, class: 'range' }),
    svg('rect', { x: Math.min(99, l.weight * 100) - 0.75, y: 0, width: 1.5, height: 12, class: 'truth-mark' }),
  );
}

/** The weeks the estimate narrowed: "anything before the talks → 16–76% after week 1 → …". */
function moved(l: LeverReveal, unit: string): string {
  const steps = [`${range(l.byWeek[0] ?? [0, 1])} before the talks`];
  l.byWeek.forEach((interval, w) => {
    const before = l.byWeek[w - 1];
    if (w > 0 && before && (before[0] !== interval[0] || before[1] !== interval[1]))
      steps.push(`${range(interval)} after ${unit} ${w}`);
  });
  return steps.length === 1 ? `Never narrowed: ${steps[0]}` : steps.join(' → ');
}
