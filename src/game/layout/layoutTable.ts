/**
 * The whole table for one width: the countdown strip on top, then the
 * actors' ring with the key to the trust lines and the meters under it,
 * beside the deal board (wide) — or, when that is shorter, the ring beside
 * the board with the meters in two columns under both; or the ring beside
 * the meters, above the board (narrower); or all three stacked (narrowest).
 * Fonts never go under
 * 14 CSS px and names are never cut (docs/table.md), so the table takes the
 * height its content needs: at least `minHeight`, more when the board or the
 * ring need it. A bigger font scale is used when it fits in `minHeight`.
 */
import type { TableModel } from '../../store/TableModel';
import type { Box } from './Box';
import { box } from './Box';
import type { BoardLayout } from './layoutBoard';
import { layoutBoard } from './layoutBoard';
import type { HeaderLayout } from './layoutHeader';
import { layoutHeader } from './layoutHeader';
import type { MetersLayout } from './layoutMeters';
import { layoutMeterColumns, layoutMeters } from './layoutMeters';
import type { RingLayout, TextLine } from './layoutRing';
import { layoutRing } from './layoutRing';
import type { FontMetrics } from './Typography';
import { Typography } from './Typography';

export interface LegendLayout {
  readonly box: Box;
  /** "Trust:", then a sample line and its word for each level, then the hint. */
  readonly title: TextLine;
  readonly samples: readonly {
    readonly level: number;
    readonly x1: number;
    readonly x2: number;
    readonly y: number;
    readonly word: TextLine;
  }[];
  readonly hint: TextLine;
}

