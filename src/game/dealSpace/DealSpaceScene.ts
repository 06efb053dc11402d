/**
 * The deal space of two actors, drawn (docs/debrief.md): every package as a
 * dot at (worth to A, worth to B), the zone of possible agreement shaded
 * beyond both reservation values, the Pareto frontier as a line, the Nash
 * point, the offers each side made joined in the order they were made, and
 * the signed outcome with a line to a package that would have given both
 * more. It draws what the store computed with the engine's analytics and
 * computes nothing of its own but positions. The game is sized in device
 * pixels; every length below is in CSS px times the pixel ratio, so text is
 * crisp and never under 14 CSS px.
 */
import Phaser from 'phaser';
import { num } from '../../store/num';
import type { DealPoint, DealSpaceModel } from '../../store/selectDealSpace';
import { COLOURS, FONT_FAMILY, INK, OKABE_ITO } from '../theme';

export interface DealSpaceDrawing {
  readonly space: DealSpaceModel;
  /** Where the game a branch was replayed from ended, on the same axes; null outside a branch. */
  readonly original: DealPoint | null;
}

/** What the scene drew, for tests: the same numbers it placed. */
export interface DrawnDealSpace {
  readonly points: readonly (readonly [number, number])[];
  readonly frontier: readonly DealPoint[];
  readonly nash: DealPoint | null;
  readonly deal: DealPoint;
  readonly reservations: readonly [number, number];
  readonly zopa: number;
  readonly offers: number;
  /** How much of the labels (Outcome, Nash, First game) lies over a mark, a line or another label, in px²: 0 when clear. */
  readonly labelOverlap: number;
}

/** The colours of A and B (Okabe–Ito: told apart with every kind of colour vision) and of the landmarks. */
export const DEAL_COLOURS = {
  a: OKABE_ITO.skyBlue,
  b: OKABE_ITO.orange,
  zone: OKABE_ITO.bluishGreen,
  frontier: OKABE_ITO.yellow,
  nash: OKABE_ITO.reddishPurple,
  deal: 0xffffff,
  dots: 0x8a93a3,
} as const;

const FONT_PX = 14;
const MARGIN = { left: 58, right: 18, top: 14, bottom: 52 } as const;

export class DealSpaceScene extends Phaser.Scene {
  private drawing: DealSpaceDrawing | null = null;
  private objects: Phaser.GameObjects.GameObject[] = [];
  private labelOverlap = 0;

