/**
 * What the table screen draws, derived from the store for the seat playing
 * (selectTableModel): plain data, so the Phaser views only render it and the
 * DOM (the phone's cards, the news strip) can say the same in words. Nothing
 * here is hidden information.
 */
import type { Label } from '../engine/index';

export interface TableActor {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The name as it reads inside a sentence: "the United States". */
  readonly called: string;
  /** At most three letters made from the name (shortCodes): "UK", "ICE". On a disc without an emblem and on its pins. */
  readonly code: string;
  readonly leader: string;
  readonly colour: string;
  /** A file name in assets/emblems/, or null: the table draws a disc with a short code. */
  readonly emblem: string | null;
  readonly isSeat: boolean;
  /** Domestic support, 0–100. */
  readonly support: number;
}

export interface TableProposal {
  readonly packageId: string;
  /** The package as people name it: "Your offer of week 1", "Russia's counter-offer of week 2". */
  readonly name: string;
  readonly proposer: number;
  readonly option: number;
  /** Awaiting the seat's answer, or the seat's own awaiting others. */
  readonly direction: 'to-seat' | 'from-seat' | 'between-others';
}

export interface TableLever {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly options: readonly string[];
  readonly statusQuo: number;
  /** closed: opens later by an event; open: negotiable; settled: signed (locked unless `stillTo` names options). */
  readonly status: 'closed' | 'open' | 'settled';
  /** A signed lever: the options a later package may still move it to (docs/model.md §3); empty when locked. */
  readonly stillTo: readonly number[];
  /** The option in force. */
  readonly option: number;
  /** Who must sign a deal on it, as they read inside a sentence: "the United States". */
  readonly signatories: readonly string[];
  readonly proposals: readonly TableProposal[];
}

/** A value at which a terminal ending comes (docs/model.md §3.4), as a meter shows it. */
export interface MeterThreshold {
  /** The ending's title, as the ending screen names it. */
  readonly ending: string;
  readonly at: number;
  /** 'above': the ending comes when the value reaches `at` from below; 'below': when it falls to it. */
  readonly side: 'above' | 'below';
  /** False when other conditions must hold too: drawn, never warned of. */
  readonly alone: boolean;
  /** Within one bad week of it now. */
  readonly near: boolean;
}

export interface TableMeter {
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly thresholds: readonly MeterThreshold[];
}

/** A near threshold, for the news strip and the meter: "Escalation is near: war intensity 78, it ends the game at 90." */
export interface TableDanger {
  readonly meter: string;
  readonly ending: string;
  readonly value: number;
  readonly at: number;
  /** The ending comes with the value at `at` or above it, or at `at` or below it. */
  readonly side: 'above' | 'below';
  /** The value has already crossed `at` (the week's news moved it after the last end check). */
  readonly crossed: boolean;
}

/** The last change of one actor's trust in another that the seat saw, and what caused it, in the log's sentences. */
export interface TrustChange {
  readonly week: number;
  readonly from: number;
  readonly to: number;
  readonly cause: string;
}

export interface TableNews {
  readonly headline: string;
  readonly label: Label;
}

export interface TableModel {
  readonly title: string;
  readonly week: number;
  readonly weeks: number;
  readonly unit: string;
  readonly ended: boolean;
  /** Chance the talks end early this week (0 before the early-end week). */
  readonly earlyEndChance: number;
  /** From which week the talks may end early, and the chance each week then; null when they cannot. */
  readonly earlyEnd: { readonly fromWeek: number; readonly chance: number } | null;
  readonly actors: readonly TableActor[];
  /** trust[a][b]: a's trust in b, 0–100 (the diagonal is unused). */
  readonly trust: readonly (readonly number[])[];
  /** trustChanges[a][b]: the last change of a's trust in b the seat saw, or null. */
  readonly trustChanges: readonly (readonly (TrustChange | null)[])[];
  readonly levers: readonly TableLever[];
  readonly meters: readonly TableMeter[];
  /** Thresholds one bad week away, nearest first. */
  readonly dangers: readonly TableDanger[];
  readonly news: readonly TableNews[];
}
