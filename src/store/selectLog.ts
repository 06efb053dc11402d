/**
 * The game log as the seat may read it: its share of the events (seatLogOf:
 * others' private reasons removed), one formatted line per event, grouped by
 * week. The same lines feed the screen reader's live region.
 */
import { formatEvent, type GameEvent, type PublicScenario, type SeatLog } from '../engine/index';

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

/** Events of the seat's log, formatted (the live region announces a resolved week's). */
export function logLines(scenario: PublicScenario, events: readonly GameEvent[]): LogLine[] {
  return events.map((e) => ({ text: formatEvent(scenario, e), kind: kindOf(e) }));
}

export function selectLog(scenario: PublicScenario, log: SeatLog): LogWeek[] {
  const weeks: { week: number; heading: string; lines: LogLine[] }[] = [];
  for (const e of log.events) {
    if (e.type === 'week_started') {
      weeks.push({ week: e.week, heading: formatEvent(scenario, e), lines: [] });
      continue;
    }
    let last = weeks.at(-1);
    if (!last) {
      last = { week: 0, heading: 'Before the talks', lines: [] };
      weeks.push(last);
    }
    last.lines.push({ text: formatEvent(scenario, e), kind: kindOf(e) });
  }
  return weeks;
}
