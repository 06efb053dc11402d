/**
 * The engine's side of the protocol (engineProtocol.ts): the same engine
 * functions the rest of Parley calls, behind requests. It runs in the engine
 * worker and, where there is no worker (Node, tests), in the caller's thread;
 * same scenario, seed and orders give the same game either way.
 */
import {
  playWeek,
  quickBatch,
  scenarioFromPrecompiled,
  scenarioHash,
  seatPolicies,
  weekThatMattered,
  type Game,
  type Policy,
  type Scenario,
} from '../engine/index';
import type { EngineCalls, EngineReply, EngineRequest } from './engineProtocol';

export function engineCalls(): EngineCalls {
  const scenarios = new Map<string, Scenario>();
  // The AI seats of the game being played, made once for all its weeks.
  let seated: { readonly key: string; readonly policies: readonly (Policy | null)[] } | null = null;
  const loaded = (key: string): Scenario => {
    const scenario = scenarios.get(key);
    if (!scenario) throw new Error('The scenario of this game was not loaded.');
    return scenario;
  };

  return {
    load(precompiled) {
      const compiled = scenarioFromPrecompiled(precompiled);
      if (!compiled.ok) throw new Error(`${precompiled.file} does not compile.`);
      const key = scenarioHash(compiled.scenario);
      scenarios.set(key, compiled.scenario);
      return key;
    },
    playWeek({ scenario: key, game, seats, seed, orders }) {
      const scenario = loaded(key);
      const seatsKey = JSON.stringify([key, seats, seed]);
      if (seated?.key !== seatsKey) {
        const made = seatPolicies(scenario, seats, seed);
        if (!made.ok) throw new Error(`There is no player named ${made.unknown}.`);
        seated = { key: seatsKey, policies: made.policies };
      }
      return cloneable(playWeek(scenario, game, seated.policies, orders));
    },
    weekThatMattered: ({ scenario: key, record, seat, week }) => weekThatMattered(loaded(key), record, seat, week),
    quickBatch: ({ scenario: key, from, to }) => quickBatch(loaded(key), from, to),
  };
}

/** The reply to one request: its answer, or the message of what went wrong. */
export function answer(calls: EngineCalls, request: EngineRequest): EngineReply {
  try {
    const call = calls[request.call] as (arg: EngineRequest['arg']) => ReturnType<EngineCalls[typeof request.call]>;
    return { id: request.id, ok: true, answer: call(request.arg) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A refused order's refusal writes its message on first reading, from its prototype, which a structured clone drops: write it now. */
function cloneable(game: Game): Game {
  if (game.refused.length === 0) return game;
  return {
    ...game,
    refused: game.refused.map((r) => ({ ...r, refusal: { ...r.refusal, message: r.refusal.message } })),
  };
}