  constructor(private readonly host: { pixelRatio(): number; ready(scene: DealSpaceScene): void }) {
    super({ key: 'parley.dealSpace' });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOURS.background);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.redraw());
    this.host.ready(this);
  }

  show(drawing: DealSpaceDrawing): DrawnDealSpace {
    this.drawing = drawing;
    this.redraw();
    const { space } = drawing;
    return {
      points: space.points,
      frontier: space.frontier,
      nash: space.nash && { a: space.nash.a, b: space.nash.b },
      deal: { a: space.deal.a, b: space.deal.b },
      reservations: space.reservations,
      zopa: space.zopa.count,
      offers: space.offers.length,
      labelOverlap: this.labelOverlap,
    };
  }

  /** The smallest text drawn, in CSS px. */
  smallestFontPx(): number {
    const k = this.host.pixelRatio();
    const sizes = this.objects
      .filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text)
      .map((t) => Number.parseFloat(String(t.style.fontSize)) / k);
    return sizes.length === 0 ? Infinity : Math.min(...sizes);
  }

  private redraw(): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
    this.labelOverlap = 0;
    const drawing = this.drawing;
    if (!drawing) return;
    const { space, original } = drawing;
    const k = this.host.pixelRatio();
    const width = this.scale.width;
    const height = this.scale.height;
    const plot = {
      x: MARGIN.left * k,
      y: MARGIN.top * k,
      w: width - (MARGIN.left + MARGIN.right) * k,
      h: height - (MARGIN.top + MARGIN.bottom) * k,
    };
    // The axes hold every mark, not only the packages: an offer or the outcome may lie outside the packages drawn
    // (a package across a signer's red line is left out of them, docs/model.md), and must not fall off the plot.
    const marked: DealPoint[] = [
      ...space.frontier,
      ...space.offers,
      space.deal,
      ...(space.deal.better ? [space.deal.better] : []),
      ...(space.nash ? [space.nash] : []),
      ...(original ? [original] : []),
    ].filter((p) => Number.isFinite(p.a) && Number.isFinite(p.b));
    const as = [...space.points.map((p) => p[0]), ...marked.map((p) => p.a)];
    const bs = [...space.points.map((p) => p[1]), ...marked.map((p) => p.b)];
    const xr = niceRange(Math.min(...as, space.reservations[0]), Math.max(...as, space.reservations[0]));
    const yr = niceRange(Math.min(...bs, space.reservations[1]), Math.max(...bs, space.reservations[1]));
    const X = (a: number) => plot.x + ((a - xr.min) / (xr.max - xr.min)) * plot.w;
    const Y = (b: number) => plot.y + plot.h - ((b - yr.min) / (yr.max - yr.min)) * plot.h;
    const g = this.keep(this.add.graphics());
    // The outcome's ring: an offer's mark (5 px, a square's corner 7 px from its centre) fits inside it with room.
    const ring = 11 * k;
    const text = (x: number, y: number, s: string, colour: string = INK.secondary) =>
      this.keep(
        this.add.text(x, y, s, { fontFamily: FONT_FAMILY, fontSize: `${FONT_PX * k}px`, color: colour }),
      ) as Phaser.GameObjects.Text;

    // Axes, grid and ticks.
    g.lineStyle(1 * k, COLOURS.panelEdge, 1);
    for (let v = xr.min; v <= xr.max + 1e-9; v += xr.step) {
      g.lineBetween(X(v), plot.y, X(v), plot.y + plot.h);
      text(X(v), plot.y + plot.h + 4 * k, num(v)).setOrigin(0.5, 0);
    }
    for (let v = yr.min; v <= yr.max + 1e-9; v += yr.step) {
      g.lineBetween(plot.x, Y(v), plot.x + plot.w, Y(v));
      text(plot.x - 6 * k, Y(v), num(v)).setOrigin(1, 0.5);
    }
    text(plot.x + plot.w / 2, height - 4 * k, `Worth to ${space.inSentence[0]} →`, INK.primary).setOrigin(0.5, 1);
    text(4 * k, plot.y + plot.h / 2, `Worth to ${space.inSentence[1]} →`, INK.primary)
      .setOrigin(0.5, 0)
      .setAngle(-90)
      .setPosition(4 * k, plot.y + plot.h / 2);

    // The zone of possible agreement: beyond both reservation values.
    const [rvA, rvB] = space.reservations;
    if (!space.zopa.empty) {
      g.fillStyle(DEAL_COLOURS.zone, 0.16);
      g.fillRect(X(rvA), plot.y, plot.x + plot.w - X(rvA), Y(rvB) - plot.y);
    }
    dashed(g, X(rvA), plot.y, X(rvA), plot.y + plot.h, DEAL_COLOURS.a, 2 * k, 6 * k);
    dashed(g, plot.x, Y(rvB), plot.x + plot.w, Y(rvB), DEAL_COLOURS.b, 2 * k, 6 * k);
    // What a label must not cover: the marks and lines drawn over the dots (and the labels already placed).
    const marks: Rect[] = [
      { x: X(rvA) - 2 * k, y: plot.y, w: 4 * k, h: plot.h },
      { x: plot.x, y: Y(rvB) - 2 * k, w: plot.w, h: 4 * k },
    ];
    const around = (x: number, y: number, r: number) => marks.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    const along = (x1: number, y1: number, x2: number, y2: number) => {
      const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / (6 * k)));
      for (let i = 0; i <= steps; i++) around(x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps, 3 * k);
    };

    // Every package.
    g.fillStyle(DEAL_COLOURS.dots, 0.55);
    const dot = 2.2 * k;
    for (const [a, b] of space.points) g.fillRect(X(a) - dot / 2, Y(b) - dot / 2, dot, dot);

    // The frontier.
    g.lineStyle(2.5 * k, DEAL_COLOURS.frontier, 1);
    g.strokePoints(
      space.frontier.map((f) => new Phaser.Math.Vector2(X(f.a), Y(f.b))),
      false,
    );

    // Each side's offers, in order: A's as circles, B's as squares, joined by thin lines.
    for (const side of [0, 1] as const) {
      const colour = side === 0 ? DEAL_COLOURS.a : DEAL_COLOURS.b;
      const offers = space.offers.filter((o) => o.by === side);
      g.lineStyle(1.5 * k, colour, 0.9);
      if (offers.length > 1)
        g.strokePoints(
          offers.map((o) => new Phaser.Math.Vector2(X(o.a), Y(o.b))),
          false,
        );
      offers.forEach((o, i) => {
        const next = offers[i + 1];
        if (next) along(X(o.a), Y(o.b), X(next.a), Y(next.b));
      });
      g.fillStyle(colour, 1);
      for (const o of offers) {
        around(X(o.a), Y(o.b), 6 * k);
        if (side === 0) g.fillCircle(X(o.a), Y(o.b), 5 * k);
        else g.fillRect(X(o.a) - 5 * k, Y(o.b) - 5 * k, 10 * k, 10 * k);
      }
    }

    // A package giving both more than the signed outcome, and the line to it.
    const deal = space.deal;
    if (deal.better) {
      dashed(g, X(deal.a), Y(deal.b), X(deal.better.a), Y(deal.better.b), DEAL_COLOURS.deal, 1.5 * k, 4 * k);
      along(X(deal.a), Y(deal.b), X(deal.better.a), Y(deal.better.b));
    }
    if (space.nash) around(X(space.nash.a), Y(space.nash.b), 9 * k);
    if (original) around(X(original.a), Y(original.b), 8 * k);
    around(X(deal.a), Y(deal.b), ring + 3 * k);
    const place = (t: Phaser.GameObjects.Text, x: number, y: number, r: number) => {
      this.labelOverlap += label(t, x, y, r, plot, marks);
      marks.push({ x: t.x, y: t.y, w: t.width, h: t.height });
    };
    // The Nash point: a diamond.
    if (space.nash) {
      const { a, b } = space.nash;
      g.fillStyle(DEAL_COLOURS.nash, 1);
      g.fillPoints(
        [
          new Phaser.Math.Vector2(X(a), Y(b) - 8 * k),
          new Phaser.Math.Vector2(X(a) + 8 * k, Y(b)),
          new Phaser.Math.Vector2(X(a), Y(b) + 8 * k),
          new Phaser.Math.Vector2(X(a) - 8 * k, Y(b)),
        ],
        true,
      );
    }
    // The game a branch came from: a hollow square.
    if (original) {
      g.lineStyle(2.5 * k, DEAL_COLOURS.deal, 1);
      g.strokeRect(X(original.a) - 7 * k, Y(original.b) - 7 * k, 14 * k, 14 * k);
    }
    // The signed outcome: a hollow ring, drawn last of the marks and wide enough that an offer's circle or square
    // at the same place (the offer signed last is often there) shows whole inside it; a dark edge on each side
    // keeps it apart from that mark and from the dots.
    g.lineStyle(6 * k, COLOURS.background, 1);
    g.strokeCircle(X(deal.a), Y(deal.b), ring);
    g.lineStyle(3 * k, DEAL_COLOURS.deal, 1);
    g.strokeCircle(X(deal.a), Y(deal.b), ring);
    // Labels last, the outcome's first, each clear of every mark and of the labels placed before it.
    place(text(0, 0, 'Outcome', INK.primary), X(deal.a), Y(deal.b), ring + 4 * k);
    if (space.nash) place(text(0, 0, 'Nash', INK.primary), X(space.nash.a), Y(space.nash.b), 10 * k);
    if (original) place(text(0, 0, 'First game', INK.primary), X(original.a), Y(original.b), 10 * k);
  }

  private keep<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.objects.push(o);
    return o;
  }
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Places a label beside its point (at distance r), inside the plot: of eight places around the point, then the same
 * eight at two, three and four times the distance, the first that covers no mark, else the one that covers least.
 * Returns how much it covers.
 */
