/**
 * A values_changed event as sentences, one per value, each saying what moved
 * it (docs/model.md §3.5): "Your trust in the European allies fell from 75 to
 * 71: the European allies met the United States without you." Several
 * causes carry their amounts ("you met Russia twice (+10); the United States
 * met Russia without you (−4)"); a dynamics rule speaks in its own words,
 * after the change. The world's values moved by the same causes share a
 * line; each trust value has its own: the reader's trust in others first,
 * then theirs in the reader, then the rest.
 */
import { capitalise } from '../text';
import { at } from '../util/at';
import { fmt } from './fmt';
import type { ValueCause, ValueChange } from './GameEvent';
import type { LogContext } from './LogContext';

export interface ChangeLine {
  readonly kind: 'world' | 'trust' | 'trust_between';
  readonly text: string;
}

export function formatChanges(ctx: LogContext, changes: readonly ValueChange[]): ChangeLine[] {
  const trust: { text: string; holder: number; trusted: number }[] = [];
  /** The world's values, one line per set of causes: a rule that moves four values explains them once. */
  const world = new Map<string, string[]>();
  for (const c of changes) {
    const pair = ctx.trustPair(c.index);
    const subject = pair
      ? `${capitalise(ctx.say.whose(pair[0]))} trust in ${ctx.say.name(pair[1])}`
      : at(ctx.scenario.values, c.index).name;
    const way = c.to > c.from ? 'rose' : 'fell';
    // A change too small to show in the log's numbers (one decimal) is said in words.
    const moved =
      fmt(c.from) === fmt(c.to)
        ? `${subject} ${way} a little, to ${fmt(c.to)}`
        : `${subject} ${way} from ${fmt(c.from)} to ${fmt(c.to)}`;
    const because = causesOf(ctx, c.causes, pair?.[0] ?? null);
    if (pair) trust.push({ text: `${moved}${because}`, holder: pair[0], trusted: pair[1] });
    else world.set(because, [...(world.get(because) ?? []), moved]);
  }
  return [
    ...[...world].map(([because, moved]) => ({ kind: 'world', text: `${moved.join('; ')}${because}` }) as const),
    ...trust.filter((t) => t.holder === ctx.reader).map((t) => ({ kind: 'trust', text: t.text }) as const),
    ...trust.filter((t) => t.trusted === ctx.reader).map((t) => ({ kind: 'trust', text: t.text }) as const),
    ...trust
      .filter((t) => t.holder !== ctx.reader && t.trusted !== ctx.reader)
      .map((t) => ({ kind: ctx.reader === null ? 'trust' : 'trust_between', text: t.text }) as const),
  ];
}

/**
 * What moved a value, to end its sentence: ": you met Russia twice (+10); …."
 * after the change, or a dynamics rule's own sentences after it.
 */
function causesOf(ctx: LogContext, causes: readonly ValueCause[], holder: number | null): string {
  const rules = [
    ...new Set(
      causes.flatMap((c) => (c.kind === 'dynamics' ? [at(ctx.scenario.dynamics, c.rule).description.trim()] : [])),
    ),
  ].filter(Boolean);
  /** Causes that read alike, their adds summed: two meetings of the same pair are "met twice (+10)". */
  const merged: { phrase: string; times: number; by: number; set: number | null }[] = [];
  for (const cause of causes) {
    if (cause.kind === 'dynamics') continue;
    const phrase = causePhrase(ctx, cause, holder);
    const same = 'by' in cause ? merged.find((m) => m.phrase === phrase && m.set === null) : undefined;
    if (same && 'by' in cause) {
      same.times++;
      same.by += cause.by;
    } else if ('by' in cause) merged.push({ phrase, times: 1, by: cause.by, set: null });
    else merged.push({ phrase, times: 1, by: 0, set: cause.set });
  }
  const parts = merged.map((m) => {
    const times = m.times === 2 ? ' twice' : m.times > 2 ? ` ${m.times} times` : '';
    const amount = m.set === null ? signed(m.by) : `set to ${fmt(m.set)}`;
    return `${m.phrase}${times}${merged.length > 1 ? ` (${amount})` : ''}`;
  });
  const because = parts.length > 0 ? `: ${parts.join('; ')}` : '';
  return `${because}.${rules.map((r) => ` ${/[.!?]$/.test(r) ? r : `${r}.`}`).join('')}`;
}

/** What moved a value, as a clause: "the news “…”", "you met Russia", "Russia and the United States met without you". */
function causePhrase(ctx: LogContext, cause: Exclude<ValueCause, { kind: 'dynamics' }>, holder: number | null): string {
  const { say, scenario } = ctx;
  const lever = (l: number) => at(scenario.levers, l).name;
  const met = (participants: readonly number[], initiator: number) => {
    if (participants.length > 2)
      return `${say.whose(initiator)} summit with ${say.names(participants.filter((p) => p !== initiator))}`;
    const reader = ctx.reader;
    return reader !== null && participants.includes(reader)
      ? `you met ${say.names(participants.filter((p) => p !== reader))}`
      : `${say.names(participants)} met`;
  };
  switch (cause.kind) {
    case 'news':
      return `the news “${at(scenario.events, cause.event).headline}”`;
    case 'pressure': {
      const p = at(scenario.pressures, cause.pressure);
      return `${say.whose(p.actor)} pressure “${p.name}”`;
    }
    case 'meeting':
      return met(cause.participants, cause.initiator);
    case 'left_out':
      return `${met(cause.participants, cause.initiator)} without ${holder === null ? 'it' : say.name(holder)}`;
    case 'flexibility':
      return `${say.name(cause.actor)} signalled flexibility on ${lever(cause.lever)}`;
    case 'red_line_broken':
      return `${say.name(cause.actor)} signed across ${say.its(cause.actor)} own red line on ${lever(cause.lever)}`;
  }
}

/** +10, −4 (a real minus sign). */
function signed(x: number): string {
  return x < 0 ? `−${fmt(-x)}` : `+${fmt(x)}`;
}
