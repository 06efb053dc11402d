/**
 * Runs a range of units on worker threads (or in-process with 0 workers).
 * The range is cut into chunks handed out as workers free up; results are
 * committed strictly in chunk order, so games.jsonl is the same file for any
 * number of workers, and the statistics are the same numbers (their sums
 * are exact, see ExactSum). At most a few chunks per worker run ahead of the
 * oldest uncommitted one, so memory stays flat.
 */
import { Worker } from 'node:worker_threads';
import { bundleForNode } from '../bundleForNode';
import { useLabV8Flags } from './labV8Flags';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol';
import {
  at,
  BalanceRunner,
  type RunStats,
  type RunStatsJson,
  cellStatsFromJson,
  mergeCellStats,
  type BalancePlan,
} from '../../engine/authoring';

export interface PoolOptions {
  readonly workers: number;
  readonly source: string;
  readonly file: string;
  readonly plan: BalancePlan;
  readonly defaultPolicy: string;
  readonly from: number;
  readonly to: number;
  /** Receives games.jsonl lines in unit order; omit to skip them. */
  readonly onLines?: (lines: readonly string[]) => void;
  readonly onProgress?: (games: number) => void;
}

/**
 * The range cut into chunks that shrink as the run goes on (guided self-scheduling): each is a quarter of what is
 * left per worker, between a floor (so that the last chunks are short and the workers finish nearly together, rather
 * than one idling through another's whole last chunk) and a ceiling (never a huge buffer of lines).
 */
export function chunksOf(from: number, to: number, workers: number, cells: number): [number, number][] {
  const w = Math.max(1, workers);
  const ceiling = Math.max(1, Math.floor(2000 / Math.max(1, cells)));
  const floor = Math.min(ceiling, Math.max(1, Math.ceil((to - from) / (w * 100))));
  const chunks: [number, number][] = [];
  for (let start = from; start < to;) {
    const size = Math.min(ceiling, Math.max(floor, Math.ceil((to - start) / (w * 4))));
    const end = Math.min(to, start + size);
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

export function mergeRunStats(into: RunStats, from: RunStats): void {
  from.forEach((cells, step) => {
    if (!cells) return;
    while (into.length <= step) into.push(null);
    const target = into[step];
    if (!target) {
      into[step] = cells;
      return;
    }
    cells.forEach((c, i) => mergeCellStats(at(target, i, 'population statistics'), c));
  });
}

export const runStatsFromJson = (json: RunStatsJson): RunStats =>
  json.map((cells) => cells && cells.map(cellStatsFromJson));

export async function runPool(options: PoolOptions): Promise<RunStats> {
  const { plan, from, to } = options;
  const chunks = chunksOf(from, to, options.workers, plan.cells.length);
  const total: RunStats = [];
  useLabV8Flags();
  if (options.workers <= 0) {
    const runner = new BalanceRunner(options.source, options.file, plan, options.defaultPolicy);
    let done = 0;
    for (const [a, b] of chunks) {
      const lines: string[] = [];
      const stats = runner.run(a, b, options.onLines ? (line) => lines.push(line) : undefined, (games) =>
        options.onProgress?.(done + games),
      );
      done += (b - a) * plan.cells.length;
      mergeRunStats(total, stats);
      options.onLines?.(lines);
    }
    return total;
  }
  // The worker's script: worker.js beside this file once built, else worker.ts bundled with the engine.
  const entry = await bundleForNode(
    new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
  );
  try {
    return await runOnWorkers(options, chunks, total, entry.url);
  } finally {
    await entry.cleanup();
  }
}

function runOnWorkers(
  options: PoolOptions,
  chunks: readonly (readonly [number, number])[],
  total: RunStats,
  entry: URL,
): Promise<RunStats> {
  const count = Math.min(options.workers, Math.max(1, chunks.length));
  const data: WorkerData = {
    source: options.source,
    file: options.file,
    plan: options.plan,
    defaultPolicy: options.defaultPolicy,
    lines: options.onLines !== undefined,
  };
  const ahead = count * 4;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const pending = new Map<number, { stats: RunStatsJson; lines: readonly string[] }>();
    let next = 0;
    let committed = 0;
    let played = 0;
    let failed = false;
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const fail = (error: Error) => {
      if (!failed) {
        failed = true;
        stopAll();
        reject(error);
      }
    };
    const send = (worker: Worker, message: WorkerRequest) => worker.postMessage(message);
    const feed = (worker: Worker) => {
      const chunk = chunks[next];
      if (chunk && next < committed + ahead) {
        const [a, b] = chunk;
        send(worker, { type: 'chunk', chunk: next++, from: a, to: b });
        return true;
      }
      return false;
    };
    const idle: Worker[] = [];
    const commit = () => {
      for (let done = pending.get(committed); done !== undefined; done = pending.get(committed)) {
        const { stats, lines } = done;
        pending.delete(committed);
        mergeRunStats(total, runStatsFromJson(stats));
        if (lines.length > 0) options.onLines?.(lines);
        committed++;
      }
      while (idle.length > 0) {
        const worker = idle[idle.length - 1];
        if (!worker || !feed(worker)) break;
        idle.pop();
      }
      if (committed === chunks.length) {
        for (const w of workers) send(w, { type: 'stop' });
        resolve(total);
      }
    };
    for (let i = 0; i < count; i++) {
      // No execArgv: the bundle is plain JavaScript, and a worker would otherwise inherit the command's own loader
      // (tsx's hooks), which costs each worker about a third of a second to start and then reads the bundle through.
      const worker = new Worker(entry, { workerData: data, execArgv: [] });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        switch (reply.type) {
          case 'progress':
            played += reply.games;
            options.onProgress?.(played);
            break;
          case 'done':
            played += reply.played;
            options.onProgress?.(played);
            pending.set(reply.chunk, { stats: reply.stats, lines: reply.lines });
            if (!feed(worker)) idle.push(worker);
            commit();
            break;
          case 'error':
            fail(new Error(`a balance worker failed: ${reply.message}`));
            break;
        }
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && committed < chunks.length) fail(new Error(`a balance worker exited with code ${code}`));
      });
      if (!feed(worker)) idle.push(worker);
    }
    if (chunks.length === 0) commit();
  });
}
