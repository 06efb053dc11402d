/**
 * The game log as the seat may read it (eventsFor: its share of the events,
 * others' private reasons blanked), one formatted line per event, grouped by
 * week. The same lines feed the screen reader's live region.
 */
import { formatEvent } from '../engine/game/formatEvent';
import type { GameEvent } from '../engine/game/GameEvent';
import { eventsFor } from '../engine/game/visibleTo';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';

export type LogKind = 'week' | 'news' | 'signed' | 'answer' | 'package' | 'ending' | 'other';

export interface LogLine {
  readonly text: string;
  readonly kind: LogKind;
}

export interface LogWeek {
  readonly week: number;
  readonly heading: string;
  readonly lines: readonly LogLine[];
}

export function kindOf(event: GameEvent): LogKind {
  switch (event.type) {
    case 'week_started':
      return 'week';
    case 'news':
      return 'news';
    case 'package_signed':
    case 'lever_settled':
      return 'signed';
    case 'answered':
      return 'answer';
    case 'package_delivered':
    case 'package_expired':
    case 'package_void':
      return 'package';
    case 'game_ended':
    case 'talks_ended_early':
      return 'ending';
    default:
      return 'other';
  }
}

/** The seat's share of `events`, formatted. */
export function logLines(scenario: CompiledScenario, events: readonly GameEvent[], seat: number): LogLine[] {
  return eventsFor(events, seat).map((e) => ({ text: formatEvent(scenario, e), kind: kindOf(e) }));
}

export function selectLog(scenario: CompiledScenario, events: readonly GameEvent[], seat: number): LogWeek[] {
  const weeks: { week: number; heading: string; lines: LogLine[] }[] = [];
  for (const e of eventsFor(events, seat)) {
    if (e.type === 'week_started') {
      weeks.push({ week: e.week, heading: formatEvent(scenario, e), lines: [] });
      continue;
    }
    if (weeks.length === 0) weeks.push({ week: 0, heading: 'Before the talks', lines: [] });
    weeks.at(-1)!.lines.push({ text: formatEvent(scenario, e), kind: kindOf(e) });
  }
  return weeks;
}
