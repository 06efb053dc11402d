/**
 * A class's turn as the student's table says it (docs/classroom.md): what
 * End week says once the student has ended their turn, the note beside it,
 * the state of the connection, and the turn's time left. Words only: the
 * server decides when the week is played.
 */
import { joinNames } from '../engine/index';
import type { ClassSeatState, TableUi } from './AppState';

export interface ClassTurnWords {
  /** End week's words while it waits (null: the student may still end their turn). */
  readonly waiting: string | null;
  readonly note: string;
  /** The connection, when it is not made (null when it is). */
  readonly link: string | null;
}

export function classTurnWords(seat: ClassSeatState | null, ui: TableUi, unit: string): ClassTurnWords | null {
  if (!seat) return null;
  const waiting = seat.ended
    ? seat.waitingFor.length > 0
      ? `Waiting for ${joinNames(seat.waitingFor)}…`
      : `Playing the ${unit}…`
    : ui.resolving
      ? 'Sending your orders…'
      : null;
  const link =
    seat.link === 'connected'
      ? null
      : seat.link === 'closed'
        ? (seat.closedWhy ?? 'The connection to your table is closed.')
        : seat.link === 'connecting'
          ? 'Connecting to your table…'
          : 'Connection lost: reconnecting… Your orders are kept.';
  return {
    waiting,
    note: seat.ended
      ? `Your orders are in. The ${unit} is played when everyone at your table has ended their turn.`
      : `Classmates or the computer play the other sides; the ${unit} is played when everyone at your table has ended their turn.`,
    link,
  };
}

/** The turn's time left, in words ("2:05 left in this turn"), or null when the class sets no time. */
export function turnClock(seat: ClassSeatState | null, now: number): string | null {
  if (!seat || seat.turnEndsAt === null || seat.ended) return null;
  const seconds = Math.max(0, Math.round((seat.turnEndsAt - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left in this turn`;
}
