/**
 * What a class server and the pages of a class say to each other
 * (docs/classroom.md): a student's seat update and refusals, and the
 * teacher's requests. Plain data, so that the server and the pages agree on
 * it without either holding the other's code; a seat's view travels as the
 * engine's wire form of it (viewToWire), which the page rebuilds.
 */
import {
  viewFromWire,
  type Action,
  type ActorIndex,
  type GameRecord,
  type PublicScenario,
  type Grade,
  type Refusal,
  type SeatLog,
  type SeatView,
  type WireView,
} from '../engine/index';

/** What a seat's device is sent: its view and log now, its own draft, and whether it has ended its turn. */
export interface SeatUpdate {
  /** The seat's view as plain data (viewToWire): the device rebuilds it (receivedUpdate). */
  readonly view: WireView;
  readonly log: SeatLog;
  readonly draft: readonly Action[];
  readonly ended: boolean;
  /** The human seats still to end their turn this week, by index (their readiness is public at the table). */
  readonly waitingFor: readonly ActorIndex[];
  /** Milliseconds left before the week is played with the drafts as they stand, when the class sets a time. */
  readonly turnLeftMs: number | null;
  /** Once the game is over, its whole record (everything is revealed at the ending); null before. */
  readonly record: GameRecord | null;
}

/**
 * What a seat's device is sent when another seat ends its turn and the week waits on: whom the table waits for now,
 * in that week (the seat's view, log and draft have not changed).
 */
export interface SeatWaiting {
  readonly week: number;
  readonly waitingFor: readonly ActorIndex[];
}

/** A seat's update as its device reads it: the view rebuilt from the wire. */
export type ReceivedUpdate = Omit<SeatUpdate, 'view'> & { readonly view: SeatView };

/** `update` as its device reads it; `known`: the public scenario of the connection's earlier views, if any. */
export function receivedUpdate(update: SeatUpdate, known?: PublicScenario): ReceivedUpdate {
  return { ...update, view: viewFromWire(update.view, known) };
}

/**
 * Why a draft was not kept: the rules refused orders in it (each with its place in the draft), the seat had ended
 * its turn or the game is over, or the message held no draft.
 */
export type DraftRefused =
  | { readonly why: 'rules'; readonly refusals: readonly (Refusal & { readonly order: number })[] }
  | { readonly why: 'turn_ended' | 'not_a_draft' };

/** The answer to a request for a seat: the session token that holds it, and the table's room to join with it. */
export interface JoinAnswer {
  readonly token: string;
  readonly room: string;
  readonly seat: ActorIndex;
}

/** A scenario a teacher may open a class on, with its actors. */
export interface ScenarioOffer {
  readonly id: string;
  readonly title: string;
  readonly actors: readonly { readonly id: string; readonly name: string; readonly playable: boolean }[];
}

/** Who may play the sides no student plays, by policy id (docs/model.md §6), as a teacher chooses them. */
export const COMPUTER_PLAYERS: readonly { readonly id: string; readonly words: string }[] = [
  { id: 'negotiator', words: 'The default negotiator' },
  { id: 'hawk', words: 'A hawk: concedes later, trusts less, presses early' },
  { id: 'dove', words: 'A dove: concedes sooner, trusts more, never presses' },
];

/** A teacher's request for a class. */
export interface OpenClass {
  readonly scenario: string;
  readonly tables: number;
  readonly students: readonly string[];
  /** Who plays the other sides: one of COMPUTER_PLAYERS (left out: the default negotiator). */
  readonly others?: string;
  /** Seconds a turn lasts before the week is played with the drafts as they stand; null: until all have ended it. */
  readonly turn: number | null;
  /** Seconds a student may be away before the default negotiator plays their seat; null: never. */
  readonly away: number | null;
}

/** A class as its teacher sees it: each table's public facts, who sits at each seat students play. */
export interface ClassOverview {
  readonly code: string;
  /** The scenario's title. */
  readonly title: string;
  /** The scenario's unit of turns ("week", "day"…). */
  readonly unit: string;
  /** The page a student opens to join the class, from the server's address: `/?join=CODE`. */
  readonly joinPath: string;
  /** The server's addresses on the local network (`http://192.168.1.20:8080/`), which students open. */
  readonly addresses: readonly string[];
  readonly tables: readonly TableOverview[];
}

/**
 * A finished table's deal for two sides (docs/analytics.md): the Pareto frontier of the final world (what each
 * undominated package is worth to each side, by the first side's worth), what no deal was worth to each, and the
 * deal the table reached.
 */
export interface ClassDeal {
  readonly sides: readonly [string, string];
  readonly frontier: readonly (readonly [number, number])[];
  readonly reservations: readonly [number, number];
  readonly deal: readonly [number, number];
  readonly onFrontier: boolean;
  /** How much more both could have had at once, by some package (0 on the frontier, or when only one could). */
  readonly distance: number;
}

/** A table as the teacher's class view shows it: public facts only, in words (names, not ids). */
export interface TableOverview {
  /** The table's place in the class, from 0. */
  readonly index: number;
  readonly week: number;
  readonly weeks: number;
  /** The ending's title once the game is over, else null. */
  readonly ending: string | null;
  /** Every lever signed so far, at the option in force. */
  readonly signed: readonly { readonly lever: string; readonly option: string }[];
  /** The world's meters (not trust or support), as the table shows them. */
  readonly meters: readonly { readonly name: string; readonly value: number }[];
  /** Once the game is over, each side's grade against its own goals (docs/model.md); null before. */
  readonly grades: readonly { readonly actor: string; readonly grade: Grade }[] | null;
  /** Once the game is over, its deal in the deal space of each pair of the sides students play; null before. */
  readonly deals: readonly ClassDeal[] | null;
  /** Each seat students play. */
  readonly seats: readonly {
    readonly seat: ActorIndex;
    readonly actor: string;
    /** Whether its student has ended this week's turn. */
    readonly ended: boolean;
    /** The student's name, or null while nobody has taken the seat. */
    readonly student: string | null;
    /** Whether a live connection holds the seat now. */
    readonly connected: boolean;
    /** Whether the default negotiator plays the seat: nobody has taken it, or it stood in since its student left. */
    readonly away: boolean;
  }[];
}
