/**
 * Where the actors sit around the table: tokens on an ellipse with the seat
 * at the bottom ("your chair"), each with a name block (name, leader,
 * support; names wrap, never cut) placed beside it. Trust is drawn as lines
 * whose style carries the level; the numbers show only for the actor in
 * focus, so for each actor the layout places the numbers of its lines —
 * each on its half of the line, near the actor who holds that trust —
 * clear of every token and name block. Arrangements are tried best first,
 * and null means "does not fit".
 */
import type { TableModel } from '../../store/TableModel';
import { supportText } from '../../store/tableWords';
import type { Box } from './Box';
import { box, centredBox, Occupancy, union } from './Box';
import type { Typography } from './Typography';

export interface RingToken {
  readonly index: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** Radius of everything drawn round the token (the seat's ring). */
  readonly outer: number;
  readonly code: string;
  /** The "YOU" tag under the seat's token. */
  readonly badge: Box | null;
  /** Everything the token covers, badge included. */
  readonly box: Box;
}

export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Horizontal origin: 0 left-aligned at x, 0.5 centred, 1 right-aligned. */
  readonly ox: 0 | 0.5 | 1;
}

export interface RingBlock {
  readonly index: number;
  readonly box: Box;
  /** Name and leader, each wrapped onto as many lines as the block's width needs. */
  readonly name: TextLine;
  readonly leader: TextLine;
  readonly support: TextLine;
  readonly supportBar: Box;
}

export interface TrustHalf {
  readonly from: number;
  readonly to: number;
  /** From the holder's token centre to the midpoint of the line. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly value: number;
  /** Where the number goes while `from` is in focus, and while `to` is (each placed clear of the other numbers then shown). */
  readonly labelFrom: Box;
  readonly labelTo: Box;
  readonly text: string;
}

export interface RingLayout {
  readonly bounds: Box;
  readonly table: { readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number };
  readonly tokens: readonly RingToken[];
  readonly blocks: readonly RingBlock[];
  /** Every half line of trust, each with where its number goes when one of its two actors is in focus. */
  readonly trust: readonly TrustHalf[];
}

const SPREADS = [1, 0.88, 0.76, 0.64, 0.52, 0.4, 0.28];

/** With `force`, a layout is always returned, overlapping where nothing else fits (only for absurdly small canvases). */
export function layoutRing(
  bounds: Box,
  model: TableModel,
  typo: Typography,
  codes: readonly string[],
  force = false,
): RingLayout | null {
  const k = typo.scale;
  const n = model.actors.length;
  const widestCode = Math.max(0, ...codes.map((c) => typo.width(c, 'smallBold')));
  const rMin = Math.max(20 * k, widestCode / 2 + 6);
  const r0 = Math.max(rMin, Math.min(28 * k, Math.min(bounds.w, bounds.h) * 0.09));
  // Arrangements are ranked before any label is placed: tokens far apart leave room for the trust lines; bigger
  // tokens and the seat at the very bottom ("your chair") are preferred a little. A half-step rotation puts four
  // actors at the corners of a rectangle, which suits small boxes better than a diamond. The first that fits wins.
  const ranked: { arr: Arrangement; score: number }[] = [];
  for (const offset of n >= 2 ? [0, Math.PI / n] : [0]) {
    for (const r of [r0, Math.max(rMin, r0 * 0.85)]) {
      for (const maxBlock of [
        Math.min(170 * k, bounds.w * 0.5),
        Math.min(150 * k, bounds.w * 0.42),
        Math.min(120 * k, bounds.w * 0.34),
      ]) {
        for (const fx of SPREADS) {
          for (const fy of SPREADS) {
            const arr: Arrangement = { r, fx, fy, offset, maxBlock: Math.max(80, maxBlock) };
            const score = minDistance(centres(bounds, n, arr)) + 2 * r + (offset === 0 ? 6 : 0) + maxBlock / 100;
            ranked.push({ arr, score });
          }
        }
      }
    }
  }
  ranked.sort((a, b) => b.score - a.score);
  // Name blocks go outside the ring where any arrangement lets them: one set between the tokens covers the trust lines.
  for (const outward of [true, false]) {
    for (const { arr } of ranked) {
      const layout = attempt(bounds, model, typo, codes, arr, false, outward);
      if (layout) return layout;
    }
  }
  return force
    ? attempt(bounds, model, typo, codes, { r: rMin, fx: 0.6, fy: 0.6, offset: 0, maxBlock: 80 }, true)
    : null;
}

