/**
 * The engine worker: answers requests (engineProtocol.ts) with the engine,
 * one at a time, off the page's thread, so the page stays responsive while
 * the AI seats decide. Started by workerClient.ts.
 */
import { answer, engineCalls } from './engineCalls';
import type { EngineReply, EngineRequest } from './engineProtocol';

const calls = engineCalls();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(reply: EngineReply): void;
};
scope.onmessage = ({ data }) => scope.postMessage(answer(calls, data));
