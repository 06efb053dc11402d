/**
 * The engine in a Web Worker (engineWorker.ts), asked through the protocol of
 * engineProtocol.ts. The worker is started on the first call, so the first
 * screen does not load it. If it cannot start or dies, every waiting call and
 * every later one fails with the reason, which the store reports.
 */
import type { AnswerOf, ArgOf, EngineCall, EngineClient, EngineReply, EngineRequest } from './engineProtocol';

interface Waiting {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

export function workerClient(start: () => Worker): EngineClient {
  let worker: Worker | null = null;
  let broken: Error | null = null;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  const breakDown = (why: string) => {
    broken = new Error(why);
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    worker = start();
    worker.addEventListener('message', ({ data }: MessageEvent<EngineReply>) => {
      const w = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) w?.resolve(data.answer);
      else w?.reject(new Error(data.message));
    });
    worker.addEventListener('error', (e) => breakDown(e.message || 'The engine worker stopped.'));
    worker.addEventListener('messageerror', () =>
      breakDown('The engine worker sent a message that could not be read.'),
    );
    return worker;
  };

  return {
    call<K extends EngineCall>(call: K, arg: ArgOf<K>): Promise<AnswerOf<K>> {
      return new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        const id = ++next;
        waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject });
        try {
          started().postMessage({ id, call, arg } as EngineRequest);
        } catch (error) {
          breakDown(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
