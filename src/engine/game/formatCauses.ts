/**
 * What moved a value (docs/model.md §3.5), in the log's words, so the log and
 * any screen that shows one change (the table's trust lines) say it alike:
 * "your meeting with Russia (+5); the United States' meeting with the
 * European allies, without you (−4)". Causes that read alike are summed; amounts are
 * given when there are several; a dynamics rule speaks in its own words.
 */
import { capitalise, narrator } from '../text';
import { at } from '../util/at';
import { fmt } from './fmt';
import type { ValueCause } from './GameEvent';
import type { ActorIndex } from './ids';
import type { LogContext } from './LogContext';
import type { PublicScenario } from './PublicScenario';

/**
 * The causes of one change of a value held by `holder` (the truster, for a
 * trust value; null otherwise), as `reader` reads them ("you"; null: everyone
 * named): "Your meeting with Russia." In sentences, capitalised.
 */
export function formatCauses(
  scenario: PublicScenario,
  causes: readonly ValueCause[],
  holder: ActorIndex | null,
  reader: ActorIndex | null,
): string {
  const ctx: LogContext = {
    scenario,
    reader,
    say: narrator(scenario.actors, reader),
    reasons: 'public',
    pkg: () => null,
    trustPair: () => undefined,
  };
  const { phrases, rules } = causesOf(ctx, causes, holder);
  return [phrases && `${capitalise(phrases)}.`, ...rules].filter(Boolean).join(' ');
}

/** The causes as one clause ("your meeting with Russia twice (+10); …") and the dynamics rules' own sentences. */
export function causesOf(
  ctx: LogContext,
  causes: readonly ValueCause[],
  holder: number | null,
): { readonly phrases: string; readonly rules: readonly string[] } {
  const rules = [
    ...new Set(
      causes.flatMap((c) => (c.kind === 'dynamics' ? [at(ctx.scenario.dynamics, c.rule).description.trim()] : [])),
    ),
  ]
    .filter(Boolean)
    .map((r) => (/[.!?]$/.test(r) ? r : `${r}.`));
  /** Causes that read alike, their adds summed: two meetings one actor called with the same other are "twice (+10)". */
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
  return { phrases: parts.join('; '), rules };
}

/** What moved a value, as a clause: "the news “…”", "Russia's meeting with you", "Russia's meeting with the United States, without you". */
function causePhrase(ctx: LogContext, cause: Exclude<ValueCause, { kind: 'dynamics' }>, holder: number | null): string {
  const { say, scenario } = ctx;
  const lever = (l: number) => at(scenario.levers, l).name;
  // Who called a meeting is named, so that a seat is never told "you met" of a meeting another called.
  const met = (participants: readonly number[], initiator: number) => {
    const others = say.names(participants.filter((p) => p !== initiator));
    return participants.length > 2
      ? `${say.whose(initiator)} summit with ${others}`
      : `${say.whose(initiator)} meeting with ${others}`;
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
      return `${met(cause.participants, cause.initiator)}, without ${holder === null ? 'it' : say.name(holder)}`;
    case 'flexibility':
      return `${say.name(cause.actor)} signalled flexibility on ${lever(cause.lever)}`;
    case 'red_line':
      return `${say.name(cause.actor)} declared a red line on ${lever(cause.lever)}`;
    case 'red_line_broken':
      return `${say.name(cause.actor)} signed across ${say.its(cause.actor)} own red line on ${lever(cause.lever)}`;
  }
}

/** +10, −4 (a real minus sign). */
function signed(x: number): string {
  return x < 0 ? `−${fmt(-x)}` : `+${fmt(x)}`;
}
