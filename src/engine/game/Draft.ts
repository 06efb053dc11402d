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
  // Written out, not `{ ...state, … }` then overwritten: the keys in GameState's order (createGame's), without a
  // generic object spread and array iterators, on every week of every game (−0.9% instructions a lab game).
  return {
    seed: state.seed,
    week: state.week,
    values: state.values.slice(),
    levers: state.levers.slice(),
    inbox: state.inbox.slice(),
    readyWeek: state.readyWeek.slice(),
    redLines: rowsOf(state.redLines),
    estimates: rowsOf(state.estimates),
    costliest: rowsOf(state.costliest),
    importance: rowsOf(state.importance),
    fired: state.fired.slice(),
    temperament: state.temperament.slice(),
    horizon: state.horizon.slice(),
    ended: state.ended ? { ...state.ended } : null,
  };
}

/** A copy of each row, in a new list. */
function rowsOf<T>(rows: readonly (readonly T[])[]): T[][] {
  const copy: T[][] = [];
  for (const row of rows) copy.push(row.slice());
  return copy;
}
