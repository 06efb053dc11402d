/**
 * What happened (fact). Resolution turns a week's actions into these, and
 * applyEvent is the only code that changes a GameState. Each formats to one
 * stable line (formatEvent). `to` lists who may see an event; omitted means
 * everyone.
 */
import type { Reasons } from './Reasons';
import type { Interval, Package } from './GameState';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';

export interface ValueChange {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** What moved it (docs/model.md §3.5), in the order the step met them. */
  readonly causes: readonly ValueCause[];
}

/** One thing that moved a value: how much it added before the clamp, or the value it set. */
export type ValueCause = ChangeSource & ({ readonly by: number } | { readonly set: number });

/** The event, action or rule behind a change of a value. */
export type ChangeSource =
  | { readonly kind: 'news'; readonly event: number }
  | { readonly kind: 'pressure'; readonly pressure: number }
  | { readonly kind: 'dynamics'; readonly rule: number }
  /** Trust between those who met. */
  | { readonly kind: 'meeting'; readonly initiator: ActorIndex; readonly participants: readonly ActorIndex[] }
  /** Trust lost by a stakeholder left out of a meeting, in those who met. */
  | { readonly kind: 'left_out'; readonly initiator: ActorIndex; readonly participants: readonly ActorIndex[] }
  | { readonly kind: 'flexibility'; readonly actor: ActorIndex; readonly lever: LeverIndex }
  | { readonly kind: 'red_line'; readonly actor: ActorIndex; readonly lever: LeverIndex }
  | { readonly kind: 'red_line_broken'; readonly actor: ActorIndex; readonly lever: LeverIndex };

export type GameEvent =
  | { readonly type: 'week_started'; readonly week: number }
  | { readonly type: 'news'; readonly event: number; readonly week: number }
  | { readonly type: 'values_changed'; readonly cause: string; readonly changes: readonly ValueChange[] }
  | {
      readonly type: 'tie_drawn';
      readonly index: number;
      readonly candidates: readonly number[];
      readonly chosen: number;
    }
  | { readonly type: 'lever_opened'; readonly lever: LeverIndex }
  | { readonly type: 'lever_broken'; readonly lever: LeverIndex }
  | {
      readonly type: 'pressure_applied';
      readonly actor: ActorIndex;
      readonly pressure: number;
      readonly reasons: Reasons | null;
    }
  | {
      readonly type: 'red_line_declared';
      readonly actor: ActorIndex;
      readonly lever: LeverIndex;
      readonly options: readonly OptionIndex[];
      readonly reasons: Reasons | null;
    }
  | {
      readonly type: 'flexibility_signalled';
      readonly actor: ActorIndex;
      readonly lever: LeverIndex;
      readonly reasons: Reasons | null;
    }
  | {
      readonly type: 'importance_learnt';
      readonly observer: ActorIndex;
      readonly target: ActorIndex;
      readonly lever: LeverIndex;
      readonly to: readonly ActorIndex[];
    }
  | {
      readonly type: 'meeting_held';
      readonly initiator: ActorIndex;
      readonly participants: readonly ActorIndex[];
      readonly reasons: Reasons | null;
    }
  | {
      readonly type: 'estimates_narrowed';
      readonly observer: ActorIndex;
      readonly target: ActorIndex;
      readonly levers: readonly LeverIndex[];
      readonly intervals: readonly Interval[];
      readonly to: readonly ActorIndex[];
    }
  | {
      readonly type: 'costliest_learnt';
      readonly observer: ActorIndex;
      readonly target: ActorIndex;
      readonly lever: LeverIndex;
      readonly to: readonly ActorIndex[];
    }
  | {
      readonly type: 'answered';
      readonly actor: ActorIndex;
      readonly package: string;
      readonly proposer: ActorIndex;
      readonly answer: 'accept' | 'reject' | 'counter' | 'none';
      readonly reasons: Reasons | null;
    }
  | {
      readonly type: 'package_signed';
      readonly package: Package;
      readonly rank: number;
      readonly minSurplus: number | null;
    }
  | { readonly type: 'package_void'; readonly package: string; readonly lever: LeverIndex; readonly by: string }
  | { readonly type: 'package_expired'; readonly package: string; readonly proposer: ActorIndex }
  | {
      readonly type: 'lever_settled';
      readonly lever: LeverIndex;
      readonly option: OptionIndex;
      readonly package: string;
    }
  | {
      readonly type: 'red_line_broken';
      readonly actor: ActorIndex;
      readonly lever: LeverIndex;
      readonly option: OptionIndex;
    }
  | { readonly type: 'package_delivered'; readonly package: Package; readonly reasons: Reasons | null }
  | { readonly type: 'talks_ended_early'; readonly week: number; readonly chance: number }
  | { readonly type: 'game_ended'; readonly ending: number; readonly week: number; readonly early: boolean };

export type GameEventType = GameEvent['type'];
