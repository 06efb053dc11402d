/**
 * What a benchmark is, and how one is timed. A benchmark is a small module
 * exporting a `Benchmark`; src/cli/bench.ts runs every registered one and
 * prints one table. A missed target is reported, never a failure; a
 * benchmark that throws (could not run) makes the exit code 1.
 */

/** One line of the table: a timing summary in milliseconds. */
export interface BenchRow {
  readonly name: string;
  readonly runs: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  /** The figure the median should not exceed, when there is one. */
  readonly targetMs?: number;
}

/**
 * A figure measured against a target of its own unit (games/s, ×, MB…):
 * the median and spread of its runs, the target and, where one is set, the
 * floor below which it is a failure rather than work still to do. The median
 * is judged, or the 90th percentile where the target is one (a wait that
 * must be short nine times in ten).
 */
export interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly runs: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  /** Whether larger is better (games/s, speed-ups) or smaller (times, memory). */
  readonly higherIsBetter: boolean;
  readonly target: number;
  readonly floor?: number;
  /** Which statistic the target is for: the median unless said. */
  readonly judged?: 'median' | 'p90';
}

/** A figure's median, p10 and p90 from its samples. */
export function figure(
  name: string,
  unit: string,
  samples: readonly number[],
  goal: {
    readonly higherIsBetter: boolean;
    readonly target: number;
    readonly floor?: number;
    readonly judged?: 'median' | 'p90';
  },
): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    unit,
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    ...goal,
  };
}

/** Whether a figure's judged statistic (its median, or its p90) meets its target ('met'), only its floor ('floor') or neither. */
export function verdict(f: Figure): 'met' | 'floor' | 'MISSED' {
  const value = f.judged === 'p90' ? f.p90 : f.median;
  const reaches = (goal: number) => (f.higherIsBetter ? value >= goal : value <= goal);
  return reaches(f.target) ? 'met' : f.floor !== undefined && reaches(f.floor) ? 'floor' : 'MISSED';
}

export interface BenchResult {
  readonly rows: readonly BenchRow[];
  /** Figures with targets in their own units (throughput, ratios, memory). */
  readonly figures?: readonly Figure[];
  /** Anything the reader should know (what was measured, fallbacks). */
  readonly notes: readonly string[];
}

export interface Benchmark {
  readonly name: string;
  /** Synchronous for in-process timings; a promise for benchmarks that drive a browser. */
  run(): BenchResult | Promise<BenchResult>;
}

export interface MeasureOptions {
  readonly warmup: number;
  readonly runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times, each timed alone with performance.now(). */
export function measure(
  name: string,
  fn: () => unknown,
  { warmup, runs }: MeasureOptions,
  targetMs?: number,
): BenchRow {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += fn() === undefined ? 0 : 1;
    samples.push(performance.now() - start);
  }
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return timingRow(name, samples, targetMs);
}

/** A timing row of samples in milliseconds: their median, p10 and p90 (and the target, when it has one). */
export function timingRow(name: string, samples: readonly number[], targetMs?: number): BenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    ...(targetMs === undefined ? {} : { targetMs }),
  };
}

/** Quantile of sorted samples, interpolating linearly between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  const below = sorted[lo];
  const above = sorted[hi];
  // q outside [0, 1] has no neighbours: NaN, as an empty sample.
  if (below === undefined || above === undefined) return NaN;
  return below + (above - below) * (position - lo);
}
