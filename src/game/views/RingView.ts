/**
 * Draws the actors around the table: the table itself, directed trust (each
 * half of a line styled by its holder's trust: thicker and more solid for
 * more), the tokens (the actor's emblem in a ring of its colour, or a disc
 * with a short code; the seat ringed and tagged "YOU"), each actor's name
 * block with a support bar, and the key to the trust lines. With an actor in
 * focus, its lines stand out with their numbers and the others fade.
 */
import Phaser from 'phaser';
import type { LegendLayout } from '../layout/layoutTable';
import type { RingLayout, RingToken, TrustHalf } from '../layout/layoutRing';
import type { TableActor } from '../../store/TableModel';
import { supportText } from '../../store/tableWords';
import { emblemKey } from '../emblems';
import { colourOf, COLOURS, INK, inkOn, trustStyle } from '../theme';
import type { RenderContext } from './RenderContext';
import { TextPool } from './TextPool';
import { addText, dashedLine } from './RenderContext';

export class RingView {
  private readonly root: Phaser.GameObjects.Container;
  private readonly texts: TextPool;
  private supportBars: Phaser.GameObjects.Graphics | null = null;
  private supportTexts = new Map<number, Phaser.GameObjects.Text>();
  private layout: RingLayout | null = null;

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
    this.texts = new TextPool(this.root);
  }

  update(
    ctx: RenderContext,
    layout: RingLayout,
    legend: LegendLayout,
    actors: readonly TableActor[],
    focus: number | null,
  ): void {
    this.texts.clear();
    this.layout = layout;
    this.supportTexts = new Map();
    const g = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(g);

    const t = layout.table;
    g.fillStyle(COLOURS.table, 1);
    g.fillEllipse(t.cx, t.cy, t.rx * 2, t.ry * 2);
    g.lineStyle(1, COLOURS.tableEdge, 1);
    g.strokeEllipse(t.cx, t.cy, t.rx * 2, t.ry * 2);

    const involved = (h: TrustHalf) => focus !== null && (h.from === focus || h.to === focus);
    // Faded lines first, so the ones in focus are drawn over them.
    const halves = [...layout.trust].sort((a, b) => Number(involved(a)) - Number(involved(b)));
    for (const half of halves) {
      const alpha = focus === null ? 0.9 : involved(half) ? 1 : 0.14;
      drawTrustLine(
        g,
        half.x1,
        half.y1,
        half.x2,
        half.y2,
        half.value,
        ctx.typo.scale * (involved(half) ? 1.25 : 1),
        alpha,
      );
    }
    if (focus !== null) {
      for (const half of layout.trust.filter(involved)) {
        const b = half.from === focus ? half.labelFrom : half.labelTo;
        const style = trustStyle(half.value);
        g.fillStyle(COLOURS.background, 1);
        g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(6, b.h / 2));
        g.lineStyle(1.5, style.colour, 1);
        g.strokeRoundedRect(b.x, b.y, b.w, b.h, Math.min(6, b.h / 2));
        const group = `trust:${half.from}:${half.to}`;
        ctx.labels.box(group, 'trust', b);
        addText(
          ctx,
          this.texts,
          { text: half.text, x: b.x + b.w / 2, y: b.y, ox: 0.5 },
          'smallBold',
          INK.primary,
          group,
        );
      }
    }

    for (const token of layout.tokens) this.drawToken(ctx, g, token, actors[token.index], focus);

    for (const block of layout.blocks) {
      const b = block.box;
      g.fillStyle(COLOURS.background, 0.82);
      g.fillRoundedRect(b.x - 3, b.y - 1, b.w + 6, b.h + 2, 4);
      const group = `actor:${block.index}:block`;
      ctx.labels.box(group, 'block', b);
      addText(ctx, this.texts, block.name, 'bodyBold', INK.primary, group);
      addText(ctx, this.texts, block.leader, 'small', INK.secondary, group);
      this.supportTexts.set(block.index, addText(ctx, this.texts, block.support, 'small', INK.secondary, group));
    }
    this.supportBars = new Phaser.GameObjects.Graphics(ctx.scene);
    this.root.add(this.supportBars);
    this.showSupport(new Map(actors.map((a) => [a.index, a.support])));
    this.drawLegend(ctx, g, legend);
    this.texts.sweep();
  }

  /** Redraws the support bars and numbers for `support` (by actor index) without re-laying out. */
  showSupport(support: ReadonlyMap<number, number>): void {
    const g = this.supportBars;
    if (!g || !this.layout) return;
    g.clear();
    for (const block of this.layout.blocks) {
      const value = Math.max(0, Math.min(100, support.get(block.index) ?? 0));
      const b = block.supportBar;
      g.fillStyle(COLOURS.barTrack, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(2, b.h / 2));
      if (value > 0) {
        g.fillStyle(COLOURS.supportFill, 1);
        g.fillRoundedRect(b.x, b.y, Math.max(b.h, (b.w * value) / 100), b.h, Math.min(2, b.h / 2));
      }
      this.supportTexts.get(block.index)?.setText(supportText(value));
    }
  }

  /** The centre of the table, for animations. */
  centre(): { x: number; y: number } | undefined {
    const t = this.layout?.table;
    return t ? { x: t.cx, y: t.cy } : undefined;
  }

  /** Where each actor sits, for animations and the focus targets over the canvas. */
  tokenOf(index: number): RingToken | undefined {
    return this.layout?.tokens.find((t) => t.index === index);
  }

  private drawLegend(ctx: RenderContext, g: Phaser.GameObjects.Graphics, legend: LegendLayout): void {
    addText(ctx, this.texts, legend.title, 'smallBold', INK.secondary, 'legend:title');
    for (const s of legend.samples) {
      drawTrustLine(g, s.x1, s.y, s.x2, s.y, s.level, ctx.typo.scale, 1);
      addText(ctx, this.texts, s.word, 'small', INK.secondary, `legend:${s.level}`);
    }
    addText(ctx, this.texts, legend.hint, 'small', INK.dim, 'legend:hint');
  }

  private drawToken(
    ctx: RenderContext,
    g: Phaser.GameObjects.Graphics,
    token: RingToken,
    actor: TableActor | undefined,
    focus: number | null,
  ): void {
    const fill = colourOf(actor?.colour ?? '#888888');
    const { cx, cy, r } = token;
    const group = `actor:${token.index}:token`;
    if (token.badge) {
      // The seat: a thick yellow ring outside a dark gap, plus the "YOU" tag (outline and text, not colour alone).
      g.fillStyle(COLOURS.seat, 1);
      g.fillCircle(cx, cy, r + 5);
      g.fillStyle(COLOURS.background, 1);
      g.fillCircle(cx, cy, r + 2);
    }
    if (focus === token.index) {
      g.lineStyle(3, COLOURS.inForce, 1);
      g.strokeCircle(cx, cy, (token.badge ? r + 5 : r) + 4);
    }
    g.fillStyle(fill, 1);
    g.fillCircle(cx, cy, r);
    ctx.labels.box(group, 'token', { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r });
    const key = actor?.emblem ? emblemKey(actor.emblem) : null;
    if (key && ctx.scene.textures.exists(key)) {
      // The emblem inside a ring of the actor's colour.
      const inner = r - Math.max(3, r * 0.14);
      this.root.add(new Phaser.GameObjects.Image(ctx.scene, cx, cy, key).setDisplaySize(2 * inner, 2 * inner));
    } else {
      g.lineStyle(1.5, 0xe6e9ee, 0.7);
      g.strokeCircle(cx, cy, r);
      const lineH = ctx.typo.line('smallBold');
      addText(
        ctx,
        this.texts,
        { text: token.code, x: cx, y: cy - lineH / 2, ox: 0.5 },
        'smallBold',
        inkOn(fill),
        group,
      );
    }
    if (token.badge) {
      const b = token.badge;
      g.fillStyle(COLOURS.seat, 1);
      g.fillRoundedRect(b.x, b.y, b.w, b.h, Math.min(5, b.h / 2));
      g.lineStyle(1.5, COLOURS.background, 1);
      g.strokeRoundedRect(b.x, b.y, b.w, b.h, Math.min(5, b.h / 2));
      ctx.labels.box(group, 'tag', b);
      addText(ctx, this.texts, { text: 'YOU', x: b.x + b.w / 2, y: b.y, ox: 0.5 }, 'smallBold', INK.onAccent, group);
    }
  }

  destroy(): void {
    this.root.destroy();
  }
}

/** One line of trust at `level`: its width and dash pattern carry the level; colour only repeats it. */
function drawTrustLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  level: number,
  k: number,
  alpha: number,
): void {
  const style = trustStyle(level);
  g.lineStyle(style.width * k, style.colour, alpha);
  if (style.dash)
    dashedLine(g, x1, y1, x2, y2, style.dash[0] * k + style.width * k * 0.5, style.dash[1] * k + style.width * k * 0.5);
  else g.lineBetween(x1, y1, x2, y2);
}
