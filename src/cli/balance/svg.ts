/**
 * Hand-written inline SVG charts for report.html: no library, no script, no
 * DOM — strings built here, every label escaped. Colours are the Okabe–Ito
 * palette (colour-blind safe); every chart also has its numbers in text
 * beside it, and a <title> for screen readers.
 */
import { at } from '../../engine/authoring';

export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
export const GRADE_COLOURS = ['#009E73', '#E69F00', '#D55E00'] as const;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and SVG, in content and in attributes. */
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const f1 = (x: number) => (Math.round(x * 10) / 10).toString();

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"><title>${esc(title)}</title>${body}</svg>`;
}

const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${f1(x)}" y="${f1(y)}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;

export interface BarRow {
  readonly label: string;
  /** null: no estimate (no games). */
  readonly value: number | null;
  readonly lo?: number | null;
  readonly hi?: number | null;
  /** Shown at the end of the row. */
  readonly note: string;
  readonly colour?: string;
}

/** Horizontal bars from 0 to `max`, with 95% interval whiskers. */
export function barChart(
  title: string,
  rows: readonly BarRow[],
  max = 1,
  opts: { labelWidth?: number; width?: number; ticks?: (x: number) => string } = {},
): string {
  const labelWidth = opts.labelWidth ?? 170;
  const plot = (opts.width ?? 640) - labelWidth - 190;
  const rowH = 22;
  const height = rows.length * rowH + 26;
  const x = (v: number) => labelWidth + (Math.max(0, Math.min(max, v)) / max) * plot;
  const tick = opts.ticks ?? ((v: number) => `${Math.round(v * 100)}%`);
  let body = '';
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    body += `<line x1="${f1(x(t * max))}" x2="${f1(x(t * max))}" y1="4" y2="${height - 20}" class="grid"/>${text(x(t * max), height - 6, tick(t * max), 'class="tick" text-anchor="middle"')}`;
  }
  rows.forEach((r, i) => {
    const y = 6 + i * rowH;
    body += text(labelWidth - 8, y + 14, r.label, 'text-anchor="end"');
    if (r.value !== null) {
      body += `<rect x="${labelWidth}" y="${y + 3}" width="${f1(x(r.value) - labelWidth)}" height="${rowH - 8}" fill="${r.colour ?? PALETTE[0]}" opacity="0.85"/>`;
      if (r.lo !== undefined && r.lo !== null && r.hi !== undefined && r.hi !== null) {
        const yc = y + rowH / 2 - 1;
        body += `<path d="M${f1(x(r.lo))} ${yc}H${f1(x(r.hi))}M${f1(x(r.lo))} ${yc - 5}v10M${f1(x(r.hi))} ${yc - 5}v10" class="whisker"/>`;
      }
    }
    body += text(labelWidth + plot + 10, y + 14, r.note, 'class="note"');
  });
  return svg(labelWidth + plot + 190, height, title, body);
}

/** Vertical bars of counts, one per label; `mark` highlights bars (e.g. the last weeks). */
export function histogram(
  title: string,
  counts: readonly number[],
  labels: readonly string[],
  opts: { mark?: (i: number) => boolean; width?: number; height?: number; caption?: string } = {},
): string {
  const width = opts.width ?? 320;
  const height = opts.height ?? 150;
  const top = 10;
  const bottom = 34;
  const left = 34;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...counts);
  const bw = plotW / Math.max(1, counts.length);
  let body = `<line x1="${left}" x2="${width - 8}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>`;
  body +=
    text(left - 4, top + 8, String(max), 'class="tick" text-anchor="end"') +
    text(left - 4, top + plotH, '0', 'class="tick" text-anchor="end"');
  const every = Math.ceil(counts.length / 16);
  counts.forEach((c, i) => {
    const h = (c / max) * plotH;
    body += `<rect x="${f1(left + i * bw + 1)}" y="${f1(top + plotH - h)}" width="${f1(Math.max(1, bw - 2))}" height="${f1(h)}" fill="${opts.mark?.(i) ? PALETTE[5] : PALETTE[0]}"><title>${esc(`${labels[i]}: ${c}`)}</title></rect>`;
    if (i % every === 0)
      body += text(left + i * bw + bw / 2, top + plotH + 12, labels[i] ?? '', 'class="tick" text-anchor="middle"');
  });
  if (opts.caption) body += text(left + plotW / 2, height - 4, opts.caption, 'class="tick" text-anchor="middle"');
  return svg(width, height, title, body);
}

/** One stacked bar of shares (e.g. strong / fair / weak). */
export function stackedBar(
  title: string,
  parts: readonly { readonly label: string; readonly share: number; readonly colour: string }[],
  width = 260,
): string {
  let x = 0;
  let body = '';
  for (const p of parts) {
    const w = Math.max(0, p.share) * width;
    if (w > 0)
      body += `<rect x="${f1(x)}" y="0" width="${f1(w)}" height="16" fill="${p.colour}"><title>${esc(`${p.label}: ${Math.round(p.share * 100)}%`)}</title></rect>`;
    if (w > 34) body += text(x + w / 2, 12, `${Math.round(p.share * 100)}%`, 'class="inbar" text-anchor="middle"');
    x += w;
  }
  return svg(width, 16, title, body);
}

export interface ForestRow {
  readonly label: string;
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly flagged: boolean;
}

