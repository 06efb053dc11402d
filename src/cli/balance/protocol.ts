import { type RunStatsJson, type BalancePlan } from '../../engine/authoring';
/** Messages between the balance pool and its worker threads. */

export interface WorkerData {
  readonly source: string;
  readonly file: string;
  readonly plan: BalancePlan;
  readonly defaultPolicy: string;
  /** Whether to send games.jsonl lines back. */
  readonly lines: boolean;
}

export type WorkerRequest =
  | { readonly type: 'chunk'; readonly chunk: number; readonly from: number; readonly to: number }
  | { readonly type: 'stop' };

export type WorkerReply =
  | { readonly type: 'progress'; readonly games: number }
  | {
      readonly type: 'done';
      readonly chunk: number;
      /** Games played since the chunk's last progress message. */
      readonly played: number;
      readonly stats: RunStatsJson;
      readonly lines: readonly string[];
    }
  | { readonly type: 'error'; readonly message: string };
