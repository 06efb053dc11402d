/**
 * Draws the strip over the table: the week, the countdown in words (in the
 * warning colour once the talks may end any week), and one pip a week —
 * filled for weeks gone, ringed for this one, hollow for those left, with a
 * dashed edge where the talks may end early.
 */
import Phaser from 'phaser';
import type { HeaderLayout } from '../layout/layoutHeader';
import { COLOURS, INK, OKABE_ITO } from '../theme';
import type { RenderContext } from './RenderContext';
import { TextPool } from './TextPool';
import { addText, dashedLine } from './RenderContext';

export class HeaderView {
  private readonly root: Phaser.GameObjects.Container;
  private readonly texts: TextPool;

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
    this.texts = new TextPool(this.root);
  }

  update(ctx: RenderContext, layout: HeaderLayout): void {
    this.texts.clear();
    addText(ctx, this.texts, layout.week, 'title', INK.primary, 'header:week');
    addText(
      ctx,
      this.texts,
      layout.countdown,
      'bodyBold',
      layout.urgent ? INK.warning : INK.secondary,
      'header:countdown',
    );
    const g = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(g);
    for (const pip of layout.pips) {
      const b = pip.box;
      if (pip.state === 'past') {
        g.fillStyle(COLOURS.track, 1);
        g.fillRect(b.x, b.y, b.w, b.h);
      } else if (pip.state === 'now') {
        g.fillStyle(COLOURS.seat, 1);
        g.fillRect(b.x - 1, b.y - 1, b.w + 2, b.h + 2);
      } else if (pip.risky) {
        g.lineStyle(1.5, OKABE_ITO.orange, 1);
        for (const [x1, y1, x2, y2] of [
          [b.x, b.y, b.x + b.w, b.y],
          [b.x + b.w, b.y, b.x + b.w, b.y + b.h],
          [b.x + b.w, b.y + b.h, b.x, b.y + b.h],
          [b.x, b.y + b.h, b.x, b.y],
        ] as const)
          dashedLine(g, x1, y1, x2, y2, 2, 2);
      } else {
        g.lineStyle(1.5, COLOURS.track, 1);
        g.strokeRect(b.x, b.y, b.w, b.h);
      }
    }
    this.texts.sweep();
  }

  destroy(): void {
    this.root.destroy();
  }
}