export interface TableLayout {
  /** The size laid out, in CSS px; `height` is what the content needs (at least the height asked for). */
  readonly width: number;
  readonly height: number;
  /** Camera zoom on top of the device pixel ratio: always 1, since fonts may not shrink. */
  readonly zoom: number;
  readonly typo: Typography;
  readonly mode: 'wide' | 'tall';
  readonly header: HeaderLayout;
  readonly ring: RingLayout;
  readonly board: BoardLayout;
  readonly meters: MetersLayout;
  /** How to read the trust lines, under the ring. */
  readonly legend: LegendLayout;
  /** A line between the left column and the board. */
  readonly divider: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

const PAD = 8;
const GUTTER = 18;
/** Below this width the ring and meters sit above the board. */
const WIDE_FROM = 760;
/** From this width (and below WIDE_FROM) the meters sit beside the ring, not under it. */
const SIDE_BY_SIDE_FROM = 580;
/** The ring's smallest height; it grows until every token and name block fits. */
const RING_MIN = 230;

export function layoutTable(
  width: number,
  minHeight: number,
  model: TableModel,
  measure: FontMetrics,
  codes: readonly string[],
): TableLayout {
  const w = Math.max(1, width);
  const base = new Typography(1, measure);
  if (w >= 1100) {
    const big = layoutAt(w, minHeight, model, new Typography(1.1, measure), codes);
    if (big.height <= minHeight) return big;
  }
  const beside = layoutAt(w, minHeight, model, base, codes);
  if (w < WIDE_FROM) return beside;
  const under = metersUnder(w, minHeight, model, base, codes);
  return under.height < beside.height ? under : beside;
}

/** Wide, with the ring beside the board and the meters in two columns across the whole width under both. */
function metersUnder(
  w: number,
  minHeight: number,
  model: TableModel,
  typo: Typography,
  codes: readonly string[],
): TableLayout {
  const header = layoutHeader(box(PAD, PAD, w - 2 * PAD, 0), model, typo);
  const top = PAD + header.height + 10;
  const ringW = wideRingWidth(w);
  const boardX = PAD + ringW + GUTTER;
  const boardW = w - PAD - boardX;
  const legendH = legendAt(PAD, 0, ringW, typo).box.h + 8;
  const boardH = layoutBoard(box(boardX, 0, boardW, 0), model, typo, codes).height;
  const ring = ringFrom(box(PAD, top, ringW, Math.max(RING_MIN, boardH - legendH)), model, typo, codes);
  const legend = legendAt(PAD, ring.bounds.y + ring.bounds.h + 8, ringW, typo);
  const board = layoutBoard(box(boardX, top, boardW, 0), model, typo, codes);
  const upperBottom = Math.max(legend.box.y + legend.box.h, top + board.height);
  const metersY = upperBottom + GUTTER;
  const meters = layoutMeterColumns(box(PAD, metersY, w - 2 * PAD, 0), model.meters, typo, 2, GUTTER * 2);
  const height = Math.ceil(Math.max(minHeight, metersY + meters.height + PAD));
  const x = boardX - GUTTER / 2;
  return {
    width: w,
    height,
    zoom: 1,
    typo,
    mode: 'wide',
    header,
    ring,
    board,
    meters,
    legend,
    divider: { x1: x, y1: top, x2: x, y2: upperBottom },
  };
}

function layoutAt(
  w: number,
  minHeight: number,
  model: TableModel,
  typo: Typography,
  codes: readonly string[],
): TableLayout {
  const header = layoutHeader(box(PAD, PAD, w - 2 * PAD, 0), model, typo);
  const top = PAD + header.height + 10;
  const inner = w - 2 * PAD;
  const mode = w >= WIDE_FROM ? 'wide' : w >= SIDE_BY_SIDE_FROM ? 'beside' : 'stacked';
  // Columns: the ring's, and the meters' (the ring's own in 'wide' and 'stacked'); the board's.
  const ringW = mode === 'wide' ? wideRingWidth(w) : mode === 'beside' ? Math.round((inner - GUTTER) * 0.56) : inner;
  const metersX = mode === 'beside' ? PAD + ringW + GUTTER : PAD;
  const metersW = mode === 'beside' ? w - PAD - metersX : ringW;
  const boardX = mode === 'wide' ? PAD + ringW + GUTTER : PAD;
  const boardW = mode === 'wide' ? w - PAD - boardX : inner;

  const legendH = legendAt(PAD, 0, ringW, typo).box.h + 8;
  const metersH = layoutMeters(box(metersX, 0, metersW, 0), model.meters, typo).height;
  const boardH = layoutBoard(box(boardX, 0, boardW, 0), model, typo, codes).height;
  // The ring takes what its column leaves: beside the board (wide), beside the meters (beside), else its minimum.
  const room =
    mode === 'wide'
      ? Math.max(minHeight - top - PAD, boardH) - legendH - 10 - metersH
      : mode === 'beside'
        ? metersH - legendH
        : RING_MIN;
  const ring = ringFrom(box(PAD, top, ringW, Math.max(RING_MIN, room)), model, typo, codes);
  const legend = legendAt(PAD, ring.bounds.y + ring.bounds.h + 8, ringW, typo);
  const legendBottom = legend.box.y + legend.box.h;
  const meters = layoutMeters(
    box(metersX, mode === 'beside' ? top : legendBottom + 10, metersW, 0),
    model.meters,
    typo,
  );
  const lastMeter = meters.rows.at(-1);
  const metersBottom = lastMeter ? lastMeter.box.y + lastMeter.box.h : legendBottom;
  const upperBottom = Math.max(legendBottom, metersBottom);
  const boardY = mode === 'wide' ? top : upperBottom + GUTTER;
  const board = layoutBoard(box(boardX, boardY, boardW, 0), model, typo, codes);
  const height = Math.ceil(Math.max(minHeight, upperBottom + PAD, boardY + board.height + PAD));
  const divider =
    mode === 'wide'
      ? { x1: boardX - GUTTER / 2, y1: top, x2: boardX - GUTTER / 2, y2: height - PAD }
      : { x1: PAD, y1: boardY - GUTTER / 2, x2: w - PAD, y2: boardY - GUTTER / 2 };
  return {
    width: w,
    height,
    zoom: 1,
    typo,
    mode: mode === 'wide' ? 'wide' : 'tall',
    header,
    ring,
    board,
    meters,
    legend,
    divider,
  };
}

/** The ring's column when the board stands beside it. */
function wideRingWidth(w: number): number {
  return Math.round(Math.min(Math.max(w * 0.42, 340), 470));
}

/** The ring in `area`, made 20 px taller at a time until everything fits (the 40th try is forced to). */
function ringFrom(area: Box, model: TableModel, typo: Typography, codes: readonly string[]): RingLayout {
  for (let tries = 0; tries < 40; tries++) {
    const ring = layoutRing({ ...area, h: area.h + 20 * tries }, model, typo, codes, tries === 39);
    if (ring) return ring;
  }
  throw new Error('a forced ring layout always places everything');
}

/** The key to the trust lines: "Trust:" and a sample of each style with its word, then how to see the numbers. */
function legendAt(x: number, y: number, width: number, typo: Typography): LegendLayout {
  const line = typo.line('small');
  const title: TextLine = { text: 'Trust:', x, y, ox: 0 };
  let cx = x + typo.width(title.text, 'smallBold') + 10;
  let cy = y;
  const sampleW = Math.round(26 * typo.scale);
  const samples = (
    [
      [80, 'high'],
      [40, 'some'],
      [10, 'low'],
    ] as const
  ).map(([level, word]) => {
    const itemW = sampleW + 6 + typo.width(word, 'small');
    if (cx + itemW > x + width) {
      cx = x;
      cy += line;
    }
    const item = {
      level,
      x1: cx,
      x2: cx + sampleW,
      y: cy + line / 2,
      word: { text: word, x: cx + sampleW + 6, y: cy, ox: 0 as const },
    };
    cx += itemW + 14;
    return item;
  });
  const hintLines = typo.wrap('Point at an actor, or tab to it, for the numbers.', 'small', width);
  const hint: TextLine = { text: hintLines.join('\n'), x, y: cy + line, ox: 0 };
  return { box: box(x, y, width, cy + line + hintLines.length * line - y), title, samples, hint };
}
