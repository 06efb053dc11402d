/**
 * A week is resolved on a private, mutable copy of the state (one copy per
 * week keeps the hot path free of per-event allocation); callers only ever
 * see frozen-by-type GameStates. The copy goes as deep as applyEvent writes:
 * it writes into the arrays copied here, and replaces — never changes — the
 * objects inside them (a lever's state, a list of red lines or of levers
 * learnt, one observer's estimates of one target), so those are shared with
 * the state they came from.
 */
import type { GameEnd, GameState, Interval, LeverState, Package } from './GameState';
import type { LeverIndex, OptionIndex } from './ids';

/** Writable arrays of readonly elements, as deep as draftOf copies. */
export interface Draft {
  seed: number;
  week: number;
  values: number[];
  levers: LeverState[];
  inbox: Package[];
  readyWeek: number[];
  redLines: (readonly OptionIndex[])[][];
  /** Copied one level less deep than the rest: a week narrows few rows, and applyEvent replaces those it writes. */
  estimates: (readonly Interval[])[][];
  costliest: (LeverIndex | -1)[][];
  importance: (readonly LeverIndex[])[][];
  fired: number[];
  temperament: number[];
  horizon: number[];
  ended: GameEnd | null;
}

export function draftOf(state: GameState): Draft {
  return {
    ...state,
    values: [...state.values],
    levers: [...state.levers],
    inbox: [...state.inbox],
    readyWeek: [...state.readyWeek],
    redLines: state.redLines.map((byLever) => [...byLever]),
    estimates: state.estimates.map((byTarget) => [...byTarget]),
    costliest: state.costliest.map((row) => [...row]),
    importance: state.importance.map((row) => [...row]),
    fired: [...state.fired],
    temperament: [...state.temperament],
    horizon: [...state.horizon],
    ended: state.ended ? { ...state.ended } : null,
  };
}
