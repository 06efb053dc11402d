/**
 * Draws the world meters (name, bar, value) with each threshold that ends
 * the game: a tick on the bar, the zone past it shaded, the ending named
 * under the bar. A meter near its threshold is framed and filled in the
 * danger colour, and its caption says "Near:" (colour and words). Redraws
 * just the bars and numbers while they tween.
 */
import Phaser from 'phaser';
import type { MetersLayout } from '../layout/layoutMeters';
import type { TableMeter } from '../../store/TableModel';
import { meterReading } from '../../store/tableWords';
import { COLOURS, INK, OKABE_ITO } from '../theme';
import type { RenderContext } from './RenderContext';
import { TextPool } from './TextPool';
import { addText } from './RenderContext';

export class MetersView {
  private readonly root: Phaser.GameObjects.Container;
  private readonly texts: TextPool;
  private bars: Phaser.GameObjects.Graphics | null = null;
  private values = new Map<string, Phaser.GameObjects.Text>();
  private layout: MetersLayout | null = null;
  private meters: readonly TableMeter[] = [];

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
    this.texts = new TextPool(this.root);
  }

  update(ctx: RenderContext, layout: MetersLayout, meters: readonly TableMeter[]): void {
    this.texts.clear();
    this.layout = layout;
    this.meters = meters;
    this.values = new Map();
    const frame = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(frame);
    this.bars = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(this.bars);
    for (const row of layout.rows) {
      const group = `meter:${row.key}`;
      if (row.danger) {
        const b = row.box;
        frame.fillStyle(OKABE_ITO.vermillion, 0.16);
        frame.fillRoundedRect(b.x - 4, b.y - 2, b.w + 8, b.h + 4, 4);
        frame.lineStyle(1.5, OKABE_ITO.vermillion, 1);
        frame.strokeRoundedRect(b.x - 4, b.y - 2, b.w + 8, b.h + 4, 4);
      }
      addText(ctx, this.texts, row.name, 'small', row.danger ? INK.primary : INK.secondary, `${group}:name`);
      this.values.set(
        row.key,
        addText(ctx, this.texts, row.value, row.danger ? 'smallBold' : 'small', INK.primary, `${group}:value`),
      );
      row.marks.forEach((mark, i) =>
        addText(
          ctx,
          this.texts,
          mark.caption,
          mark.threshold.near ? 'smallBold' : 'small',
          mark.threshold.near ? INK.warning : INK.dim,
          `${group}:threshold:${i}`,
        ),
      );
    }
    this.showValues(new Map(meters.map((m) => [m.key, m.value])));
    this.texts.sweep();
  }

  /** Redraws bars and numbers for `values` (by meter key) without re-laying out. */
  showValues(values: ReadonlyMap<string, number>): void {
    const g = this.bars;
    if (!g || !this.layout) return;
    g.clear();
    for (const row of this.layout.rows) {
      const meter = this.meters.find((m) => m.key === row.key);
      if (!meter) continue;
      const value = values.get(row.key) ?? meter.value;
      const span = meter.max - meter.min || 1;
      const frac = Math.max(0, Math.min(1, (value - meter.min) / span));
      const b = row.bar;
      const r = Math.min(3, b.h / 2);
      g.fillStyle(COLOURS.barTrack, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, r);
      if (frac > 0) {
        g.fillStyle(row.danger ? OKABE_ITO.vermillion : COLOURS.meterFill, 1);
        g.fillRoundedRect(b.x, b.y, Math.max(b.h, b.w * frac), b.h, r);
      }
      // The zone past each threshold, where the game ends, over the fill.
      for (const mark of row.marks) {
        const x1 = mark.threshold.side === 'above' ? mark.x : b.x;
        const x2 = mark.threshold.side === 'above' ? b.x + b.w : mark.x;
        g.fillStyle(OKABE_ITO.vermillion, 0.45);
        g.fillRect(x1, b.y, Math.max(0, x2 - x1), b.h);
      }
      for (const mark of row.marks) {
        g.fillStyle(COLOURS.inForce, 1);
        g.fillRect(mark.x - 1, b.y - 4, 2, b.h + 8);
      }
      this.values.get(row.key)?.setText(meterReading(value, meter));
    }
  }

  /** The meters as drawn, for the test probe: each threshold's value, the ending it names, and its caption. */
  report(): MeterReport[] {
    return (this.layout?.rows ?? []).map((row) => {
      const meter = this.meters.find((m) => m.key === row.key);
      return {
        key: row.key,
        name: meter?.name ?? '',
        value: meter?.value ?? 0,
        danger: row.danger,
        thresholds: row.marks.map((m) => ({
          at: m.threshold.at,
          ending: m.threshold.ending,
          near: m.threshold.near,
          caption: m.caption.text.replace(/\n/g, ' '),
        })),
      };
    });
  }

  destroy(): void {
    this.root.destroy();
  }
}

export interface MeterReport {
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly danger: boolean;
  readonly thresholds: readonly {
    readonly at: number;
    readonly ending: string;
    readonly near: boolean;
    readonly caption: string;
  }[];
}
