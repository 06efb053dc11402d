/**
 * Font sizes for one layout pass and text measurement with the same fonts
 * Phaser's Text objects use, so the layout can truncate names with an
 * ellipsis and place labels without overlaps before anything is drawn.
 */
import { FONT_FAMILY } from '../theme';

export type FontKind = 'title' | 'body' | 'bodyBold' | 'small' | 'smallBold';

const BASE: Readonly<Record<FontKind, { readonly size: number; readonly bold: boolean }>> = {
  title: { size: 15, bold: true },
  body: { size: 13, bold: false },
  bodyBold: { size: 13, bold: true },
  small: { size: 12, bold: false },
  smallBold: { size: 12, bold: true },
};

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

  /** `scale` ≥ 1 enlarges every font when there is room; 1 keeps the 12 px minimum. */
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

  /** `text` itself if it fits in `maxWidth`, else its longest prefix that fits followed by '…' ('' if not even that fits). */
  fit(text: string, kind: FontKind, maxWidth: number): string {
    if (this.width(text, kind) <= maxWidth) return text;
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(`${chars.slice(0, mid).join('').trimEnd()}…`, kind) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    if (lo === 0) return this.width('…', kind) <= maxWidth ? '…' : '';
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
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
