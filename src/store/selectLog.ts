/**
 * The game log as the seat may read it: its share of the events (seatLogOf:
 * others' private reasons removed) in the engine's sentences (formatLog, the
 * seat as "you"), by week. Each week opens with what concerns the seat — what
 * came of its orders (its offers and answers, meetings, statements and
 * pressure: the lines that speak of "you"), what it learnt of the others, and
 * what waits (its offers awaiting answers, offers awaiting its own) — then the
 * rest, by kind in the engine's order: news, offers and answers, meetings,
 * statements, pressure, the world, trust. The same lines feed the screen
 * reader's live region.
 */
import {
  capitalise,
  formatLog,
  LOG_KINDS,
  packageName,
  type LogKind,
  type Package,
  type PublicScenario,
  type SeatLog,
} from '../engine/index';

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
  /** The week for the seat, first: what came of its orders, what it learnt, what waits. */
  readonly summary: readonly LogLine[];
  /** The rest of the week, by kind. */
  readonly groups: readonly LogGroup[];
  /** Every line of the week: the summary, then group after group. */
  readonly lines: readonly LogLine[];
}

/** The heading of a turn's summary, in the scenario's unit of turns ("For you this week"). */
export const summaryTitle = (unit: string): string => `For you this ${unit}`;

/** Kinds of line that go to the summary when they speak of the seat; what it learnt always does. */
const ABOUT_YOU: ReadonlySet<LogKind> = new Set(['offers', 'meetings', 'statements', 'pressure']);

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
  const weeks = new Map<number, { heading: string; lines: LogLine[]; delivered: Package[] }>();
  for (const entry of formatLog(scenario, log.events, { reader: log.seat })) {
    let week = weeks.get(entry.week);
    if (!week) {
      week = { heading: entry.week === 0 ? 'Before the talks' : '', lines: [], delivered: [] };
      weeks.set(entry.week, week);
    }
    const event = log.events[entry.event];
    if (event?.type === 'package_delivered' && !week.delivered.includes(event.package))
      week.delivered.push(event.package);
    if (entry.kind === 'week') week.heading = entry.text;
    else week.lines.push({ text: entry.text, kind: entry.kind });
  }
  // Offers made in the last week played are answered in the next: that week's summary says what waits.
  const played = Math.max(-1, ...[...weeks].filter(([, w]) => w.lines.some((l) => l.kind !== 'news')).map(([n]) => n));
  return [...weeks].map(([week, { heading, lines, delivered }]) => {
    const mine = (l: LogLine) => l.kind === 'estimates' || (ABOUT_YOU.has(l.kind) && /\byou(r)?\b/i.test(l.text));
    // What came of the seat's orders, then what it learnt, then what waits.
    const summary = [
      ...lines.filter((l) => mine(l) && l.kind !== 'estimates'),
      ...lines.filter((l) => l.kind === 'estimates'),
      ...(week === played && !lines.some((l) => l.kind === 'ending') ? waiting(scenario, log, delivered) : []),
    ];
    const groups = byKind(lines.filter((l) => !mine(l)));
    return { week, heading, summary, groups, lines: [...summary, ...groups.flatMap((g) => g.lines)] };
  });
}

/** What waits after the week: the seat's offers awaiting the others' answers, and offers awaiting its own. */
function waiting(scenario: PublicScenario, log: SeatLog, delivered: readonly Package[]): LogLine[] {
  const seat = log.seat;
  const unit = scenario.turns.unit;
  const name = (p: Package) => packageName(scenario, p, seat);
  const ours = delivered.filter((p) => p.proposer === seat && p.parties.some((a) => a !== seat));
  const theirs = delivered.filter((p) => p.proposer !== seat && p.parties.includes(seat));
  return [
    ...(ours.length > 0
      ? [
          {
            kind: 'offers' as const,
            text: `Waiting for the others' answers next ${unit}: ${ours.map(name).join('; ')}.`,
          },
        ]
      : []),
    ...(theirs.length > 0
      ? [
          {
            kind: 'offers' as const,
            text: `Waiting for your answer, on the Answer tab: ${theirs.map((p) => capitalise(name(p))).join('; ')}.`,
          },
        ]
      : []),
  ];
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
