/**
 * The deal board: one row per lever. Open and settled levers show their
 * options as stops along a track, the option in force as a diamond with its
 * name in a filled chip, and proposal pins with the proposer's code on the
 * option they propose, stacked inside that option's own cell (so pins and
 * labels of neighbouring options never touch). Levers that open later get
 * one dimmed line at the end. Names are truncated with an ellipsis.
 *
 * Two row styles: `roomy` spreads the stops over a full-width track with the
 * pins above and the names below; `compact` (small screens) puts each option
 * in a cell — stop, name, then its pins — on one line under the lever name.
 * Null when the board does not fit.
 */
import type { TableLever, TableModel, TableProposal } from '../../store/TableModel';
import type { Box } from './Box';
import { box, overlaps } from './Box';
import type { TextLine } from './layoutRing';
import type { FontKind, Typography } from './Typography';

export type BoardStyle = 'roomy' | 'compact';

export interface BoardStop {
  readonly option: number;
  /** The stop's marker on the track. */
  readonly x: number;
  readonly y: number;
  readonly inForce: boolean;
  /** The option's name; the option in force sits in a chip (`labelBox`, text inset by 4 px). */
  readonly label: TextLine;
  readonly labelBox: Box;
}

export interface BoardPin {
  readonly box: Box;
  readonly code: string;
  readonly proposal: TableProposal;
}

export interface BoardRow {
  readonly lever: number;
  readonly status: TableLever['status'];
  readonly box: Box;
  readonly name: TextLine;
  readonly nameFont: FontKind;
  /** "settled" or "opens later", right-aligned on the name line. */
  readonly statusText: TextLine | null;
  /** Where the lock glyph goes on a settled row. */
  readonly lock: Box | null;
  readonly stops: readonly BoardStop[];
  /** Track segments between stops. */
  readonly track: readonly { readonly x1: number; readonly x2: number; readonly y: number }[];
  /** Vertical ticks joining pins above the track to their stop (roomy). */
  readonly ticks: readonly { readonly x: number; readonly y1: number; readonly y2: number }[];
  readonly pins: readonly BoardPin[];
}

export interface BoardLayout {
  readonly bounds: Box;
  readonly style: BoardStyle;
  readonly rows: readonly BoardRow[];
  readonly height: number;
}

const PIN_GAP = 3;
const CHIP_PAD = 4;

/** With `force`, the board is returned even when it runs past the bottom. */
export function layoutBoard(
  bounds: Box,
  model: TableModel,
  typo: Typography,
  codes: readonly string[],
  style: BoardStyle,
  force = false,
): BoardLayout | null {
  const ordered = [
    ...model.levers.filter((l) => l.status !== 'closed'),
    ...model.levers.filter((l) => l.status === 'closed'),
  ];
  const pin = { w: Math.max(0, ...codes.map((c) => typo.width(c, 'smallBold'))) + 10, h: typo.line('smallBold') };
  const rows: BoardRow[] = [];
  let y = bounds.y;
  for (const lever of ordered) {
    const row =
      lever.status === 'closed'
        ? closedRow(bounds, y, lever, typo)
        : style === 'roomy'
          ? roomyRow(bounds, y, lever, typo, codes, pin)
          : compactRow(bounds, y, lever, typo, codes, pin);
    rows.push(row);
    y += row.box.h;
    if (y > bounds.y + bounds.h + 0.5 && !force) return null;
  }
  return { bounds, style, rows, height: y - bounds.y };
}

function closedRow(bounds: Box, y: number, lever: TableLever, typo: Typography): BoardRow {
  const status = 'opens later';
  const statusW = typo.width(status, 'small');
  const h = typo.line('small') + 3;
  return {
    lever: lever.index,
    status: lever.status,
    box: box(bounds.x, y, bounds.w, h),
    name: { text: typo.fit(lever.name, 'small', bounds.w - statusW - 12), x: bounds.x, y, ox: 0 },
    nameFont: 'small',
    statusText: { text: status, x: bounds.x + bounds.w, y, ox: 1 },
    lock: null,
    stops: [],
    track: [],
    ticks: [],
    pins: [],
  };
}

