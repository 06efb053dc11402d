/**
 * What the table screen draws, derived from the store for the seat playing
 * (selectTableModel): plain data, so the Phaser views only render it and the
 * DOM mirror can say the same in words. Nothing here is hidden information.
 */
import type { Label } from '../engine/index';

export interface TableActor {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly leader: string;
  readonly colour: string;
  readonly isSeat: boolean;
  /** Domestic support, 0–100. */
  readonly support: number;
}

export interface TableProposal {
  readonly packageId: string;
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
  /** closed: opens later by an event; open: negotiable; settled: signed and locked. */
  readonly status: 'closed' | 'open' | 'settled';
  /** The option in force. */
  readonly option: number;
  readonly signatories: readonly string[];
  readonly proposals: readonly TableProposal[];
}

export interface TableMeter {
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
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
  /** Chance the talks end early this week (0 before the late week). */
  readonly earlyEndChance: number;
  readonly actors: readonly TableActor[];
  /** trust[a][b]: a's trust in b, 0–100 (the diagonal is unused). */
  readonly trust: readonly (readonly number[])[];
  readonly levers: readonly TableLever[];
  readonly meters: readonly TableMeter[];
  readonly news: readonly TableNews[];
}
