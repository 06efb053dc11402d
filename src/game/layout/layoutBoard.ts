/**
 * The deal board: one row per open or settled lever, then one paragraph
 * naming the levers that open later. A row is the lever's name, then its
 * options flowing left to right along a track — each a stop, its name (the
 * option in force as a diamond with its name in a filled chip) and the pins
 * of the packages that propose it, carrying the proposer's code. Names wrap
 * onto more lines and options onto the next line; nothing is cut
 * (docs/table.md). A settled lever has a padlock and "settled"; one signed at an interim option, which a later
 * deal may still move on (docs/model.md §3), says "signed", without the padlock.
 */
import type { TableLever, TableModel, TableProposal } from '../../store/TableModel';
import type { Box } from './Box';
import { box } from './Box';
import type { TextLine } from './layoutRing';
import type { Typography } from './Typography';

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
  /** A signed lever: the options it may still become (TableLever.stillTo), drawn undimmed. */
  readonly stillTo: readonly number[];
  readonly box: Box;
  readonly name: TextLine;
  /** "settled" (or "signed", when it may still move on), right-aligned on the name's first line. */
  readonly statusText: TextLine | null;
  /** Where the lock glyph goes on a settled row. */
  readonly lock: Box | null;
  readonly stops: readonly BoardStop[];
  /** Track segments between stops. */
  readonly track: readonly { readonly x1: number; readonly x2: number; readonly y: number }[];
  readonly pins: readonly BoardPin[];
}

export interface BoardLayout {
  readonly bounds: Box;
  readonly rows: readonly BoardRow[];
  /** "Opens later: …", the levers not yet on the table. */
  readonly later: TextLine | null;
  readonly height: number;
}

const PIN_GAP = 4;
const CHIP_PAD = 4;
const ROW_GAP = 10;
/** The shortest piece of track shown between two options on one line. */
const TRACK_MIN = 18;

export function layoutBoard(bounds: Box, model: TableModel, typo: Typography, codes: readonly string[]): BoardLayout {
  const pin = { w: Math.max(0, ...codes.map((c) => typo.width(c, 'smallBold'))) + 10, h: typo.line('smallBold') };
  const rows: BoardRow[] = [];
  let y = bounds.y;
  for (const lever of model.levers) {
    if (lever.status === 'closed') continue;
    const row = leverRow(bounds, y, lever, typo, codes, pin);
    rows.push(row);
    y += row.box.h + ROW_GAP;
  }
  const closed = model.levers.filter((l) => l.status === 'closed').map((l) => l.name);
  let later: TextLine | null = null;
  if (closed.length > 0) {
    const lines = typo.wrap(`Opens later: ${closed.join(' · ')}`, 'small', bounds.w);
    later = { text: lines.join('\n'), x: bounds.x, y, ox: 0 };
    y += lines.length * typo.line('small') + ROW_GAP;
  }
  return { bounds, rows, later, height: Math.max(0, y - bounds.y - ROW_GAP) };
}

function leverRow(
  bounds: Box,
  y: number,
  lever: TableLever,
  typo: Typography,
  codes: readonly string[],
  pin: { w: number; h: number },
): BoardRow {
  const k = typo.scale;
  const nameH = typo.line('bodyBold');
  const settled = lever.status === 'settled';
  // Signed at an interim option, a lever may still move on (docs/model.md §3): "signed", without the padlock.
  const locked = settled && lever.stillTo.length === 0;
  const word = locked ? 'settled' : 'signed';
  const lockW = locked ? Math.round(10 * k) : 0;
  const lockH = Math.round(12 * k);
  const statusW = typo.width(word, 'smallBold');
  const nameLines = typo.wrap(lever.name, 'bodyBold', bounds.w - (settled ? lockW + statusW + 14 : 0));
  const name: TextLine = { text: nameLines.join('\n'), x: bounds.x, y, ox: 0 };
  const statusText: TextLine | null = settled
    ? { text: word, x: bounds.x + bounds.w, y: y + (nameH - typo.line('smallBold')) / 2, ox: 1 }
    : null;
  const lock = locked ? box(bounds.x + bounds.w - statusW - 4 - lockW, y + (nameH - lockH) / 2, lockW, lockH) : null;

  const line = typo.line('small');
  const itemH = Math.max(line, pin.h);
  const marker = Math.round(5 * k);
  const markerW = 2 * marker + 5;
  const right = bounds.x + bounds.w;
  let lineY = y + nameLines.length * nameH + 4;
  let lineH = itemH;
  let x = bounds.x;
  const stops: BoardStop[] = [];
  const pins: BoardPin[] = [];
  const track: BoardRow['track'][number][] = [];
  lever.options.forEach((option, i) => {
    const inForce = i === lever.option;
    const kind = inForce ? 'smallBold' : 'small';
    const pad = inForce ? CHIP_PAD : 0;
    const list = lever.proposals.filter((p) => p.option === i);
    const pinsW = list.length > 0 ? list.length * (pin.w + PIN_GAP) : 0;
    // The name takes what the line leaves beside its pins; a long name wraps instead.
    const labelMax = Math.max(bounds.w * 0.5, bounds.w - markerW - pinsW) - 2 * pad;
    const labelLines = typo.wrap(option, kind, labelMax);
    const labelW = typo.widest(labelLines, kind) + 2 * pad;
    const pinsBeside = markerW + labelW + pinsW <= bounds.w;
    const itemW = markerW + labelW + (pinsBeside ? pinsW : 0);
    let before = i === 0 ? 0 : TRACK_MIN;
    if (x > bounds.x && x + before + itemW > right) {
      lineY += lineH + 4;
      lineH = itemH;
      x = bounds.x;
      before = 0;
    }
    const midY = lineY + line / 2;
    if (before > 0) track.push({ x1: x + 3, x2: x + before - 3, y: midY });
    x += before;
    const labelX = x + markerW;
    const labelH = labelLines.length * line;
    stops.push({
      option: i,
      x: x + marker,
      y: midY,
      inForce,
      label: { text: labelLines.join('\n'), x: labelX + pad, y: lineY, ox: 0 },
      labelBox: box(labelX, lineY, labelW, labelH),
    });
    let pinX = labelX + labelW + PIN_GAP;
    let pinY = lineY + (line - pin.h) / 2;
    let itemBottom = lineY + labelH;
    if (!pinsBeside && list.length > 0) {
      pinX = labelX;
      pinY = lineY + labelH + 2;
    }
    for (const p of list) {
      if (pinX + pin.w > right) {
        pinX = pinsBeside ? labelX + labelW + PIN_GAP : labelX;
        pinY += pin.h + PIN_GAP;
      }
      pins.push({ box: box(pinX, pinY, pin.w, pin.h), code: codes[p.proposer] ?? '?', proposal: p });
      pinX += pin.w + PIN_GAP;
      itemBottom = Math.max(itemBottom, pinY + pin.h);
    }
    lineH = Math.max(lineH, itemBottom - lineY);
    // Pins under a name take the line below it: the next option starts a line of its own.
    x = pinsBeside || list.length === 0 ? x + itemW : right;
  });
  const h = lineY + lineH - y;
  return {
    lever: lever.index,
    status: lever.status,
    stillTo: lever.stillTo,
    box: box(bounds.x, y, bounds.w, h),
    name,
    statusText,
    lock,
    stops,
    track,
    pins,
  };
}
