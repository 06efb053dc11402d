/**
 * The class's deals on one chart (docs/classroom.md): for two sides, each
 * finished table's Pareto frontier in its own final world (small dots, one
 * per undominated package) and the deal the table reached (a large dot of
 * the same colour). A deal on its frontier is one neither side could have
 * bettered without the other losing; one inside it left gains on the table
 * for both. The chart is decorative for
 * assistive technology; the table under it says the same in words.
 */
import type { ClassDeal, TableOverview } from '../../net/classProtocol';
import { num } from '../../store/num';
import { h } from '../dom';
import { svg } from '../debrief/svg';

const W = 520;
const H = 320;
const PAD = { left: 48, right: 16, top: 16, bottom: 40 };
/** How many colours the tables take in turn (app.css: .class-deals .c0 … .c7). */
const COLOURS = 8;

/** `pair`: which pair of the sides students play (the order of ClassDeal in each table's deals). */
export function classDealsChart(tables: readonly TableOverview[], pair: number): HTMLElement | null {
  const shown = tables.flatMap((t) => {
    const deal = t.deals?.[pair];
    // A table that signed nothing ended where the talks began: no deal, drawn hollow.
    return deal ? [{ table: t.index, deal, none: t.signed.length === 0 }] : [];
  });
  const first = shown[0]?.deal;
  if (!first) return null;
  const [a, b] = first.sides;
  const xs = shown.flatMap(({ deal }) => [...deal.frontier.map((p) => p[0]), deal.deal[0]]);
  const ys = shown.flatMap(({ deal }) => [...deal.frontier.map((p) => p[1]), deal.deal[1]]);
  const [x0, x1] = padded(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = padded(Math.min(...ys), Math.max(...ys));
  const x = (v: number) => PAD.left + ((v - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const colour = (i: number) => `c${i % COLOURS}`;
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'class-deals-chart', 'aria-hidden': 'true' },
    svg('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }),
    svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }),
    svg('text', { x: PAD.left, y: H - 22, class: 'tick' }, num(x0)),
    svg('text', { x: W - PAD.right, y: H - 22, class: 'tick end' }, num(x1)),
    svg('text', { x: PAD.left - 6, y: H - PAD.bottom, class: 'tick end' }, num(y0)),
    svg('text', { x: PAD.left - 6, y: PAD.top + 10, class: 'tick end' }, num(y1)),
    svg('text', { x: (W + PAD.left) / 2, y: H - 6, class: 'label middle' }, `Worth to ${a} →`),
    svg(
      'text',
      {
        x: 14,
        y: (H - PAD.bottom + PAD.top) / 2,
        class: 'label middle',
        transform: `rotate(-90 14 ${(H - PAD.bottom + PAD.top) / 2})`,
      },
      `Worth to ${b} →`,
    ),
    // Each undominated package a small dot (a line through them would draw deals that do not exist), every
    // table's first, so that no frontier hides a deal; each deal numbered by its table.
    ...shown.map(({ deal }, i) =>
      svg(
        'g',
        { class: `frontier ${colour(i)}` },
        ...deal.frontier.map(([u, v]) => svg('circle', { cx: x(u).toFixed(1), cy: y(v).toFixed(1), r: 2.5 })),
      ),
    ),
    ...shown.map(({ table, deal, none }, i) =>
      svg(
        'g',
        { class: `deal ${colour(i)}${none ? ' none' : ''}` },
        svg('circle', { cx: x(deal.deal[0]), cy: y(deal.deal[1]), r: 6 }),
        svg('text', { x: x(deal.deal[0]) + 9, y: y(deal.deal[1]) + 4 }, String(table + 1)),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'class-deals' },
    chart,
    h(
      'figcaption',
      {},
      h(
        'ul',
        { class: 'class-deals-legend' },
        ...shown.map(({ table, deal, none }, i) =>
          h(
            'li',
            {},
            h('span', { class: `swatch ${colour(i)}${none ? ' none' : ''}` }),
            dealSentence(table, deal, none),
          ),
        ),
      ),
    ),
  );
}

/** What a table's deal was, for the two sides, in a sentence. */
function dealSentence(table: number, deal: ClassDeal, none: boolean): string {
  const [a, b] = deal.sides;
  const what = none ? 'no deal, everything as before the talks,' : 'its deal,';
  const where = deal.onFrontier
    ? 'on its frontier: neither could have gained without the other losing'
    : deal.distance > 0
      ? `inside its frontier: both could have had at least ${num(deal.distance)} more (counting these two sides only)`
      : 'just inside its frontier: one could have gained without the other losing';
  const worse = deal.sides.filter((_, i) => (deal.deal[i] ?? 0) < (deal.reservations[i] ?? 0));
  const below = worse.length > 0 ? ` It was worth less than no deal to ${worse.join(' and ')}.` : '';
  return `Table ${table + 1}: ${what} worth ${num(deal.deal[0])} to ${a} and ${num(deal.deal[1])} to ${b}, ${where}.${below}`;
}

/** A range with a little room around it (and some width when it is a point). */
function padded(lo: number, hi: number): [number, number] {
  const room = Math.max((hi - lo) * 0.08, 2);
  return [lo - room, hi + room];
}