/** Token centres by seat slot (slot 0 is the seat). */
function centres(bounds: Box, n: number, arr: Arrangement): { cx: number; cy: number }[] {
  const cx0 = bounds.x + bounds.w / 2;
  const cy0 = bounds.y + bounds.h / 2;
  const rx = Math.max(0, (bounds.w / 2 - arr.r - 6) * arr.fx);
  const ry = Math.max(0, (bounds.h / 2 - arr.r - 6) * arr.fy);
  return Array.from({ length: n }, (_, j) => {
    if (n === 1) return { cx: cx0, cy: cy0 };
    const theta = Math.PI / 2 + arr.offset + (j * 2 * Math.PI) / n;
    return { cx: cx0 + rx * Math.cos(theta), cy: cy0 + ry * Math.sin(theta) };
  });
}

function minDistance(tokens: readonly { cx: number; cy: number }[]): number {
  let min = Number.POSITIVE_INFINITY;
  tokens.forEach((a, i) => {
    for (const b of tokens.slice(i + 1)) min = Math.min(min, Math.hypot(a.cx - b.cx, a.cy - b.cy));
  });
  return Number.isFinite(min) ? min : 0;
}

interface Arrangement {
  readonly r: number;
  /** Fractions of the largest horizontal and vertical radius. */
  readonly fx: number;
  readonly fy: number;
  /** Rotation of the whole ring, in radians. */
  readonly offset: number;
  readonly maxBlock: number;
}

