/** The engine in the caller's thread, through the same calls as the worker: where there is no worker (Node, tests, a browser without one). */
import { engineCalls } from './engineCalls';
import type { AnswerOf, ArgOf, EngineCall, EngineClient } from './engineProtocol';

export function inProcessClient(): EngineClient {
  const calls = engineCalls();
  return {
    call<K extends EngineCall>(call: K, arg: ArgOf<K>): AnswerOf<K> {
      return (calls[call] as (arg: ArgOf<K>) => AnswerOf<K>)(arg);
    },
  };
}
