/**
 * A week is resolved on a private, mutable copy of the state (one copy per
 * week keeps the hot path free of per-event allocation); callers only ever
 * see frozen-by-type GameStates.
 */
import type { GameState } from './GameState';

/** Deeply writable; mapped types keep arrays and tuples as they are, and numbers (branded indices too) stay numbers. */
export type Mutable<T> = T extends number ? T : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

export type Draft = Mutable<GameState>;

export function draftOf(state: GameState): Draft {
  return {
    ...state,
    values: [...state.values],
    levers: state.levers.map((l) => ({ ...l })),
    inbox: [...state.inbox] as Draft['inbox'],
    readyWeek: [...state.readyWeek],
    redLines: state.redLines.map((byLever) => byLever.map((options) => [...options])),
    estimates: state.estimates.map((byTarget) =>
      byTarget.map((byLever) => byLever.map((i) => [i[0], i[1]] as [number, number])),
    ),
    costliest: state.costliest.map((row) => [...row]),
    importance: state.importance.map((row) => row.map((levers) => [...levers])),
    fired: [...state.fired],
    temperament: [...state.temperament],
    horizon: [...state.horizon],
    ended: state.ended ? { ...state.ended } : null,
  };
}
