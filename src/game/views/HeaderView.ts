/** Draws the header strip: week and deadline, then the news ticker with a text tag per headline's source label. */
import Phaser from 'phaser';
import type { HeaderLayout } from '../layout/layoutHeader';
import { INK, LABEL_TAG } from '../theme';
import type { RenderContext } from './RenderContext';
import { addText } from './RenderContext';

export class HeaderView {
  private readonly root: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
  }

  update(ctx: RenderContext, layout: HeaderLayout): void {
    this.root.removeAll(true);
    addText(ctx, this.root, layout.week, 'title', INK.primary, 'header:week');
    if (layout.deadline) addText(ctx, this.root, layout.deadline, 'bodyBold', INK.warning, 'header:deadline');
    const g = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(g);
    layout.news.forEach((line, i) => {
      const tag = LABEL_TAG[line.label];
      const b = line.tag.box;
      g.fillStyle(tag.fill, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(4, b.h / 2));
      ctx.labels.box(`news:${i}:tag`, 'tag', b);
      addText(
        ctx,
        this.root,
        { text: line.tag.text, x: b.x + b.w / 2, y: b.y, ox: 0.5 },
        'smallBold',
        tag.ink,
        `news:${i}:tag`,
      );
      addText(ctx, this.root, line.headline, 'small', INK.primary, `news:${i}:headline`);
    });
    if (layout.note) addText(ctx, this.root, layout.note, 'small', INK.dim, 'header:note');
  }

  destroy(): void {
    this.root.destroy();
  }
}
