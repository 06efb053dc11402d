/**
 * A balance worker thread: compiles the scenario once per sweep step, then
 * plays the chunks of units the pool sends and returns their statistics
 * (as JSON-ready data) and games.jsonl lines.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol';
import { BalanceRunner, runStatsToJson } from '../../engine/authoring';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const data = workerData as WorkerData;
const runner = new BalanceRunner(data.source, data.file, data.plan, data.defaultPolicy);
const reply = (message: WorkerReply) => port.postMessage(message);

/** Games between progress messages. */
const PROGRESS_EVERY = 50;

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'stop') {
    port.close();
    return;
  }
  try {
    const lines: string[] = [];
    let played = 0;
    let reported = 0;
    // Progress in batches: a message per game woke the main thread a thousand times a second, on a core the
    // other worker needs. The rest of the chunk's games are counted with its result.
    const stats = runner.run(message.from, message.to, data.lines ? (line) => lines.push(line) : undefined, (games) => {
      played = games;
      if (games - reported < PROGRESS_EVERY) return;
      reply({ type: 'progress', games: games - reported });
      reported = games;
    });
    reply({ type: 'done', chunk: message.chunk, played: played - reported, stats: runStatsToJson(stats), lines });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
