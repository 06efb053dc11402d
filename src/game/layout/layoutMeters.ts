/** World meters as rows of name, bar and value, in one or two columns. */
import type { TableMeter } from '../../store/TableModel';
import type { Box } from './Box';
import { box } from './Box';
import type { TextLine } from './layoutRing';
import type { Typography } from './Typography';

export interface MeterRow {
  readonly key: string;
  readonly name: TextLine;
  readonly bar: Box;
  /** Right-aligned at x. */
  readonly value: TextLine;
}

export interface MetersLayout {
  readonly rows: readonly MeterRow[];
  readonly height: number;
}

export function formatMeterValue(value: number): string {
  return String(Math.round(value));
}

export function meterColumns(width: number, count: number, typo: Typography): number {
  return count > 3 && width >= 440 * typo.scale ? 2 : 1;
}

export function metersHeight(count: number, columns: number, typo: Typography): number {
  return Math.ceil(count / columns) * (typo.line('small') + 2);
}

export function layoutMeters(bounds: Box, meters: readonly TableMeter[], typo: Typography): MetersLayout {
  const columns = meterColumns(bounds.w, meters.length, typo);
  const colGap = 16;
  const colW = (bounds.w - (columns - 1) * colGap) / columns;
  const rowH = typo.line('small') + 2;
  const perCol = Math.ceil(meters.length / columns);
  const valueW = Math.max(
    ...meters.map((m) =>
      Math.max(typo.width(formatMeterValue(m.max), 'small'), typo.width(formatMeterValue(m.min), 'small')),
    ),
    0,
  );
  const nameW = Math.round(colW * 0.5);
  const barH = Math.max(6, Math.round(rowH * 0.4));
  const rows = meters.map((m, i) => {
    const col = Math.floor(i / perCol);
    const x = bounds.x + col * (colW + colGap);
    const y = bounds.y + (i % perCol) * rowH;
    const barX = x + nameW + 6;
    const barW = Math.max(20, colW - nameW - 6 - valueW - 6);
    return {
      key: m.key,
      name: { text: typo.fit(m.name, 'small', nameW), x, y, ox: 0 as const },
      bar: box(barX, y + (typo.line('small') - barH) / 2, barW, barH),
      value: { text: formatMeterValue(m.value), x: x + colW, y, ox: 1 as const },
    };
  });
  return { rows, height: perCol * rowH };
}
