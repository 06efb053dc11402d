/**
 * What the engine worker can be asked, and how (docs/architecture.md, "How a
 * week flows"). One method of EngineCalls per kind of request, with its
 * argument and its answer, all plain data (structured-cloneable): a request
 * names its call and carries an id; the reply carries the same id and the
 * answer, or the message of what went wrong. To add a kind of request, add a
 * method here and its handler in engineCalls.ts.
 */
import type { Action, ActorIndex, Game, GameRecord, PrecompiledScenario, WeekThatMattered } from '../engine/index';
import type { MaybePromise } from './MaybePromise';

/** One week to play: the game so far and the humans' orders; the AI seats are made from `seats` and `seed`, as at the game's start. */
export interface WeekRequest {
  /** The key `load` answered for the game's scenario. */
  readonly scenario: string;
  readonly game: Game;
  /** Actor id → 'human' or a policy id. */
  readonly seats: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly orders: readonly Action[];
}

export interface EngineCalls {
  /** Compiles a scenario and keeps it; answers the key later requests name it by (its scenarioHash). */
  load(scenario: PrecompiledScenario): string;
  /** One week: the humans' orders, every AI seat's decision, the resolution (playWeek). */
  playWeek(week: WeekRequest): Game;
  /** One week of a seat's game analysed for the debrief (weekThatMattered), asked week by week so the screen can show progress. */
  weekThatMattered(arg: {
    readonly scenario: string;
    readonly record: GameRecord;
    readonly seat: ActorIndex;
    readonly week: number;
  }): WeekThatMattered;
  /** A slice of the author's quick batch, seeds `from` to `to` − 1: per ending, its title and the games that ended in it. */
  quickBatch(arg: { readonly scenario: string; readonly from: number; readonly to: number }): {
    readonly title: string;
    readonly games: number;
  }[];
}

export type EngineCall = keyof EngineCalls;
export type ArgOf<K extends EngineCall> = Parameters<EngineCalls[K]>[0];
export type AnswerOf<K extends EngineCall> = ReturnType<EngineCalls[K]>;

export type EngineRequest = {
  readonly [K in EngineCall]: { readonly id: number; readonly call: K; readonly arg: ArgOf<K> };
}[EngineCall];

export type EngineReply =
  | { readonly id: number; readonly ok: true; readonly answer: AnswerOf<EngineCall> }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The engine as the store asks it: in this thread (an answer now) or in the worker (a promise). */
export interface EngineClient {
  call<K extends EngineCall>(call: K, arg: ArgOf<K>): MaybePromise<AnswerOf<K>>;
}
