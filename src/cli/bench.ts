/**
 * npm run bench — runs every registered benchmark and prints two tables:
 * timings (median, p10 and p90 in milliseconds, and the number of runs),
 * then every figure that has a target (timings with one included),
 * in its own unit, beside that target (and its floor, where one is set). The
 * machine's load average is printed before and after: figures taken on a busy
 * machine are slower than the code. A missed target is printed, never a
 * failure; a benchmark that cannot run at all (an error, not a figure) fails
 * the run with exit code 1 after the others have run, and a BENCH_ONLY that
 * names no benchmark exits 2 before any runs. To add one, write src/cli/bench/<name>Bench.ts exporting a `Benchmark`
 * and add it to BENCHMARKS below. BENCH_ONLY=name,name runs only those.
 */
import { availableParallelism, loadavg } from 'node:os';
import { verdict, type Benchmark, type BenchRow, type Figure } from './bench/benchmark';
import { balanceBench } from './bench/balanceBench';
import { classroomBench } from './bench/classroomBench';
import { classroomProcessesBench } from './bench/classroomProcessesBench';
import { endWeekBench } from './bench/endWeekBench';
import { gamesBench } from './bench/gamesBench';
import { labBench } from './bench/labBench';
import { loadBench } from './bench/loadBench';
import { movesBench } from './bench/movesBench';
import { quickBatchBench } from './bench/quickBatchBench';
import { ttiBench } from './bench/ttiBench';

const BENCHMARKS: readonly Benchmark[] = [
  loadBench,
  gamesBench,
  labBench,
  balanceBench,
  movesBench,
  ttiBench,
  endWeekBench,
  quickBatchBench,
  classroomBench,
  classroomProcessesBench,
];

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** A table of text: the first column left-aligned, the others right-aligned, a rule under the header. */
function formatTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  // Every row has the header's cells; a missing one would count as blank and an extra one go unpadded.
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The timings; those with a target are judged in the table of targets. */
const formatRows = (rows: readonly BenchRow[]): string =>
  formatTable(
    ['benchmark', 'runs', 'median', 'p10', 'p90'],
    rows.map((r) => [r.name, String(r.runs), ms(r.median), ms(r.p10), ms(r.p90)]),
  );

const number = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));

/** Timing rows with a target join the figures, so that every target is in one table. */
const asFigure = (r: BenchRow): Figure[] =>
  r.targetMs === undefined ? [] : [{ ...r, unit: 'ms', higherIsBetter: false, target: r.targetMs }];

function formatFigures(figures: readonly Figure[]): string {
  return formatTable(
    ['figure', 'runs', 'median', 'p10–p90', 'target', 'floor', ''],
    figures.map((f) => {
      const op = f.higherIsBetter ? '≥' : '≤';
      return [
        f.name,
        String(f.runs),
        `${number(f.median)} ${f.unit}`,
        f.runs > 1 ? `${number(f.p10)}–${number(f.p90)}` : '',
        `${f.judged === 'p90' ? 'p90 ' : ''}${op} ${number(f.target)} ${f.unit}`,
        f.floor === undefined ? '' : `${op} ${number(f.floor)}`,
        verdict(f),
      ];
    }),
  );
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(
      `BENCH_ONLY names no benchmark called ${unknown.map((n) => `"${n}"`).join(', ')}; the benchmarks are ${BENCHMARKS.map((b) => `"${b.name}"`).join(', ')}.\n`,
    );
    process.exitCode = 2;
    return;
  }
  process.stdout.write(
    `Parley benchmarks — Node ${process.version}, ${availableParallelism()} CPU(s), load average ${load()} (1, 5, 15 min).\n\n`,
  );
  const rows: BenchRow[] = [];
  const figures: Figure[] = [];
  const notes: string[] = [];
  const failed: string[] = [];
  for (const bench of BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
    try {
      const result = await bench.run();
      rows.push(...result.rows);
      figures.push(...result.rows.flatMap(asFigure), ...(result.figures ?? []));
      notes.push(...result.notes.map((n) => `${bench.name}: ${n}`));
    } catch (error) {
      failed.push(bench.name);
      notes.push(`${bench.name}: could not run (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  process.stdout.write(`Timings (milliseconds, lower is better)\n\n${formatRows(rows)}\n`);
  process.stdout.write(`\nTargets\n\n${formatFigures(figures)}\n`);
  if (notes.length > 0) process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  const missed = figures.filter((f) => verdict(f) !== 'met');
  const verdicts = [
    missed.length === 0
      ? failed.length === 0
        ? 'All targets met.'
        : `All ${figures.length} target(s) measured were met.`
      : `${missed.length} of ${figures.length} target(s) not met (figures on a busy machine vary; rerun before concluding).`,
  ];
  // A benchmark that could not run is an error, not a figure: the run fails.
  if (failed.length > 0) {
    verdicts.push(`${failed.length} benchmark(s) could not run: ${failed.join(', ')} (see above).`);
    process.exitCode = 1;
  }
  process.stdout.write(`\nLoad average at the end: ${load()}. ${verdicts.join(' ')}\n`);
}

await main();
