/**
 * A log people read: the events a reader may see (seatLogOf) as plain
 * sentences, each of one kind — news, offers and answers, meetings,
 * statements, pressure, the world's values, trust (the reader's own, and
 * between the others), estimates — so a screen
 * can group a week's lines by kind. The reader is "you"; packages go by
 * their names, never their ids; every value change says what moved it; an
 * update of estimates says what the reader now believes, never a range of
 * numbers. The game log, the CLI's story, the screen reader's live region
 * and the tests all read these lines.
 */
import { narrator } from '../text';
import { at } from '../util/at';
import { describeEvent, type PlainEvent } from './describeEvent';
import { formatChanges } from './formatChanges';
import { formatEstimates } from './formatEstimates';
import type { ReasonsShown } from './formatReasons';
import type { GameEvent } from './GameEvent';
import type { Interval } from './GameState';
import type { ActorIndex } from './ids';
import type { LogContext } from './LogContext';
import { packageRefOf, type PackageRef } from './packageName';
import type { PublicScenario } from './PublicScenario';

export type LogKind =
  | 'week'
  | 'news'
  | 'offers'
  | 'meetings'
  | 'statements'
  | 'pressure'
  | 'world'
  /** Trust the reader holds or is held in (everyone's, in a log with no reader). */
  | 'trust'
  /** Trust between the others, in a reader's log. */
  | 'trust_between'
  | 'estimates'
  | 'ending';

/** The kinds in the order a week shows them: its heading, then what happened, then what it changed. */
export const LOG_KINDS: readonly LogKind[] = [
  'week',
  'news',
  'offers',
  'meetings',
  'statements',
  'pressure',
  'world',
  'trust',
  'trust_between',
  'estimates',
  'ending',
];

export interface LogEntry {
  readonly kind: LogKind;
  readonly text: string;
  /** The week whose heading it comes under (0 before the first). */
  readonly week: number;
  /** Index, in the events given, of the event it tells (the first, when it sums up several). */
  readonly event: number;
}

export interface FormatOptions {
  /** Whose log it is: that actor is "you". Absent or null: everyone is named (the CLI's story). */
  readonly reader?: ActorIndex | null;
  /** Which reasons to show: what the others are told, the exact numbers (in brackets), or both. */
  readonly reasons?: ReasonsShown;
}

const KIND: Readonly<Record<PlainEvent['type'], LogKind>> = {
  week_started: 'week',
  news: 'news',
  lever_opened: 'news',
  lever_broken: 'news',
  tie_drawn: 'world',
  pressure_applied: 'pressure',
  red_line_declared: 'statements',
  flexibility_signalled: 'statements',
  importance_learnt: 'estimates',
  costliest_learnt: 'estimates',
  meeting_held: 'meetings',
  answered: 'offers',
  package_delivered: 'offers',
  package_signed: 'offers',
  package_void: 'offers',
  package_expired: 'offers',
  red_line_broken: 'offers',
  talks_ended_early: 'ending',
  game_ended: 'ending',
};

export function formatLog(
  scenario: PublicScenario,
  events: readonly GameEvent[],
  options: FormatOptions = {},
): LogEntry[] {
  const reader = options.reader ?? null;
  const packages = new Map<string, PackageRef>();
  const pairs = new Map<number, readonly [ActorIndex, ActorIndex]>();
  for (const a of scenario.actors)
    for (const b of scenario.actors) if (a !== b) pairs.set(scenario.trustIndex(a.index, b.index), [a.index, b.index]);
  const ctx: LogContext = {
    scenario,
    reader,
    say: narrator(scenario.actors, reader),
    reasons: options.reasons ?? 'public',
    pkg: (id) => packages.get(id) ?? packageRefOf(scenario, id),
    trustPair: (value) => pairs.get(value),
  };
  /** Each observer's estimates of each target as the log has told them, from the first [0, 1] (docs/model.md §3). */
  const estimates = new Map<string, readonly Interval[]>();
  const entries: LogEntry[] = [];
  let week = 0;
  events.forEach((e, i) => {
    const push = (kind: LogKind, text: string, first = i) => entries.push({ kind, text, week, event: first });
    const before = events[i - 1];
    const after = events[i + 1];
    switch (e.type) {
      case 'week_started':
        week = e.week;
        return push('week', describeEvent(ctx, e));
      case 'values_changed':
        for (const line of formatChanges(ctx, e.changes)) push(line.kind, line.text);
        return;
      case 'lever_settled':
        return; // told by the signature that settled it
      case 'importance_learnt':
        // Told with the narrowing it brings.
        if (after?.type === 'estimates_narrowed' && samePair(after, e)) return;
        return push('estimates', describeEvent(ctx, e));
      case 'costliest_learnt':
        if (before?.type === 'estimates_narrowed' && samePair(before, e)) return;
        return push('estimates', describeEvent(ctx, e));
      case 'estimates_narrowed': {
        const key = `${e.observer}:${e.target}`;
        const was = estimates.get(key) ?? scenario.levers.map((): Interval => [0, 1]);
        const now = [...was];
        e.levers.forEach((l, k) => (now[l] = at(e.intervals, k)));
        estimates.set(key, now);
        const stated = before?.type === 'importance_learnt' && samePair(before, e) ? before.lever : null;
        const costliest = after?.type === 'costliest_learnt' && samePair(after, e) ? after.lever : null;
        const update = { observer: e.observer, target: e.target, before: was, after: now, stated, costliest };
        return push('estimates', formatEstimates(ctx, update), stated === null ? i : i - 1);
      }
      case 'package_delivered':
        packages.set(e.package.id, e.package);
        return push('offers', describeEvent(ctx, e));
      default:
        return push(KIND[e.type], describeEvent(ctx, e));
    }
  });
  return entries;
}

/** One event as the log tells it, with no event before it (the lines of a whole log read better: formatLog). */
export function formatEvent(scenario: PublicScenario, event: GameEvent, options: FormatOptions = {}): string {
  return formatLog(scenario, [event], options)
    .map((e) => e.text)
    .join(' ');
}

function samePair(a: { observer: number; target: number }, b: { observer: number; target: number }): boolean {
  return a.observer === b.observer && a.target === b.target;
}
