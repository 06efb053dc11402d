/**
 * The whole table for one canvas size: header strip on top, then the actors'
 * ring with the meters under it beside the deal board (wide containers) or
 * ring and meters above the board (tall ones). Bigger fonts are tried first
 * when there is room; if even the 12 px fonts do not fit, the layout is made
 * for a larger virtual canvas and the camera zooms out (`zoom` < 1), so that
 * labels shrink rather than overlap.
 */
import type { TableModel } from '../../store/TableModel';
import type { Box } from './Box';
import { box, overlaps } from './Box';
import type { BoardLayout, BoardStyle } from './layoutBoard';
import { layoutBoard } from './layoutBoard';
import type { HeaderLayout } from './layoutHeader';
import { layoutHeader } from './layoutHeader';
import type { MetersLayout } from './layoutMeters';
import { layoutMeters, meterColumns, metersHeight } from './layoutMeters';
import type { RingLayout, TextLine } from './layoutRing';
import { layoutRing } from './layoutRing';
import type { FontMetrics } from './Typography';
import { Typography } from './Typography';

export interface LegendLayout {
  readonly box: Box;
  readonly lines: readonly TextLine[];
}

export interface TableLayout {
  /** The virtual size laid out, in CSS px before `zoom`. */
  readonly width: number;
  readonly height: number;
  /** Camera zoom on top of the device pixel ratio: 1, or less when the table had to shrink to fit. */
  readonly zoom: number;
  readonly typo: Typography;
  readonly mode: 'wide' | 'tall';
  readonly header: HeaderLayout;
  readonly ring: RingLayout;
  readonly board: BoardLayout;
  readonly meters: MetersLayout;
  /** How to read the trust lines, in a free corner of the ring when there is one. */
  readonly legend: LegendLayout | null;
  /** A line between the ring and the board. */
  readonly divider: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

const PAD = 6;
const GUTTER = 16;

export function layoutTable(
  width: number,
  height: number,
  model: TableModel,
  measure: FontMetrics,
  codes: readonly string[],
): TableLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const base = new Typography(1, measure);
  const typos = w >= 900 && h >= 470 ? [new Typography(1.15, measure), base] : [base];
  // Full lever names (roomy) matter more than bigger fonts; two news lines least.
  for (const style of ['roomy', 'compact'] as const) {
    for (const typo of typos) {
      for (const newsLines of [2, 1, 0]) {
        const found = attempt(w, h, 1, typo, style, model, codes, newsLines, false);
        if (found) return found;
      }
    }
  }
  for (let zoom = 0.95; zoom >= 0.6; zoom -= 0.05) {
    const found = attempt(w / zoom, h / zoom, zoom, base, 'compact', model, codes, 0, false);
    if (found) return found;
  }
  const forced = attempt(w / 0.6, h / 0.6, 0.6, base, 'compact', model, codes, 0, true);
  if (!forced) throw new Error('a forced table layout always places everything');
  return forced;
}