function label(
  t: Phaser.GameObjects.Text,
  x: number,
  y: number,
  r: number,
  plot: Rect,
  marks: readonly Rect[],
): number {
  const { width: w, height: h } = t;
  const around = (d: number): [number, number][] => [
    [x + d, y - h / 2],
    [x + d, y + d / 2],
    [x + d, y - d / 2 - h],
    [x - d - w, y - h / 2],
    [x - d - w, y + d / 2],
    [x - d - w, y - d / 2 - h],
    [x - w / 2, y + d],
    [x - w / 2, y - d - h],
  ];
  const candidates = [1, 2, 3, 4].flatMap((k) => around(k * r));
  const inside = ([cx, cy]: [number, number]): [number, number] => [
    Math.max(plot.x, Math.min(cx, plot.x + plot.w - w)),
    Math.max(plot.y, Math.min(cy, plot.y + plot.h - h)),
  ];
  const overlap = ([cx, cy]: [number, number]) =>
    marks.reduce(
      (sum, m) =>
        sum +
        Math.max(0, Math.min(cx + w, m.x + m.w) - Math.max(cx, m.x)) *
          Math.max(0, Math.min(cy + h, m.y + m.h) - Math.max(cy, m.y)),
      0,
    );
  let best = inside(candidates[0] ?? [x, y]);
  let least = Infinity;
  for (const c of candidates.map(inside)) {
    const o = overlap(c);
    if (o < least) [best, least] = [c, o];
    if (o === 0) break;
  }
  t.setPosition(best[0], best[1]);
  return least;
}

function dashed(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  colour: number,
  width: number,
  dash: number,
): void {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return;
  g.lineStyle(width, colour, 1);
  const steps = Math.floor(length / (2 * dash));
  for (let i = 0; i <= steps; i++) {
    const s = (2 * i * dash) / length;
    const e = Math.min(1, ((2 * i + 1) * dash) / length);
    if (s >= 1) break;
    g.lineBetween(x1 + (x2 - x1) * s, y1 + (y2 - y1) * s, x1 + (x2 - x1) * e, y1 + (y2 - y1) * e);
  }
}

/** An axis range on round numbers (steps of 5, 10 or 20) that holds [lo, hi]. */
export function niceRange(lo: number, hi: number): { min: number; max: number; step: number } {
  const span = Math.max(1, hi - lo);
  const step = span > 80 ? 20 : span > 30 ? 10 : 5;
  const min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  if (max === min) max = min + step;
  return { min, max, step };
}