/** Dots with 95% whiskers around a zero line: paired differences against the baseline. */
export function forestPlot(title: string, rows: readonly ForestRow[], unit = 'points'): string {
  const labelWidth = 230;
  const plot = 330;
  const rowH = 18;
  const height = rows.length * rowH + 30;
  const values = rows.flatMap((r) => [r.lo, r.hi, r.mean]).filter((v): v is number => v !== null && Number.isFinite(v));
  const span = Math.max(1, ...values.map(Math.abs));
  const x = (v: number) => labelWidth + plot / 2 + (v / span) * (plot / 2 - 6);
  let body = `<line x1="${f1(x(0))}" x2="${f1(x(0))}" y1="2" y2="${height - 22}" class="zero"/>`;
  body +=
    text(x(-span), height - 6, `−${f1(span)}`, 'class="tick" text-anchor="start"') +
    text(x(0), height - 6, `0 ${unit}`, 'class="tick" text-anchor="middle"') +
    text(x(span), height - 6, `+${f1(span)}`, 'class="tick" text-anchor="end"');
  rows.forEach((r, i) => {
    const y = 4 + i * rowH + rowH / 2;
    body += text(labelWidth - 8, y + 4, r.label, `text-anchor="end"${r.flagged ? ' class="flagged"' : ''}`);
    if (r.mean === null) return;
    const colour = r.flagged ? PALETTE[5] : r.lo !== null && r.hi !== null && r.hi < 0 ? PALETTE[4] : '#555';
    if (r.lo !== null && r.hi !== null)
      body += `<line x1="${f1(x(r.lo))}" x2="${f1(x(r.hi))}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"/>`;
    body += `<circle cx="${f1(x(r.mean))}" cy="${y}" r="4" fill="${colour}"><title>${esc(`${r.label}: ${r.mean.toFixed(2)} [${r.lo?.toFixed(2) ?? '—'}, ${r.hi?.toFixed(2) ?? '—'}]`)}</title></circle>`;
  });
  return svg(labelWidth + plot + 10, height, title, body);
}

export interface Series {
  readonly label: string;
  readonly points: readonly {
    readonly x: number;
    readonly y: number | null;
    readonly lo?: number | null;
    readonly hi?: number | null;
  }[];
}

/** Lines with 95% bands over a swept parameter. */
export function lineChart(
  title: string,
  series: readonly Series[],
  opts: { xLabel: string; yMin?: number; yMax?: number; percent?: boolean },
): string {
  const width = 460;
  const height = 230;
  const left = 46;
  const right = 130;
  const top = 10;
  const bottom = 34;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series
    .flatMap((s) => s.points.flatMap((p) => [p.y, p.lo ?? null, p.hi ?? null]))
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = opts.yMin ?? Math.min(0, ...ys);
  const y1 = opts.yMax ?? Math.max(y0 + 1e-9, ...ys);
  const X = (v: number) => left + (x1 === x0 ? plotW / 2 : ((v - x0) / (x1 - x0)) * plotW);
  const Y = (v: number) => top + plotH - ((v - y0) / (y1 - y0 || 1)) * plotH;
  const fmtY = (v: number) => (opts.percent ? `${Math.round(v * 100)}%` : f1(v));
  let body = `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/><line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" class="axis"/>`;
  for (const v of [y0, (y0 + y1) / 2, y1]) body += text(left - 4, Y(v) + 4, fmtY(v), 'class="tick" text-anchor="end"');
  for (const v of [...new Set(xs)]) body += text(X(v), top + plotH + 13, f1(v), 'class="tick" text-anchor="middle"');
  body += text(left + plotW / 2, height - 4, opts.xLabel, 'class="tick" text-anchor="middle"');
  series.forEach((s, i) => {
    const colour = at(PALETTE, i % PALETTE.length, 'colour');
    const pts = s.points.flatMap(({ x, y, lo, hi }) => (y === null ? [] : [{ x, y, lo, hi }]));
    const band = pts.flatMap(({ x, lo, hi }) =>
      lo === null || lo === undefined || hi === null || hi === undefined ? [] : [{ x, lo, hi }],
    );
    if (band.length > 1) {
      const d = `M${band.map((p) => `${f1(X(p.x))} ${f1(Y(p.hi))}`).join('L')}L${[...band]
        .reverse()
        .map((p) => `${f1(X(p.x))} ${f1(Y(p.lo))}`)
        .join('L')}Z`;
      body += `<path d="${d}" fill="${colour}" opacity="0.15"/>`;
    }
    if (pts.length > 0)
      body += `<path d="M${pts.map((p) => `${f1(X(p.x))} ${f1(Y(p.y))}`).join('L')}" fill="none" stroke="${colour}" stroke-width="2"/>`;
    for (const p of pts)
      body += `<circle cx="${f1(X(p.x))}" cy="${f1(Y(p.y))}" r="3" fill="${colour}"><title>${esc(`${s.label} at ${p.x}: ${fmtY(p.y)}`)}</title></circle>`;
    body +=
      `<rect x="${left + plotW + 12}" y="${top + i * 16}" width="10" height="10" fill="${colour}"/>` +
      text(left + plotW + 26, top + i * 16 + 9, s.label, 'class="tick"');
  });
  return svg(width, height, title, body);
}
