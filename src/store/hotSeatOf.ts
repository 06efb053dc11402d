/**
 * Several players on one device (hot-seat), as the screens may know it: who
 * plays here, whose turn it is and who has ended theirs — public facts only,
 * never a seat's orders or view, so the hand-over screen can name the next
 * player while nothing of the previous one is in the state.
 */
import { possessive, theName, type ActorIndex } from '../engine/index';
import type { GameSession } from './GameSession';

export interface HotSeat {
  /** Every seat played by a person on this device, in the order of their turns. */
  readonly seats: readonly {
    readonly actor: ActorIndex;
    readonly name: string;
    /** The name inside a sentence: "the United States". */
    readonly called: string;
  }[];
  /** The seat whose turn it is (after the ending: whose debrief is shown). */
  readonly turn: ActorIndex;
  /** The seats that have ended their turn this week. */
  readonly done: readonly ActorIndex[];
  readonly week: number;
  readonly weeks: number;
  /** The scenario's word for a turn ('week', 'day'…). */
  readonly unit: string;
}

/** The hot-seat part of the state for `session` (null for one player). */
export function hotSeatOf(session: GameSession): HotSeat | null {
  if (!session.hotSeat) return null;
  const view = session.view;
  const { actors, turns } = view.scenario;
  return {
    seats: session.humans.map((actor) => {
      const who = actors[actor];
      return { actor, name: who?.name ?? '', called: who ? theName(who) : '' };
    }),
    turn: session.ended ? session.seat : (session.turn ?? session.seat),
    done: session.done,
    week: view.week,
    weeks: turns.count,
    unit: turns.unit,
  };
}

/**
 * What "End week" does for the seat at the device, when it is not the week's end: with several players here, every
 * player but the last ends only their own turn (null: the last, whose button ends the week as for one player).
 */
export function endTurnWords(hot: HotSeat | null): string | null {
  if (!hot) return null;
  const waiting = hot.seats.filter((s) => s.actor !== hot.turn && !hot.done.includes(s.actor));
  const me = hot.seats.find((s) => s.actor === hot.turn);
  return waiting.length > 0 && me ? `End ${possessive(me.called)} turn →` : null;
}
