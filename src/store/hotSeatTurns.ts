/**
 * A hot-seat game's week in a save (docs/model.md §7 for the rest of a save):
 * the orders of each human seat that has ended its turn, and the orders a
 * seat was drafting, by actor id. Read back, every order is checked again by
 * the rules against its own seat's view, as the single player's drafted
 * orders are; one the rules now refuse is dropped and reported.
 */
import type { Action, Refusal } from '../engine/index';
import type { GameSession } from './GameSession';

/** Actor id → that seat's orders this week, and whether it has ended its turn with them. */
export type SavedTurns = Readonly<Record<string, { readonly orders: readonly Action[]; readonly ended: boolean }>>;

/** The session's turns this week by actor id, for a save. */
export function savedTurnsOf(session: GameSession): SavedTurns {
  const actors = session.view.scenario.actors;
  const turns: Record<string, { orders: readonly Action[]; ended: boolean }> = {};
  for (const [seat, turn] of session.turns) {
    const id = actors[seat]?.id;
    if (id !== undefined) turns[id] = { orders: turn.orders, ended: turn.ended };
  }
  return turns;
}

/** Whether `x` has the outer shape of saved turns (each order's own shape is checked by `isOrder`). */
export function isSavedTurns(x: unknown, isOrder: (order: unknown) => boolean): x is SavedTurns {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every((turn: unknown) => {
    const t = turn as { orders?: unknown; ended?: unknown } | null;
    return (
      typeof t === 'object' &&
      t !== null &&
      typeof t.ended === 'boolean' &&
      Array.isArray(t.orders) &&
      t.orders.every((o) => isOrder(o))
    );
  });
}

/**
 * Gives `session` back its week: each saved seat's turn, then `orders` (the draft of the seat whose turn it is),
 * each order checked by the rules. Answers the orders kept of the seat whose turn it is (which sits at the
 * device) and the first refusal met, if any. A seat no person plays in this game is ignored.
 */
export function restoreTurns(
  session: GameSession,
  turns: SavedTurns,
  orders: readonly Action[],
): { readonly kept: readonly Action[]; readonly dropped: Refusal | null } {
  let dropped: Refusal | null = null;
  if (session.ended) return { kept: [], dropped };
  const checked = (draft: readonly Action[]): Action[] => {
    const kept: Action[] = [];
    for (const action of draft) {
      const refusal = session.check(kept, action);
      if (refusal) dropped ??= refusal;
      else kept.push(action);
    }
    return kept;
  };
  const actors = session.view.scenario.actors;
  for (const [id, turn] of Object.entries(turns)) {
    const seat = actors.find((a) => a.id === id)?.index;
    if (seat === undefined || session.sit(seat) === false) continue;
    const kept = checked(turn.orders);
    if (turn.ended) session.endTurn(kept);
    else session.leave(kept);
  }
  const turn = session.turn ?? session.seat;
  const left = session.sit(turn) || [];
  return { kept: checked([...left, ...orders]), dropped };
}
