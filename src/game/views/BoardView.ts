/**
 * Draws the deal board from its layout: lever names, tracks and stops (the
 * option in force a diamond with its name in a filled chip), proposal pins
 * carrying the proposer's code, settled levers locked (padlock, "settled", a
 * thick green track on a tinted row) and the levers that open later as one
 * dimmed paragraph.
 */
import Phaser from 'phaser';
import type { BoardLayout, BoardRow } from '../layout/layoutBoard';
import type { TableActor } from '../../store/TableModel';
import { colourOf, COLOURS, INK, inkOn } from '../theme';
import type { RenderContext } from './RenderContext';
import { TextPool } from './TextPool';
import { addText, drawDiamond, drawLock } from './RenderContext';

export class BoardView {
  private readonly root: Phaser.GameObjects.Container;
  private readonly texts: TextPool;
  private layout: BoardLayout | null = null;

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
    this.texts = new TextPool(this.root);
  }

  update(ctx: RenderContext, layout: BoardLayout, actors: readonly TableActor[]): void {
    this.texts.clear();
    this.layout = layout;
    const g = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(g);
    for (const row of layout.rows) this.drawRow(ctx, g, row, actors);
    if (layout.later) addText(ctx, this.texts, layout.later, 'small', INK.dim, 'board:later');
    this.texts.sweep();
  }

  /** Where a lever's row and its stops are, for animations. */
  rowOf(lever: number): BoardRow | undefined {
    return this.layout?.rows.find((r) => r.lever === lever);
  }

  private drawRow(
    ctx: RenderContext,
    g: Phaser.GameObjects.Graphics,
    row: BoardRow,
    actors: readonly TableActor[],
  ): void {
    const k = ctx.typo.scale;
    const group = (part: string) => `lever:${row.lever}:${part}`;
    const settled = row.status === 'settled';
    if (settled) {
      g.fillStyle(COLOURS.settled, 0.13);
      g.fillRoundedRect(row.box.x - 4, row.box.y - 2, row.box.w + 8, row.box.h + 4, 5);
    }
    addText(ctx, this.texts, row.name, 'bodyBold', INK.primary, group('name'));
    if (row.lock) drawLock(g, row.lock, COLOURS.settled);
    if (row.statusText) addText(ctx, this.texts, row.statusText, 'smallBold', INK.settled, group('status'));

    g.lineStyle((settled ? 4 : 2) * k, settled ? COLOURS.settled : COLOURS.track, 1);
    for (const t of row.track) g.lineBetween(t.x1, t.y, t.x2, t.y);

    for (const stop of row.stops) {
      const r = Math.round(5 * k);
      if (stop.inForce) {
        g.fillStyle(settled ? COLOURS.settled : COLOURS.inForce, 1);
        drawDiamond(g, stop.x, stop.y, r + 1);
        // The option in force: a filled chip with bold text, not just a colour.
        const b = stop.labelBox;
        g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(4, b.h / 2));
        ctx.labels.box(group(`option:${stop.option}`), 'tag', b);
        addText(ctx, this.texts, stop.label, 'smallBold', INK.onAccent, group(`option:${stop.option}`));
      } else {
        g.fillStyle(COLOURS.background, 1);
        g.fillCircle(stop.x, stop.y, r - 1);
        g.lineStyle(2, COLOURS.track, 1);
        g.strokeCircle(stop.x, stop.y, r - 1);
        addText(
          ctx,
          this.texts,
          stop.label,
          'small',
          settled && !row.stillTo.includes(stop.option) ? INK.dim : INK.secondary,
          group(`option:${stop.option}`),
        );
      }
    }

    row.pins.forEach((pin, i) => {
      const b = pin.box;
      const fill = colourOf(actors[pin.proposal.proposer]?.colour ?? '#888888');
      const radius = Math.min(6, b.h / 2);
      // Awaiting your answer: orange outline; yours: the seat's yellow; others': a thin light edge.
      const edge =
        pin.proposal.direction === 'to-seat'
          ? COLOURS.toSeat
          : pin.proposal.direction === 'from-seat'
            ? COLOURS.seat
            : 0xe6e9ee;
      g.fillStyle(fill, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, radius);
      g.lineStyle(pin.proposal.direction === 'between-others' ? 1 : 2, edge, 1);
      g.strokeRoundedRect(b.x, b.y, b.w, b.h, radius);
      ctx.labels.box(group(`pin:${i}`), 'pin', b);
      addText(
        ctx,
        this.texts,
        { text: pin.code, x: b.x + b.w / 2, y: b.y, ox: 0.5 },
        'smallBold',
        inkOn(fill),
        group(`pin:${i}`),
      );
    });
  }

  destroy(): void {
    this.root.destroy();
  }
}