function attempt(
  bounds: Box,
  model: TableModel,
  typo: Typography,
  codes: readonly string[],
  arr: Arrangement,
  force: boolean,
  outward = false,
): RingLayout | null {
  const { r, maxBlock } = arr;
  const { actors } = model;
  const n = actors.length;
  const seat = Math.max(
    0,
    actors.findIndex((a) => a.isSeat),
  );
  const cx0 = bounds.x + bounds.w / 2;
  const cy0 = bounds.y + bounds.h / 2;
  const rx = Math.max(0, (bounds.w / 2 - r - 6) * arr.fx);
  const ry = Math.max(0, (bounds.h / 2 - r - 6) * arr.fy);
  const occ = new Occupancy(bounds, 3);

  // Seat slot j holds actors[(seat + j) % n]: the seat first, then the others in order around the table.
  const bySlot = [...actors.slice(seat), ...actors.slice(0, seat)];
  const slots = centres(bounds, n, arr);
  const angle = new Map<number, number>();
  const tokens: RingToken[] = [];
  const seated: { readonly actor: (typeof actors)[number]; readonly token: RingToken }[] = [];
  for (const [j, actor] of bySlot.entries()) {
    const slot = slots[j];
    if (!slot) throw new RangeError(`No seat slot ${j} of ${n}.`);
    const { cx, cy } = slot;
    const theta = Math.PI / 2 + arr.offset + (j * 2 * Math.PI) / n;
    angle.set(actor.index, theta);
    // The seat's token is ringed 5 px further out (see RingView).
    const outer = actor.isSeat ? r + 5 : r;
    const disc = centredBox(cx, cy, 2 * outer, 2 * outer);
    let badge: Box | null = null;
    if (actor.isSeat) {
      const bw = typo.width('YOU', 'smallBold') + 10;
      badge = centredBox(cx, cy + r, bw, typo.line('smallBold'));
    }
    const t: RingToken = {
      index: actor.index,
      cx,
      cy,
      r,
      outer,
      code: codes[actor.index] ?? '?',
      badge,
      box: badge ? union(disc, badge) : disc,
    };
    if (!occ.fits(t.box) && !force) return null;
    occ.add(t.box);
    tokens.push(t);
    seated.push({ actor, token: t });
  }

  const lineName = typo.line('bodyBold');
  const lineSmall = typo.line('small');
  const barW = Math.round(28 * typo.scale);
  const blocks: RingBlock[] = [];
  for (const { actor, token: t } of seated) {
    const text = supportText(actor.support);
    const supportRow = typo.width(supportText(100), 'small') + 4 + barW;
    const width = Math.max(supportRow, maxBlock);
    const names = typo.wrap(actor.name, 'bodyBold', width);
    const leaders = typo.wrap(actor.leader, 'small', width);
    const bw = Math.max(supportRow, typo.widest(names, 'bodyBold'), typo.widest(leaders, 'small'));
    const bh = names.length * lineName + (leaders.length + 1) * lineSmall;
    const theta = angle.get(t.index) ?? Math.PI / 2;
    const placed = placeOrForce(occ, [...blockCandidates(t, theta, bw, bh, bounds, n, outward)], force);
    if (!placed) return null;
    blocks.push(blockAt(placed, t, names, leaders, text, typo, barW));
  }

  const tokenOf = new Map(tokens.map((t) => [t.index, t]));
  // Every actor got a token above.
  const withToken = actors.map((actor) => {
    const token = tokenOf.get(actor.index);
    if (!token) throw new RangeError(`No token for actor ${actor.index}.`);
    return { actor, token };
  });
  const still = [...tokens.map((t) => t.box), ...blocks.map((b) => b.box)];
  // The numbers shown with one actor in focus: its trust in each other (near it) and each other's in it (near them).
  const labelsFor = new Map<number, Map<string, Box>>();
  for (const { actor: f } of withToken) {
    const focusOcc = new Occupancy(bounds, 3);
    for (const b of still) focusOcc.add(b);
    const placed = new Map<string, Box>();
    for (const { actor: o } of withToken) {
      if (o.index === f.index) continue;
      for (const [a, b] of [
        [f.index, o.index],
        [o.index, f.index],
      ] as const) {
        const ta = tokenOf.get(a);
        const tb = tokenOf.get(b);
        if (!ta || !tb) continue;
        const text = String(Math.round(model.trust[a]?.[b] ?? 0));
        const label = trustLabel(focusOcc, ta, tb, typo.width(text, 'smallBold') + 10, typo.line('smallBold'));
        placed.set(`${a}:${b}`, label);
      }
    }
    labelsFor.set(f.index, placed);
  }
  const trust: TrustHalf[] = [];
  for (const { actor: a, token: ta } of withToken) {
    for (const { actor: b, token: tb } of withToken) {
      if (a.index === b.index) continue;
      const value = Math.round(model.trust[a.index]?.[b.index] ?? 0);
      const key = `${a.index}:${b.index}`;
      const labelFrom = labelsFor.get(a.index)?.get(key);
      const labelTo = labelsFor.get(b.index)?.get(key);
      if (!labelFrom || !labelTo) continue;
      trust.push({
        from: a.index,
        to: b.index,
        x1: ta.cx,
        y1: ta.cy,
        x2: (ta.cx + tb.cx) / 2,
        y2: (ta.cy + tb.cy) / 2,
        value,
        labelFrom,
        labelTo,
        text: String(value),
      });
    }
  }

  return {
    bounds,
    table: { cx: cx0, cy: cy0, rx: Math.max(rx * 0.62, r), ry: Math.max(ry * 0.55, r * 0.8) },
    tokens,
    blocks,
    trust,
  };
}

/** A's number on its half of the line to b, as near a as it fits clear of what is placed; on the half's middle if nowhere. */
function trustLabel(occ: Occupancy, ta: RingToken, tb: RingToken, w: number, h: number): Box {
  const dx = tb.cx - ta.cx;
  const dy = tb.cy - ta.cy;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const half = (Math.abs(ux) * w) / 2 + (Math.abs(uy) * h) / 2;
  // On a's half of the line, nearest a first; then beside it; then around a, turning away from the line.
  const candidates: Box[] = [];
  // Never past the middle: a number on the other half would read as the other actor's.
  const far = Math.min(len / 2, len - tb.outer - 2 - half);
  for (let d = ta.outer + 2 + half; d <= far; d += 3) candidates.push(centredBox(ta.cx + ux * d, ta.cy + uy * d, w, h));
  for (const side of [1, -1])
    for (let d = ta.outer + 2 + half; d <= far; d += 6)
      candidates.push(centredBox(ta.cx + ux * d - uy * side * (h + 2), ta.cy + uy * d + ux * side * (h + 2), w, h));
  const around = ta.outer + 4 + Math.max(w, h) / 2;
  for (const turn of [0.5, -0.5, 1, -1, 1.5, -1.5]) {
    const a = Math.atan2(dy, dx) + turn;
    candidates.push(centredBox(ta.cx + Math.cos(a) * around, ta.cy + Math.sin(a) * around, w, h));
  }
  const fallback = centredBox(ta.cx + dx / 4, ta.cy + dy / 4, w, h);
  return occ.place(candidates) ?? (occ.add(fallback), fallback);
}