/** The name line shared by both styles: the name, and on a settled lever a padlock and "settled" at the right. */
function nameLine(bounds: Box, y: number, lever: TableLever, typo: Typography, font: FontKind) {
  const nameH = typo.line(font);
  if (lever.status !== 'settled')
    return {
      nameH,
      name: { text: typo.fit(lever.name, font, bounds.w), x: bounds.x, y, ox: 0 as const },
      statusText: null,
      lock: null,
    };
  const k = typo.scale;
  const lockW = Math.round(10 * k);
  const lockH = Math.round(12 * k);
  const statusW = typo.width('settled', 'smallBold');
  return {
    nameH,
    name: { text: typo.fit(lever.name, font, bounds.w - lockW - statusW - 14), x: bounds.x, y, ox: 0 as const },
    statusText: {
      text: 'settled',
      x: bounds.x + bounds.w,
      y: y + (nameH - typo.line('smallBold')) / 2,
      ox: 1 as const,
    },
    lock: box(bounds.x + bounds.w - statusW - 4 - lockW, y + (nameH - lockH) / 2, lockW, lockH),
  };
}

function optionLabel(
  lever: TableLever,
  i: number,
  typo: Typography,
  maxW: number,
  x: number,
  y: number,
  align: 'start' | 'centre',
  clamp: { left: number; right: number },
): Pick<BoardStop, 'label' | 'labelBox'> {
  const inForce = i === lever.option;
  const kind: FontKind = inForce ? 'smallBold' : 'small';
  const pad = inForce ? CHIP_PAD : 0;
  const text = typo.fit(lever.options[i] ?? '', kind, Math.max(0, maxW - 2 * pad));
  const w = typo.width(text, kind) + 2 * pad;
  const left = align === 'start' ? x : Math.min(Math.max(x - w / 2, clamp.left), clamp.right - w);
  return { label: { text, x: left + pad, y, ox: 0 }, labelBox: box(left, y, w, typo.line('small')) };
}

function roomyRow(
  bounds: Box,
  y: number,
  lever: TableLever,
  typo: Typography,
  codes: readonly string[],
  pin: { w: number; h: number },
): BoardRow {
  const k = typo.scale;
  const head = nameLine(bounds, y, lever, typo, 'bodyBold');
  const n = lever.options.length;
  const inset = Math.max(8 * k, Math.min(pin.w / 2 + 2, bounds.w / (2 * Math.max(1, n))));
  const x0 = bounds.x + inset;
  const x1 = bounds.x + bounds.w - inset;
  const xs = Array.from({ length: n }, (_, i) => (n === 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (n - 1)));
  // Each option's column: its stop, its cell (halfway to the neighbouring stops), its pins, as many per row as the
  // cell holds (further rows stacked upwards).
  const columns = xs.map((x, i) => {
    const before = xs[i - 1];
    const after = xs[i + 1];
    const cell = {
      left: before === undefined ? bounds.x : (before + x) / 2,
      right: after === undefined ? bounds.x + bounds.w : (x + after) / 2,
    };
    const list = lever.proposals.filter((p) => p.option === i);
    const per = Math.max(1, Math.floor((cell.right - cell.left - 2 + PIN_GAP) / (pin.w + PIN_GAP)));
    return { x, cell, list, per };
  });
  const pinRows = Math.max(0, ...columns.map(({ list, per }) => Math.ceil(list.length / per)));
  const pinsBottom = y + head.nameH + 2 + pinRows * (pin.h + PIN_GAP);
  const trackY = pinsBottom + Math.round(7 * k);
  const labelY = trackY + Math.round(8 * k);

  const pins: BoardPin[] = [];
  const ticks: BoardRow['ticks'][number][] = [];
  columns.forEach(({ x, cell, list, per }) => {
    for (let start = 0, q = 0; start < list.length; start += per, q++) {
      const inRow = list.slice(start, start + per);
      const rowW = inRow.length * pin.w + (inRow.length - 1) * PIN_GAP;
      const left = Math.min(Math.max(x - rowW / 2, cell.left + 1), cell.right - 1 - rowW);
      const top = pinsBottom - (q + 1) * (pin.h + PIN_GAP);
      inRow.forEach((p, j) =>
        pins.push({
          box: box(left + j * (pin.w + PIN_GAP), top, pin.w, pin.h),
          code: codes[p.proposer] ?? '?',
          proposal: p,
        }),
      );
    }
    if (list.length > 0) ticks.push({ x, y1: pinsBottom - PIN_GAP, y2: trackY - 8 * k });
  });

  const stops: BoardStop[] = columns.map(({ x, cell }, i) => ({
    option: i,
    x,
    y: trackY,
    inForce: i === lever.option,
    ...optionLabel(lever, i, typo, cell.right - cell.left - 4, x, labelY, 'centre', {
      left: cell.left + 2,
      right: cell.right - 2,
    }),
  }));
  const h = labelY + typo.line('small') + Math.round(8 * k) - y;
  return {
    lever: lever.index,
    status: lever.status,
    box: box(bounds.x, y, bounds.w, h),
    name: head.name,
    nameFont: 'bodyBold',
    statusText: head.statusText,
    lock: head.lock,
    stops,
    track: [{ x1: x0, x2: x1, y: trackY }],
    ticks,
    pins,
  };
}

