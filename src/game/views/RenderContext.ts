/**
 * What every view needs to draw one layout: the scene, the fonts of this
 * layout pass, the text resolution for crisp text under the camera zoom, and
 * the registry of drawn labels (read only by the test probe).
 */
import Phaser from 'phaser';
import type { Box } from '../layout/Box';
import type { TextLine } from '../layout/layoutRing';
import type { FontKind, Typography } from '../layout/Typography';
import { FONT_FAMILY } from '../theme';
import type { TextPool } from './TextPool';

export type LabelKind = 'text' | 'pin' | 'token' | 'tag' | 'trust' | 'block';

/** Everything a reader must be able to tell apart; boxes of different groups must never overlap. */
export class LabelRegistry {
  private readonly texts: { group: string; text: Phaser.GameObjects.Text }[] = [];
  private readonly boxes: { group: string; kind: LabelKind; box: Box }[] = [];

  clear(): void {
    this.texts.length = 0;
    this.boxes.length = 0;
  }

  /** Forgets the labels of every group starting with one of `prefixes` (a view about to draw them again). */
  drop(prefixes: readonly string[]): void {
    const keep = (group: string) => !prefixes.some((p) => group.startsWith(p));
    this.texts.splice(0, this.texts.length, ...this.texts.filter((t) => keep(t.group)));
    this.boxes.splice(0, this.boxes.length, ...this.boxes.filter((b) => keep(b.group)));
  }

  text(group: string, text: Phaser.GameObjects.Text): void {
    this.texts.push({ group, text });
  }

  box(group: string, kind: LabelKind, b: Box): void {
    this.boxes.push({ group, kind, box: b });
  }

  /** In layout coordinates (CSS px before the layout's zoom); `fontPx` is the text's font size, 0 for a box. */
  collect(): { group: string; kind: LabelKind; text: string; box: Box; fontPx: number }[] {
    const texts = this.shown().map((t) => {
      const b = t.text.getBounds();
      return {
        group: t.group,
        kind: 'text' as const,
        text: t.text.text,
        box: { x: b.x, y: b.y, w: b.width, h: b.height },
        fontPx: fontPx(t.text),
      };
    });
    return [...texts, ...this.boxes.map((b) => ({ ...b, text: '', fontPx: 0 }))];
  }

  /** The smallest font size of the texts on screen, in layout px (Infinity when none). */
  smallestFont(): number {
    return Math.min(...this.shown().map((t) => fontPx(t.text)));
  }

  private shown() {
    return this.texts.filter((t) => t.text.active && t.text.visible && t.text.text !== '');
  }
}

function fontPx(text: Phaser.GameObjects.Text): number {
  return Number.parseFloat(String(text.style.fontSize)) || 0;
}

export interface RenderContext {
  readonly scene: Phaser.Scene;
  readonly typo: Typography;
  readonly resolution: number;
  readonly labels: LabelRegistry;
}

export function addText(
  ctx: RenderContext,
  pool: TextPool,
  line: TextLine,
  kind: FontKind,
  color: string,
  group: string | null,
): Phaser.GameObjects.Text {
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: FONT_FAMILY,
    fontSize: `${ctx.typo.size(kind)}px`,
    fontStyle: ctx.typo.bold(kind) ? 'bold' : 'normal',
    color,
    resolution: ctx.resolution,
    align: line.ox === 0 ? 'left' : line.ox === 1 ? 'right' : 'center',
    lineSpacing: ctx.typo.lineSpacing(kind),
  };
  const key = `${JSON.stringify(style)} ${line.ox}`;
  const text = pool.take(key, line.text, group, line.x, line.y, () =>
    new Phaser.GameObjects.Text(ctx.scene, line.x, line.y, line.text, style).setOrigin(line.ox, 0),
  );
  if (group !== null) ctx.labels.text(group, text);
  return text;
}

/** A dashed (or, with a short dash, dotted) straight line; Graphics has no dash pattern of its own. */
export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: number,
  gap: number,
): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

/** A padlock: a shackle arc over a body, in `colour`, filling `b`. */
export function drawLock(g: Phaser.GameObjects.Graphics, b: Box, colour: number): void {
  const bodyH = b.h * 0.58;
  const shackleR = b.w * 0.3;
  g.lineStyle(Math.max(1.5, b.w * 0.16), colour, 1);
  g.beginPath();
  g.arc(b.x + b.w / 2, b.y + b.h - bodyH, shackleR, Math.PI, 0, false);
  g.strokePath();
  g.lineBetween(b.x + b.w / 2 - shackleR, b.y + b.h - bodyH, b.x + b.w / 2 - shackleR, b.y + b.h - bodyH + 1);
  g.lineBetween(b.x + b.w / 2 + shackleR, b.y + b.h - bodyH, b.x + b.w / 2 + shackleR, b.y + b.h - bodyH + 1);
  g.fillStyle(colour, 1);
  g.fillRoundedRect(b.x, b.y + b.h - bodyH, b.w, bodyH, Math.min(2, bodyH / 3));
}

export function drawDiamond(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number): void {
  g.fillPoints(
    [
      new Phaser.Math.Vector2(cx, cy - r),
      new Phaser.Math.Vector2(cx + r, cy),
      new Phaser.Math.Vector2(cx, cy + r),
      new Phaser.Math.Vector2(cx - r, cy),
    ],
    true,
  );
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
