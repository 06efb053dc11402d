/**
 * The table screen's own UI state: which tabs are open and what is being
 * composed. It lives beside the store (it is not game state and is not
 * saved); a new week resets the drafts.
 */
import type { Rejection } from '../../engine/game/Rejection';

export type OrdersTab = 'propose' | 'answer' | 'meet' | 'statement' | 'pressure' | 'adviser';
export type SideTab = 'log' | 'board' | 'world';

export interface TableUi {
  ordersTab: OrdersTab;
  sideTab: SideTab;
  /** lever → option chosen in the composer. */
  draft: Map<number, number>;
  copied: Set<number>;
  /** The package being countered, when the composer makes a counter-offer. */
  counterTo: string | null;
  meetWith: Set<number>;
  statementLever: number | null;
  statementKind: 'red_line' | 'flexibility';
  redLineOptions: Set<number>;
  /** The last refusal per control, shown next to it until the next success. */
  rejections: Map<string, Rejection>;
  /** A short confirmation after an order is added. */
  confirmation: string | null;
  showHelp: boolean;
  shortcuts: boolean;
}

export function newTableUi(): TableUi {
  return {
    ordersTab: 'propose',
    sideTab: 'log',
    draft: new Map(),
    copied: new Set(),
    counterTo: null,
    meetWith: new Set(),
    statementLever: null,
    statementKind: 'red_line',
    redLineOptions: new Set(),
    rejections: new Map(),
    confirmation: null,
    showHelp: false,
    shortcuts: true,
  };
}

/** Clears what only made sense within one week. */
export function resetWeek(ui: TableUi): void {
  ui.draft.clear();
  ui.copied.clear();
  ui.counterTo = null;
  ui.meetWith.clear();
  ui.redLineOptions.clear();
  ui.rejections.clear();
  ui.confirmation = null;
}
