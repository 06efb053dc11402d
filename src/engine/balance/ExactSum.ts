/**
 * An exact sum of doubles (Shewchuk's non-overlapping partials, as in
 * Python's math.fsum): the value is the correctly rounded sum of everything
 * added, whatever the order of the additions or merges. That is what lets a
 * run on 1 worker, 8 workers or 40 shards give byte-identical statistics:
 * plain floating-point sums would differ in the last bits with the order.
 * The partials stay few (usually 1–3) and are plain numbers, so they
 * serialise to JSON exactly.
 */
import { at } from '../util/at';

export class ExactSum {
  private readonly partials: number[];

  constructor(partials: readonly number[] = []) {
    this.partials = [];
    for (const p of partials) this.add(p);
  }

  add(value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`ExactSum takes finite numbers only, not ${value}`);
    const partials = this.partials;
    let x = value;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      const partial = partials[j];
      if (partial === undefined) throw new RangeError(`No partial at index ${j}.`);
      let y = partial;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }

  merge(other: ExactSum): void {
    for (const p of other.partials) this.add(p);
  }

  /** The correctly rounded total (round-half-even, as the exact sum would round). */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = at(p, --n, 'partial');
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = at(p, --n, 'partial');
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way cases: the partials below decide which way hi + lo rounds.
    if (n > 0 && ((lo < 0 && at(p, n - 1, 'partial') < 0) || (lo > 0 && at(p, n - 1, 'partial') > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    // An exact zero has no sign: -0 + 0 would otherwise give -0 or 0 with the order of the additions.
    return hi === 0 ? 0 : hi;
  }

  /**
   * A canonical form of the exact sum: its rounded value, then the rounded
   * value of what is left, and so on — the same numbers for the same total,
   * whatever the additions were, so saved states compare byte for byte.
   */
  toJSON(): number[] {
    const rest = new ExactSum(this.partials);
    const out: number[] = [];
    for (let v = rest.value(); v !== 0 && out.length < 64; v = rest.value()) {
      out.push(v);
      rest.add(-v);
    }
    return out;
  }
}
