/**
 * Streamed, mergeable moments of one quantity: count, exact sum, exact sum
 * of squares, min and max. Never the values themselves, so memory stays flat
 * however many games are played; merging two is exact and order-free.
 */
import { ExactSum } from './ExactSum';

export interface MomentsJson {
  readonly n: number;
  readonly sum: readonly number[];
  readonly sumSq: readonly number[];
  readonly min: number | null;
  readonly max: number | null;
}

export class Moments {
  n = 0;
  readonly sum: ExactSum;
  readonly sumSq: ExactSum;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(json?: MomentsJson) {
    this.sum = new ExactSum(json?.sum);
    this.sumSq = new ExactSum(json?.sumSq);
    if (json) {
      this.n = json.n;
      this.min = json.min ?? Number.POSITIVE_INFINITY;
      this.max = json.max ?? Number.NEGATIVE_INFINITY;
    }
  }

  add(x: number): void {
    this.n++;
    this.sum.add(x);
    this.sumSq.add(x * x);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  merge(other: Moments): void {
    this.n += other.n;
    this.sum.merge(other.sum);
    this.sumSq.merge(other.sumSq);
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  mean(): number {
    return this.n === 0 ? Number.NaN : this.sum.value() / this.n;
  }

  /** Sample variance (n − 1); 0 for a single value, NaN for none. */
  variance(): number {
    if (this.n === 0) return Number.NaN;
    if (this.n === 1) return 0;
    const s = this.sum.value();
    return Math.max(0, (this.sumSq.value() - (s * s) / this.n) / (this.n - 1));
  }

  toJSON(): MomentsJson {
    return {
      n: this.n,
      sum: this.sum.toJSON(),
      sumSq: this.sumSq.toJSON(),
      min: this.n === 0 ? null : this.min,
      max: this.n === 0 ? null : this.max,
    };
  }
}
