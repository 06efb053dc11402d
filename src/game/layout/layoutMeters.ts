/**
 * World meters as rows of name, bar and value. A meter that can end the game
 * marks each threshold on its bar (the zone past it shaded) and names the
 * ending under the bar ("Escalation at 90"); when the engine says the value
 * is one bad week away (docs/model.md §3.4), the caption starts with "Near:"
 * and the row is drawn in danger (colour and words). Names wrap, never cut.
 */
import type { MeterThreshold, TableMeter } from '../../store/TableModel';
import { meterReading, thresholdCaption } from '../../store/tableWords';
import type { Box } from './Box';
import { box } from './Box';
import type { TextLine } from './layoutRing';
import type { Typography } from './Typography';

export interface MeterMark {
  readonly threshold: MeterThreshold;
  /** x of the threshold on the bar. */
  readonly x: number;
  readonly caption: TextLine;
}

export interface MeterRow {
  readonly key: string;
  readonly name: TextLine;
  readonly bar: Box;
  /** Right-aligned at x. */
  readonly value: TextLine;
  readonly marks: readonly MeterMark[];
  /** A threshold of this meter is near. */
  readonly danger: boolean;
  readonly box: Box;
}

export interface MetersLayout {
  readonly rows: readonly MeterRow[];
  readonly height: number;
}

const ROW_GAP = 4;

export function layoutMeters(bounds: Box, meters: readonly TableMeter[], typo: Typography): MetersLayout {
  const line = typo.line('small');
  const valueW = Math.max(
    0,
    ...meters.map((m) =>
      Math.max(typo.width(meterReading(m.max, m), 'small'), typo.width(meterReading(m.min, m), 'small')),
    ),
  );
  const nameW = Math.round(Math.min(bounds.w * 0.45, Math.max(...meters.map((m) => typo.width(m.name, 'small')), 0)));
  const barX = bounds.x + nameW + 8;
  const barW = Math.max(40, bounds.x + bounds.w - valueW - 8 - barX);
  const barH = Math.max(7, Math.round(line * 0.42));
  let y = bounds.y;
  const rows = meters.map((m): MeterRow => {
    const top = y;
    const nameLines = typo.wrap(m.name, 'small', nameW);
    const span = m.max - m.min || 1;
    const xOf = (v: number) => barX + barW * Math.max(0, Math.min(1, (v - m.min) / span));
    let capY = y + line;
    const marks = m.thresholds.map((t): MeterMark => {
      // Under the bar when it fits on one line there, else from the row's start, across the whole row.
      const kind = t.near ? 'smallBold' : 'small';
      const text = thresholdCaption(t);
      const under = typo.width(text, kind) <= bounds.x + bounds.w - barX;
      const lines = under ? [text] : typo.wrap(text, kind, bounds.w);
      const caption: TextLine = { text: lines.join('\n'), x: under ? barX : bounds.x, y: capY, ox: 0 };
      capY += lines.length * line;
      return { threshold: t, x: xOf(t.at), caption };
    });
    const h = Math.max(nameLines.length * line, capY - y);
    y += h + ROW_GAP;
    return {
      key: m.key,
      name: { text: nameLines.join('\n'), x: bounds.x, y: top, ox: 0 },
      bar: box(barX, top + (line - barH) / 2, barW, barH),
      value: { text: meterReading(m.value, m), x: bounds.x + bounds.w, y: top, ox: 1 },
      marks,
      danger: m.thresholds.some((t) => t.near),
      box: box(bounds.x, top, bounds.w, h),
    };
  });
  return { rows, height: Math.max(0, y - bounds.y - ROW_GAP) };
}

/** The meters in `columns` side by side, the first ones in the first column, `gap` px apart. */
export function layoutMeterColumns(
  bounds: Box,
  meters: readonly TableMeter[],
  typo: Typography,
  columns: number,
  gap: number,
): MetersLayout {
  const per = Math.ceil(meters.length / columns);
  const colW = (bounds.w - (columns - 1) * gap) / columns;
  const parts = Array.from({ length: columns }, (_, i) =>
    layoutMeters(box(bounds.x + i * (colW + gap), bounds.y, colW, 0), meters.slice(i * per, (i + 1) * per), typo),
  );
  return { rows: parts.flatMap((p) => p.rows), height: Math.max(0, ...parts.map((p) => p.height)) };
}