function attempt(
  w: number,
  h: number,
  zoom: number,
  typo: Typography,
  style: BoardStyle,
  model: TableModel,
  codes: readonly string[],
  newsLines: number,
  force: boolean,
): TableLayout | null {
  const header = layoutHeader(box(PAD, PAD, w - 2 * PAD, 0), model, typo, newsLines);
  const top = PAD + header.height + 7;
  const bodyH = h - top - PAD;
  if (bodyH <= 0 && !force) return null;
  const wide = w >= 1.2 * bodyH && w >= 480;
  let ringBox: Box;
  let metersBox: Box;
  let boardBox: Box;
  let divider: TableLayout['divider'];
  if (wide) {
    let leftW = Math.min(Math.max(Math.round(w * 0.44), 240), 480);
    leftW = Math.max(200, Math.min(leftW, w - 2 * PAD - GUTTER - 260));
    const columns = meterColumns(leftW, model.meters.length, typo);
    const mH = metersHeight(model.meters.length, columns, typo);
    ringBox = box(PAD, top, leftW, bodyH - mH - 4);
    metersBox = box(PAD, top + bodyH - mH, leftW, mH);
    const bx = PAD + leftW + GUTTER;
    boardBox = box(bx, top, w - PAD - bx, bodyH);
    divider = { x1: bx - GUTTER / 2, y1: top, x2: bx - GUTTER / 2, y2: top + bodyH };
  } else {
    const sideBySide = w >= 520;
    const ringW = sideBySide ? Math.round((w - 2 * PAD) * 0.56) : w - 2 * PAD;
    const metersW = sideBySide ? w - 2 * PAD - ringW - GUTTER : w - 2 * PAD;
    const mH = metersHeight(model.meters.length, meterColumns(metersW, model.meters.length, typo), typo);
    const ringH = Math.min(Math.max(Math.round(bodyH * 0.45), 220), 360);
    ringBox = box(PAD, top, ringW, ringH);
    metersBox = sideBySide
      ? box(PAD + ringW + GUTTER, top + Math.max(0, (ringH - mH) / 2), metersW, mH)
      : box(PAD, top + ringH + 6, metersW, mH);
    const by = (sideBySide ? top + Math.max(ringH, mH) : top + ringH + 6 + mH) + GUTTER;
    boardBox = box(PAD, by, w - 2 * PAD, h - PAD - by);
    divider = { x1: PAD, y1: by - GUTTER / 2, x2: w - PAD, y2: by - GUTTER / 2 };
  }
  const board = layoutBoard(boardBox, model, typo, codes, style, force);
  if (!board) return null;
  const ring = layoutRing(ringBox, model, typo, codes, force);
  if (!ring) return null;
  const meters = layoutMeters(metersBox, model.meters, typo);
  return {
    width: w,
    height: h,
    zoom,
    typo,
    mode: wide ? 'wide' : 'tall',
    header,
    ring,
    board,
    meters,
    divider,
    legend: legendFor(ringBox, ring, typo),
  };
}

/** Wordings of the key to the trust lines, longest first; each is a list of lines. */
const LEGENDS: readonly (readonly string[])[] = [
  ['Number by an actor:', 'its trust in the other.', 'Thin or dashed: low trust.'],
  ['Number by an actor:', 'its trust in the other.'],
  ['Number by an actor: its trust in the other.'],
];

/** A key to the trust lines in a free corner of the ring (clear of every label and line), or null. */
function legendFor(ringBox: Box, ring: RingLayout, typo: Typography): LegendLayout | null {
  const used = [...ring.tokens.map((t) => t.box), ...ring.blocks.map((b) => b.box), ...ring.trust.map((t) => t.label)];
  const lineH = typo.line('small');
  for (const lines of LEGENDS) {
    const w = Math.max(...lines.map((l) => typo.width(l, 'small')));
    const h = lines.length * lineH;
    if (w > ringBox.w * 0.5) continue;
    const right = ringBox.x + ringBox.w - w;
    const bottom = ringBox.y + ringBox.h - h;
    for (const [x, y] of [
      [ringBox.x, ringBox.y],
      [right, ringBox.y],
      [ringBox.x, bottom],
      [right, bottom],
    ] as const) {
      const b = box(x, y, w, h);
      if (used.some((u) => overlaps(u, b, 6))) continue;
      if (ring.trust.some((t) => segmentHitsBox(t.x1, t.y1, t.x2, t.y2, b, 6))) continue;
      return {
        box: b,
        lines: lines.map((text, i) => ({
          text,
          x: x === right ? x + w : x,
          y: y + i * lineH,
          ox: x === right ? 1 : 0,
        })),
      };
    }
  }
  return null;
}

/** Whether the segment passes within `gap` px of the box (sampled every 2 px: plenty for layout). */
function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box, gap: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = x1 + ((x2 - x1) * i) / steps;
    const y = y1 + ((y2 - y1) * i) / steps;
    if (x >= b.x - gap && x <= b.x + b.w + gap && y >= b.y - gap && y <= b.y + b.h + gap) return true;
  }
  return false;
}
