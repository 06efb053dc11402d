/**
 * The game log as the seat may read it: its share of the events (seatLogOf:
 * others' private reasons removed) in the engine's sentences (formatLog, the
 * seat as "you"), grouped by week and, within a week, by kind in the
 * engine's order — news, offers and answers, meetings, statements, pressure,
 * the world, trust, estimates. The same lines feed the screen reader's live
 * region.
 */
import { formatLog, LOG_KINDS, type LogKind, type PublicScenario, type SeatLog } from '../engine/index';

export type { LogKind } from '../engine/index';

export interface LogLine {
  readonly text: string;
  readonly kind: LogKind;
}

export interface LogGroup {
  readonly kind: LogKind;
  /** The group's heading, as the seat reads it. */
  readonly title: string;
  readonly lines: readonly LogLine[];
}

export interface LogWeek {
  readonly week: number;
  readonly heading: string;
  readonly groups: readonly LogGroup[];
  /** Every line of the week, group after group. */
  readonly lines: readonly LogLine[];
}

const TITLES: Readonly<Record<LogKind, string>> = {
  week: '',
  news: 'News',
  offers: 'Offers and answers',
  meetings: 'Meetings',
  statements: 'Statements',
  pressure: 'Pressure',
  world: 'The world',
  trust: 'Your trust, and theirs in you',
  trust_between: 'Trust between the others',
  estimates: 'What you learnt of the others',
  ending: 'The end',
};

export function selectLog(scenario: PublicScenario, log: SeatLog): LogWeek[] {
  const weeks = new Map<number, { heading: string; lines: LogLine[] }>();
  for (const entry of formatLog(scenario, log.events, { reader: log.seat })) {
    let week = weeks.get(entry.week);
    if (!week) {
      week = { heading: entry.week === 0 ? 'Before the talks' : '', lines: [] };
      weeks.set(entry.week, week);
    }
    if (entry.kind === 'week') week.heading = entry.text;
    else week.lines.push({ text: entry.text, kind: entry.kind });
  }
  return [...weeks].map(([week, { heading, lines }]) => {
    const groups = byKind(lines);
    return { week, heading, groups, lines: groups.flatMap((g) => g.lines) };
  });
}

/** The lines of the week just resolved and the next week's news, in order: what the live region reads out. */
export function freshLines(scenario: PublicScenario, log: SeatLog): LogLine[] {
  const fresh = formatLog(scenario, log.events, { reader: log.seat }).filter((e) => e.event >= log.lastWeekFrom);
  return fresh.map((e) => ({ text: e.text, kind: e.kind }));
}

function byKind(lines: readonly LogLine[]): LogGroup[] {
  return LOG_KINDS.flatMap((kind) => {
    const of = lines.filter((l) => l.kind === kind);
    return of.length > 0 ? [{ kind, title: TITLES[kind], lines: of }] : [];
  });
}
