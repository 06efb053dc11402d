/**
 * What someone wants to do this week (intent). Actions from humans and from
 * policies are the same plain data, checked by the same rules (checkAction).
 */
import type { Clause } from './GameState';
import type { Reasons } from './Reasons';

export type Action =
  | {
      readonly type: 'propose';
      readonly actor: number;
      readonly clauses: readonly Clause[];
      readonly copied?: readonly number[];
      readonly reasons?: Reasons;
    }
  | {
      readonly type: 'counter';
      readonly actor: number;
      readonly to: string;
      readonly clauses: readonly Clause[];
      readonly copied?: readonly number[];
      readonly reasons?: Reasons;
    }
  | { readonly type: 'accept'; readonly actor: number; readonly package: string; readonly reasons?: Reasons }
  | { readonly type: 'reject'; readonly actor: number; readonly package: string; readonly reasons?: Reasons }
  | { readonly type: 'meet'; readonly actor: number; readonly with: readonly number[]; readonly reasons?: Reasons }
  | {
      readonly type: 'red_line';
      readonly actor: number;
      readonly lever: number;
      readonly options: readonly number[];
      readonly reasons?: Reasons;
    }
  | { readonly type: 'flexibility'; readonly actor: number; readonly lever: number; readonly reasons?: Reasons }
  | { readonly type: 'pressure'; readonly actor: number; readonly pressure: number; readonly reasons?: Reasons };

export type ActionType = Action['type'];

/** Every action type, in the order reports list them. */
export const ACTION_TYPES: readonly ActionType[] = [
  'propose',
  'counter',
  'accept',
  'reject',
  'meet',
  'red_line',
  'flexibility',
  'pressure',
];
