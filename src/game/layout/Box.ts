/** Axis-aligned boxes in CSS px and the collision checks the layout uses to keep labels apart. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function box(x: number, y: number, w: number, h: number): Box {
  return { x, y, w, h };
}

export function centredBox(cx: number, cy: number, w: number, h: number): Box {
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

/** Whether two boxes share any area, with `gap` px of clearance required between them. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.w <= outer.x + outer.w + 0.5 &&
    inner.y + inner.h <= outer.y + outer.h + 0.5
  );
}

export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** Boxes already taken; `place` returns the first candidate inside `bounds` that collides with none and takes it. */
export class Occupancy {
  private readonly taken: Box[] = [];

  constructor(
    private readonly bounds: Box,
    private readonly gap = 2,
  ) {}

  add(b: Box): void {
    this.taken.push(b);
  }

  fits(b: Box): boolean {
    return contains(this.bounds, b) && this.taken.every((t) => !overlaps(t, b, this.gap));
  }

  place(candidates: Iterable<Box>): Box | null {
    for (const c of candidates) {
      if (this.fits(c)) {
        this.taken.push(c);
        return c;
      }
    }
    return null;
  }
}