function compactRow(
  bounds: Box,
  y: number,
  lever: TableLever,
  typo: Typography,
  codes: readonly string[],
  pin: { w: number; h: number },
): BoardRow {
  const k = typo.scale;
  const head = nameLine(bounds, y, lever, typo, 'smallBold');
  const n = Math.max(1, lever.options.length);
  const cellGap = Math.round(8 * k);
  const lineH = Math.max(typo.line('small'), pin.h) + 2;
  const lineY = y + head.nameH + 1;
  const midY = lineY + lineH / 2;
  const marker = Math.round(5 * k);
  const indent = 2 * marker + 3;
  // Cells share the width by need: each wants its stop, its full name and its pins; the option in force and
  // options with pins weigh more.
  const demands = lever.options.map((name, i) => {
    const inForce = i === lever.option;
    const count = lever.proposals.filter((p) => p.option === i).length;
    return {
      want:
        indent +
        typo.width(name, inForce ? 'smallBold' : 'small') +
        (inForce ? 2 * CHIP_PAD : 0) +
        count * (pin.w + PIN_GAP) +
        4,
      weight: (inForce ? 1.5 : 1) * (count > 0 ? 1.3 : 1),
    };
  });
  const widths = shareWidth(bounds.w - (n - 1) * cellGap, demands);
  // One cell per option, in option order: its width and its left edge.
  const cells = widths.map((cw, i) => ({
    cw,
    left: bounds.x + widths.slice(0, i).reduce((a, b) => a + b, 0) + i * cellGap,
  }));
  // What the name line already holds; pins may use the rest of it, above their option, well clear of the name
  // so that they do not read as part of it.
  const nameBoxes: Box[] = [box(head.name.x, y, typo.width(head.name.text, 'smallBold') + 14 * k, head.nameH)];
  if (head.lock && head.statusText) nameBoxes.push(box(head.lock.x, y, bounds.x + bounds.w - head.lock.x, head.nameH));

  const pins: BoardPin[] = [];
  const stops: BoardStop[] = [];
  const ends: number[] = [];
  const ticks: BoardRow['ticks'][number][] = [];
  let extraRows = 0;
  cells.forEach(({ left, cw }, i) => {
    const right = left + cw;
    const labelX = left + indent;
    const minLabel = Math.min(cw * 0.3, 40 * k);
    const list = lever.proposals.filter((p) => p.option === i);
    const rowW = list.length * (pin.w + PIN_GAP) - PIN_GAP;
    const pinY = y + (head.nameH - pin.h) / 2;
    // Pins go above their option on the name line where it is free (from the cell's left or right edge), else
    // after the option's name while that keeps a readable width, else they wrap onto lines below.
    const aboveX =
      list.length > 0 && rowW <= cw
        ? [left, right - rowW].find((x) => nameBoxes.every((b) => !overlaps(b, box(x, pinY, rowW, pin.h), 4)))
        : undefined;
    const onNameLine = aboveX !== undefined;
    const inline = !onNameLine && list.length > 0 && right - labelX - (rowW + PIN_GAP) >= minLabel;
    const stop = {
      option: i,
      x: left + marker,
      y: midY,
      inForce: i === lever.option,
      ...optionLabel(
        lever,
        i,
        typo,
        right - labelX - (inline ? rowW + PIN_GAP : 0),
        labelX,
        midY - typo.line('small') / 2,
        'start',
        { left, right },
      ),
    };
    stops.push(stop);
    let end = stop.labelBox.x + stop.labelBox.w;
    if (onNameLine) {
      list.forEach((p, j) =>
        pins.push({
          box: box(aboveX + j * (pin.w + PIN_GAP), pinY, pin.w, pin.h),
          code: codes[p.proposer] ?? '?',
          proposal: p,
        }),
      );
      // A tick down to the stop, when the pins start right above it.
      if (aboveX === left) ticks.push({ x: stop.x, y1: pinY + pin.h, y2: stop.y - marker });
    } else if (inline) {
      list.forEach((p, j) =>
        pins.push({
          box: box(end + PIN_GAP + j * (pin.w + PIN_GAP), midY - pin.h / 2, pin.w, pin.h),
          code: codes[p.proposer] ?? '?',
          proposal: p,
        }),
      );
      end += rowW + PIN_GAP;
    } else if (list.length > 0) {
      const per = Math.max(1, Math.floor((right - labelX + PIN_GAP) / (pin.w + PIN_GAP)));
      list.forEach((p, j) => {
        const q = Math.floor(j / per);
        extraRows = Math.max(extraRows, q + 1);
        pins.push({
          box: box(labelX + (j % per) * (pin.w + PIN_GAP), lineY + lineH + q * (pin.h + PIN_GAP), pin.w, pin.h),
          code: codes[p.proposer] ?? '?',
          proposal: p,
        });
      });
    }
    ends.push(end);
  });
  // The track shows between the cells, from the end of one option's content to the next stop.
  const track = ends.flatMap((end, i) => {
    const next = stops[i + 1];
    if (!next) return [];
    const x1 = end + 4;
    const x2 = next.x - marker - 3;
    return x2 - x1 > 2 ? [{ x1, x2, y: midY }] : [];
  });
  const h = lineY + lineH + extraRows * (pin.h + PIN_GAP) + Math.round(5 * k) - y;
  return {
    lever: lever.index,
    status: lever.status,
    box: box(bounds.x, y, bounds.w, h),
    name: head.name,
    nameFont: 'smallBold',
    statusText: head.statusText,
    lock: head.lock,
    stops,
    track,
    ticks,
    pins,
  };
}

/**
 * Splits `total` among cells that each `want` a width: all get what they want when it fits (the rest shared
 * equally); otherwise every cell gets min(want, level × weight), with the level chosen to use the whole width.
 */
function shareWidth(total: number, cells: readonly { want: number; weight: number }[]): number[] {
  const sum = cells.reduce((a, c) => a + c.want, 0);
  if (sum <= total) return cells.map((c) => c.want + (total - sum) / cells.length);
  let lo = 0;
  let hi = Math.max(...cells.map((c) => c.want));
  for (let i = 0; i < 30; i++) {
    const level = (lo + hi) / 2;
    const used = cells.reduce((a, c) => a + Math.min(c.want, level * c.weight), 0);
    if (used > total) hi = level;
    else lo = level;
  }
  return cells.map((c) => Math.min(c.want, lo * c.weight));
}
