/**
 * Font sizes for one layout pass and text measurement with the same fonts
 * Phaser's Text objects use, so the layout can wrap names (never cut them:
 * docs/table.md) and place labels without overlaps before anything is drawn.
 * No font is under 14 CSS px.
 */
import { FONT_FAMILY } from '../theme';

export type FontKind = 'title' | 'body' | 'bodyBold' | 'small' | 'smallBold';

const BASE: Readonly<Record<FontKind, { readonly size: number; readonly bold: boolean }>> = {
  title: { size: 17, bold: true },
  body: { size: 15, bold: false },
  bodyBold: { size: 15, bold: true },
  small: { size: 14, bold: false },
  smallBold: { size: 14, bold: true },
};

/** The smallest font the table draws, in CSS px (docs/table.md). */
export const MIN_FONT_PX = 14;

/** Text metrics in CSS px for a font given as a CSS `font` shorthand. */
export interface FontMetrics {
  /** Advance width of `text`. */
  width(text: string, font: string): number;
  /** Height of one line as Phaser's Text sizes it (ascent + descent of "|MÉqgy"). */
  height(font: string): number;
}

export class Typography {
  private readonly cache = new Map<string, number>();
  private readonly lines = new Map<FontKind, number>();

  /** `scale` ≥ 1 enlarges every font when there is room; 1 keeps the 14 px minimum. */
  constructor(
    readonly scale: number,
    private readonly metrics: FontMetrics,
  ) {}

  size(kind: FontKind): number {
    return Math.round(BASE[kind].size * this.scale);
  }

  bold(kind: FontKind): boolean {
    return BASE[kind].bold;
  }

  /** Height reserved for one line of `kind`: the Text object's height, rounded up. */
  line(kind: FontKind): number {
    let h = this.lines.get(kind);
    if (h === undefined) {
      h = Math.ceil(Math.max(this.metrics.height(this.cssFont(kind)), this.size(kind) * 1.1));
      this.lines.set(kind, h);
    }
    return h;
  }

  /** Extra space between the lines of a wrapped text, so that each takes `line(kind)` as the layout reserved. */
  lineSpacing(kind: FontKind): number {
    return Math.max(0, this.line(kind) - this.metrics.height(this.cssFont(kind)));
  }

  cssFont(kind: FontKind): string {
    return `${this.bold(kind) ? 'bold ' : ''}${this.size(kind)}px ${FONT_FAMILY}`;
  }

  width(text: string, kind: FontKind): number {
    const key = `${kind}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      w = Math.ceil(this.metrics.width(text, this.cssFont(kind)));
      this.cache.set(key, w);
    }
    return w;
  }

  /**
   * `text` in lines no wider than `maxWidth`, broken between words; a word wider than a whole line is broken
   * between letters with a hyphen. Nothing is left out.
   */
  wrap(text: string, kind: FontKind, maxWidth: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const joined = line ? `${line} ${word}` : word;
      if (this.width(joined, kind) <= maxWidth) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (this.width(line, kind) > maxWidth && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let n = chars.length - 1;
        while (n > 1 && this.width(`${chars.slice(0, n).join('')}-`, kind) > maxWidth) n--;
        lines.push(`${chars.slice(0, n).join('')}-`);
        line = chars.slice(n).join('');
      }
    }
    if (line || lines.length === 0) lines.push(line);
    return lines;
  }

  /** The widest of `lines`. */
  widest(lines: readonly string[], kind: FontKind): number {
    return Math.max(0, ...lines.map((l) => this.width(l, kind)));
  }
}

const PHASER_TEST_STRING = '|MÉqgy';

/** Measures with a 2D canvas context: the same text shaping and metrics Phaser's Text uses. */
export function canvasFontMetrics(): FontMetrics {
  const ctx = document.createElement('canvas').getContext('2d');
  const px = (font: string) => Number.parseFloat(font.replace(/^bold /, '')) || 12;
  if (!ctx) return { width: (text, font) => text.length * px(font) * 0.6, height: (font) => px(font) * 1.3 };
  const use = (font: string) => {
    if (ctx.font !== font) ctx.font = font;
  };
  return {
    width(text, font) {
      use(font);
      return ctx.measureText(text).width;
    },
    height(font) {
      use(font);
      const m = ctx.measureText(PHASER_TEST_STRING);
      return m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
    },
  };
}
