/**
 * npm run bench — runs every registered benchmark and prints one table:
 * median, p10 and p90 in milliseconds, the number of runs, and whether the
 * median meets its target. A benchmark prints; it never fails the run.
 * To add one, write src/cli/bench/<name>Bench.ts exporting a `Benchmark` and
 * add it to BENCHMARKS below.
 */
import { availableParallelism } from 'node:os';
import type { Benchmark, BenchRow } from './bench/benchmark';
import { gamesBench } from './bench/gamesBench';
import { loadBench } from './bench/loadBench';
import { ttiBench } from './bench/ttiBench';

const BENCHMARKS: readonly Benchmark[] = [loadBench, gamesBench, ttiBench];

const ms = (x: number) => `${x.toFixed(2)} ms`;

function formatRows(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'runs', 'median', 'p10', 'p90', 'target', ''];
  const body = rows.map((r) => [
    r.name,
    String(r.runs),
    ms(r.median),
    ms(r.p10),
    ms(r.p90),
    r.targetMs === undefined ? '' : `≤ ${r.targetMs} ms`,
    r.targetMs === undefined ? '' : r.median <= r.targetMs ? 'met' : 'MISSED',
  ]);
  // Every row has the header's cells; a missing one would count as blank and an extra one go unpadded.
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  process.stdout.write(
    `Parley benchmarks — Node ${process.version}, ${availableParallelism()} CPU(s); times in milliseconds, lower is better.\n\n`,
  );
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const bench of BENCHMARKS) {
    try {
      const result = await bench.run();
      rows.push(...result.rows);
      notes.push(...result.notes.map((n) => `${bench.name}: ${n}`));
    } catch (error) {
      notes.push(`${bench.name}: could not run (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  process.stdout.write(`${formatRows(rows)}\n`);
  if (notes.length > 0) process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  const missed = rows.filter((r) => r.targetMs !== undefined && r.median > r.targetMs);
  process.stdout.write(
    missed.length === 0
      ? '\nAll targets met.\n'
      : `\n${missed.length} target(s) missed (figures on a busy machine vary; rerun before concluding).\n`,
  );
}

await main();
