/**
 * "What the others wanted": each other actor's hidden priorities (its share
 * of what matters per lever), favourite options, red lines and temperament,
 * beside what the student estimated of them at the end and how that
 * estimate narrowed week by week (selectDebrief).
 */
import { whenDeclared, type ActorReveal, type DebriefModel, type LeverReveal } from '../../store/selectDebrief';
import { joinNames } from '../../engine/index';
import { legendItem } from './legendItem';
import { h } from '../dom';
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
      text: 'Each side splits what matters to it between the levers; the shares add up to 100%. You never saw these numbers: you estimated them from meetings and statements, and the true share always lay within your estimate.',
    }),
    h(
      'ul',
      { class: 'plain reveal-legend', attrs: { 'aria-label': 'What the bars mean' } },
      legendItem('estimate', 'Blue band: your estimate at the end (drawn at least a few points wide)'),
      legendItem('truth', 'Orange mark: the true share, from 0% at the left to 100% at the right'),
    ),
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
      text: `${o.temperamentWords}. You could not see this during the talks.`,
    }),
    // Closed by default, so the debrief stays short: its summary says what the table holds.
    h(
      'details',
      { class: 'reveal-levers' },
      h('summary', { text: `Lever by lever: what mattered to ${o.called}, your estimates, ${o.redLineWords}` }),
      stacked(
        h(
          'table',
          { class: 'data reveal-table' },
          h('thead', {}, h('tr', {}, ...COLUMNS.map((t) => h('th', { text: t, attrs: { scope: 'col' } })))),
          h('tbody', {}, ...o.levers.map((l) => row(l, unit))),
        ),
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
    h('td', { class: 'moved' }, moved(l, unit)),
    h('td', { text: l.favourite }),
    h('td', { text: l.redLines.length === 0 ? 'None' : l.redLines.map((r) => redLine(r, unit)).join('; ') }),
  );
}

/** A red line with when the student could know of it: declared in a week, or hidden to the end. */
function redLine(r: LeverReveal['redLines'][number], unit: string): string {
  return `${r.option} (${whenDeclared(r.declaredIn, unit)})`;
}

/** Narrower than this (in points of 100), a band would hide under the truth's mark: it is drawn this wide, centred. */
const MIN_BAND = 8;

/**
 * The estimate at the end as a band over 0–100%, the truth as an orange mark across it: taller than the band and
 * outlined in the page's dark, so it stands out from the band however narrow either is (its width is in pixels,
 * debrief.css, whatever the bar's).
 */
function bar(l: LeverReveal): SVGElement {
  const [lo, hi] = l.estimate;
  const width = Math.max(MIN_BAND, (hi - lo) * 100);
  const x = Math.min(100 - width, Math.max(0, ((lo + hi) / 2) * 100 - width / 2));
  const truth = Math.min(99, Math.max(1, l.weight * 100));
  return svg(
    'svg',
    {
      class: 'estimate-bar',
      viewBox: '0 0 100 16',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('rect', { x: 0, y: 7, width: 100, height: 2, class: 'track' }),
    svg('rect', { x, y: 3, width, height: 10, class: 'range' }),
    svg('line', { x1: truth, y1: 0, x2: truth, y2: 16, class: 'truth-edge' }),
    svg('line', { x1: truth, y1: 0, x2: truth, y2: 16, class: 'truth-mark' }),
  );
}

/**
 * How the estimate moved: from before the talks to the end, with the weeks it narrowed; each week's range behind a
 * disclosure.
 */
function moved(l: LeverReveal, unit: string): HTMLElement {
  const start = l.byWeek[0] ?? [0, 1];
  const end = l.byWeek.at(-1) ?? start;
  const changed = l.byWeek.flatMap((interval, w) => {
    const before = l.byWeek[w - 1];
    return w > 0 && before && (before[0] !== interval[0] || before[1] !== interval[1]) ? [w] : [];
  });
  if (changed.length === 0) return h('span', { text: `Never narrowed: ${range(start)}` });
  const weeks = `${changed.length === 1 ? unit : `${unit}s`} ${joinNames(changed.map(String))}`;
  const summary = `${range(start)} → ${range(end)} (narrowed in ${weeks})`;
  if (changed.length === 1) return h('span', { text: summary });
  return h(
    'details',
    { class: 'moved-history' },
    h('summary', { text: summary }),
    h(
      'ul',
      { class: 'plain' },
      ...changed.map((w) => h('li', { text: `After ${unit} ${w}: ${range(l.byWeek[w] ?? end)}` })),
    ),
  );
}
