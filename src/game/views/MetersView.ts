/** Draws the world meters (name, bar, value) and can redraw just their values while they tween. */
import Phaser from 'phaser';
import type { MetersLayout } from '../layout/layoutMeters';
import { formatMeterValue } from '../layout/layoutMeters';
import type { TableMeter } from '../../store/TableModel';
import { COLOURS, INK } from '../theme';
import type { RenderContext } from './RenderContext';
import { addText } from './RenderContext';

export class MetersView {
  private readonly root: Phaser.GameObjects.Container;
  private bars: Phaser.GameObjects.Graphics | null = null;
  private values = new Map<string, Phaser.GameObjects.Text>();
  private layout: MetersLayout | null = null;
  private meters: readonly TableMeter[] = [];

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
  }

  update(ctx: RenderContext, layout: MetersLayout, meters: readonly TableMeter[]): void {
    this.root.removeAll(true);
    this.layout = layout;
    this.meters = meters;
    this.values = new Map();
    this.bars = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(this.bars);
    for (const row of layout.rows) {
      addText(ctx, this.root, row.name, 'small', INK.secondary, `meter:${row.key}:name`);
      this.values.set(row.key, addText(ctx, this.root, row.value, 'small', INK.primary, `meter:${row.key}:value`));
    }
    this.showValues(new Map(meters.map((m) => [m.key, m.value])));
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
      g.fillStyle(COLOURS.barTrack, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(3, b.h / 2));
      if (frac > 0) {
        g.fillStyle(COLOURS.meterFill, 1);
        g.fillRoundedRect(b.x, b.y, Math.max(b.h, b.w * frac), b.h, Math.min(3, b.h / 2));
      }
      this.values.get(row.key)?.setText(formatMeterValue(value));
    }
  }

  destroy(): void {
    this.root.destroy();
  }
}