function placeOrForce(occ: Occupancy, candidates: readonly Box[], force: boolean): Box | null {
  const placed = occ.place(candidates);
  const [first] = candidates;
  if (placed || !force || !first) return placed;
  occ.add(first);
  return first;
}

/** Outward from the table first, then below, above and to either side; each kept inside the bounds along its free axis. */
/** Where a token's name block may go, best first: away from the ring's centre, then (unless `outward`) towards it. */
function* blockCandidates(
  t: RingToken,
  theta: number,
  bw: number,
  bh: number,
  bounds: Box,
  n: number,
  outward: boolean,
): Generator<Box> {
  const gap = 4;
  const clampX = (x: number) => Math.min(Math.max(x, bounds.x), bounds.x + bounds.w - bw);
  const clampY = (y: number) => Math.min(Math.max(y, bounds.y), bounds.y + bounds.h - bh);
  const tb = t.box;
  const sides = {
    below: () => box(clampX(t.cx - bw / 2), tb.y + tb.h + gap, bw, bh),
    above: () => box(clampX(t.cx - bw / 2), tb.y - gap - bh, bw, bh),
    right: () => box(tb.x + tb.w + gap, clampY(t.cy - bh / 2), bw, bh),
    left: () => box(tb.x - gap - bw, clampY(t.cy - bh / 2), bw, bh),
  };
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const vertical = s >= 0 ? 'below' : 'above';
  const horizontal = c >= 0 ? 'right' : 'left';
  const order: (keyof typeof sides)[] =
    n === 1 || Math.abs(s) >= Math.abs(c) * 0.9
      ? [vertical, horizontal, vertical === 'below' ? 'above' : 'below']
      : [horizontal, vertical, vertical === 'below' ? 'above' : 'below'];
  for (const side of ['below', 'above', 'right', 'left'] as const) if (!order.includes(side)) order.push(side);
  for (const side of outward ? order.slice(0, 2) : order) yield sides[side]();
}

function blockAt(
  b: Box,
  t: RingToken,
  names: readonly string[],
  leaders: readonly string[],
  support: string,
  typo: Typography,
  barW: number,
): RingBlock {
  // Text hugs the token: left-aligned when the block is to its right, right-aligned to its left, else centred.
  const ox: 0 | 0.5 | 1 = b.x >= t.cx + t.r ? 0 : b.x + b.w <= t.cx - t.r ? 1 : 0.5;
  const x = ox === 0 ? b.x : ox === 1 ? b.x + b.w : b.x + b.w / 2;
  const lineName = typo.line('bodyBold');
  const lineSmall = typo.line('small');
  // The bar comes first so the number can change width while it tweens; the row reserves room for support at 100.
  const rowW = barW + 4 + typo.width(supportText(100), 'small');
  const rowX = ox === 0 ? b.x : ox === 1 ? b.x + b.w - rowW : b.x + (b.w - rowW) / 2;
  const barH = Math.max(5, Math.round(lineSmall * 0.4));
  const leaderY = b.y + names.length * lineName;
  const rowY = leaderY + leaders.length * lineSmall;
  return {
    index: t.index,
    box: b,
    name: { text: names.join('\n'), x, y: b.y, ox },
    leader: { text: leaders.join('\n'), x, y: leaderY, ox },
    support: { text: support, x: rowX + barW + 4, y: rowY, ox: 0 },
    supportBar: box(rowX, rowY + (lineSmall - barH) / 2, barW, barH),
  };
}
