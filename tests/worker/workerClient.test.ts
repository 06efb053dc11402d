// The store's side of the engine worker: the worker starts on the first call
// (the first screen does not load it), each reply settles the call it answers,
// and a worker that stops fails every waiting and later call with the reason
// (the store says so) instead of leaving a week resolving for ever.
import { describe, expect, it } from 'vitest';
import type { EngineReply, EngineRequest } from '../../src/worker/engineProtocol';
import { workerClient } from '../../src/worker/workerClient';

/** A worker that holds the requests it is sent until the test answers them. */
class FakeWorker extends EventTarget {
  readonly requests: EngineRequest[] = [];
  postMessage(request: EngineRequest): void {
    this.requests.push(request);
  }
  reply(reply: EngineReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  die(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

function started(): { worker: FakeWorker; starts: () => number; client: ReturnType<typeof workerClient> } {
  const worker = new FakeWorker();
  let count = 0;
  const client = workerClient(() => {
    count++;
    return worker as unknown as Worker;
  });
  return { worker, starts: () => count, client };
}

describe('workerClient', () => {
  it('starts the worker on the first call, once, and settles each call with its own reply', async () => {
    const { worker, starts, client } = started();
    expect(starts()).toBe(0);
    const first = client.call('load', { file: 'a.yaml', input: {} as never, diagnostics: [] });
    const second = client.call('load', { file: 'b.yaml', input: {} as never, diagnostics: [] });
    expect(starts()).toBe(1);
    const [a, b] = worker.requests;
    worker.reply({ id: b?.id ?? -1, ok: true, answer: 'key-b' });
    worker.reply({ id: a?.id ?? -1, ok: false, message: 'a.yaml does not compile.' });
    await expect(second).resolves.toBe('key-b');
    await expect(first).rejects.toThrow('a.yaml does not compile.');
  });

  it('fails every waiting and later call when the worker stops', async () => {
    const { worker, client } = started();
    const waiting = client.call('load', { file: 'a.yaml', input: {} as never, diagnostics: [] });
    worker.die('out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    await expect(client.call('load', { file: 'a.yaml', input: {} as never, diagnostics: [] })).rejects.toThrow(
      'out of memory',
    );
    expect(worker.requests).toHaveLength(1);
  });
});
