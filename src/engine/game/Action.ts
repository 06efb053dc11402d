/**
 * What someone wants to do this week (intent). Actions from humans and from
 * policies are the same plain data, checked by the same rules (checkAction).
 */
import type { Clause } from './GameState';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import type { Reasons } from './Reasons';

export type Action =
  | {
      readonly type: 'propose';
      readonly actor: ActorIndex;
      readonly clauses: readonly Clause[];
      readonly copied?: readonly ActorIndex[];
      readonly reasons?: Reasons;
    }
  | {
      readonly type: 'counter';
      readonly actor: ActorIndex;
      readonly to: string;
      readonly clauses: readonly Clause[];
      readonly copied?: readonly ActorIndex[];
      readonly reasons?: Reasons;
    }
  | { readonly type: 'accept'; readonly actor: ActorIndex; readonly package: string; readonly reasons?: Reasons }
  | { readonly type: 'reject'; readonly actor: ActorIndex; readonly package: string; readonly reasons?: Reasons }
  | {
      readonly type: 'meet';
      readonly actor: ActorIndex;
      readonly with: readonly ActorIndex[];
      readonly reasons?: Reasons;
    }
  | {
      readonly type: 'red_line';
      readonly actor: ActorIndex;
      readonly lever: LeverIndex;
      readonly options: readonly OptionIndex[];
      readonly reasons?: Reasons;
    }
  | { readonly type: 'flexibility'; readonly actor: ActorIndex; readonly lever: LeverIndex; readonly reasons?: Reasons }
  | { readonly type: 'pressure'; readonly actor: ActorIndex; readonly pressure: number; readonly reasons?: Reasons };

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
