/**
 * Every event as one stable line of plain text: the game log, the CLI, the
 * screen reader's live region and the tests' snapshots all read these.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { GameEvent } from './GameEvent';
import type { Clause, Package } from './GameState';
import { possessive } from '../text/possessive';
import type { Reasons } from './Reasons';

export interface FormatOptions {
  /** Which reasons to show on answers: what the receiver is told, the exact numbers, or both. */
  readonly reasons?: 'public' | 'private' | 'both';
}

export function formatEvent(scenario: CompiledScenario, event: GameEvent, options: FormatOptions = {}): string {
  const line = describe(scenario, event, options);
  const reasons =
    'reasons' in event && event.type !== 'answered'
      ? formatReasons(scenario, event.reasons, options.reasons ?? 'public')
      : '';
  return reasons ? `${line.replace(/\.$/, '')}${reasons}.` : line;
}

function describe(scenario: CompiledScenario, event: GameEvent, options: FormatOptions): string {
  const actor = (i: number) => scenario.actors[i]!.name;
  const actorOf = (i: number) => possessive(actor(i));
  const actors = (list: readonly number[]) => joinNames(list.map(actor));
  const lever = (i: number) => scenario.levers[i]!.name;
  const option = (l: number, o: number) => scenario.levers[l]!.options[o]!.name;
  const value = (i: number) => scenario.values[i]!.name;
  const unit = scenario.turns.unit;
  switch (event.type) {
    case 'week_started':
      return `— ${capitalise(unit)} ${event.week} of ${scenario.turns.count} —`;
    case 'news': {
      const e = scenario.events[event.event]!;
      return `News [${e.provenance.label}]: ${e.headline}`;
    }
    case 'values_changed':
      return `${capitalise(event.cause)}: ${event.changes.map((c) => `${value(c.index)} ${fmt(c.from)} → ${fmt(c.to)}`).join('; ')}.`;
    case 'tie_drawn':
      return `Several effects set ${value(event.index)} (${event.candidates.map(fmt).join(', ')}); a keyed draw chose ${fmt(event.candidates[event.chosen]!)}.`;
    case 'lever_opened':
      return `Now on the table: ${lever(event.lever)}.`;
    case 'lever_broken': {
      const l = scenario.levers[event.lever]!;
      return `Broken: ${l.name} returns to "${l.options[l.statusQuo]!.name}" and is open again.`;
    }
    case 'pressure_applied':
      return `${actor(event.actor)} applies pressure: ${scenario.pressures[event.pressure]!.name}.`;
    case 'red_line_declared':
      return `${actor(event.actor)} declares a red line on ${lever(event.lever)}: never ${event.options.map((o) => `"${option(event.lever, o)}"`).join(' or ')}.`;
    case 'flexibility_signalled':
      return `${actor(event.actor)} signals flexibility on ${lever(event.lever)}.`;
    case 'importance_learnt':
      return `${actor(event.observer)} learns how much ${lever(event.lever)} matters to ${actor(event.target)}.`;
    case 'meeting_held': {
      const others = event.participants.filter((p) => p !== event.initiator);
      return event.participants.length >= 3
        ? `Summit called by ${actor(event.initiator)} with ${actors(others)}.`
        : `${actor(event.initiator)} meets ${actors(others)}.`;
    }
    case 'estimates_narrowed':
      return `${actor(event.observer)} now puts ${actorOf(event.target)} weights at ${event.levers
        .map((l, i) => `${lever(l)} ${fmt(event.intervals[i]![0] * 100)}–${fmt(event.intervals[i]![1] * 100)}%`)
        .join(', ')}.`;
    case 'costliest_learnt':
      return `${actor(event.observer)} learns that ${actorOf(event.target)} costliest open lever is ${lever(event.lever)}.`;
    case 'answered': {
      const verb = { accept: 'accepts', reject: 'rejects', counter: 'counters', none: 'does not answer' }[event.answer];
      return `${actor(event.actor)} ${verb} ${event.package}${formatReasons(scenario, event.reasons, options.reasons ?? 'public')}.`;
    }
    case 'package_signed': {
      const rank =
        event.minSurplus === null
          ? `rank ${event.rank} this ${unit}`
          : `least-satisfied party's surplus ${fmt(event.minSurplus)}, rank ${event.rank} this ${unit}`;
      return `SIGNED ${event.package.id} (${formatClauses(scenario, event.package.clauses)}) by ${actors(event.package.parties)}; ${rank}.`;
    }
    case 'package_void':
      return `VOID ${event.package}: ${lever(event.lever)} was already set by ${event.by}, so the whole package falls.`;
    case 'package_expired':
      return `Expired: ${event.package} was not signed by every party.`;
    case 'lever_settled':
      return `Settled: ${lever(event.lever)} = ${option(event.lever, event.option)}.`;
    case 'red_line_broken':
      return `${actor(event.actor)} signs across its own red line on ${lever(event.lever)} ("${option(event.lever, event.option)}") and loses ${fmt(scenario.actions.statement.red_line_support_cost)} support.`;
    case 'package_delivered':
      return formatDelivered(scenario, event.package);
    case 'talks_ended_early':
      return `The talks end early (a ${fmt(event.chance * 100)}% chance each ${unit} from ${unit} ${scenario.earlyEnd?.fromWeek ?? event.week}).`;
    case 'game_ended': {
      const ending = scenario.endings[event.ending]!;
      return `GAME OVER in ${unit} ${event.week}${event.early ? ' (talks ended early)' : ''}: ${ending.title}.`;
    }
  }
}

export function formatClauses(scenario: CompiledScenario, clauses: readonly Clause[]): string {
  return clauses
    .map((c) => `${scenario.levers[c.lever]!.name} = ${scenario.levers[c.lever]!.options[c.option]!.name}`)
    .join('; ');
}

function formatDelivered(scenario: CompiledScenario, p: Package): string {
  const who = scenario.actors[p.proposer]!.name;
  const others = p.parties.filter((x) => x !== p.proposer).map((x) => scenario.actors[x]!.name);
  const verb = p.counters ? `counters ${p.counters} with ${p.id}` : `proposes ${p.id}`;
  const to = others.length > 0 ? ` to ${joinNames(others)}` : ' (it alone signs it)';
  const copied = p.copied.length > 0 ? `, copying ${joinNames(p.copied.map((c) => scenario.actors[c]!.name))}` : '';
  return `${who} ${verb}${to}: ${formatClauses(scenario, p.clauses)}${copied}.`;
}

function formatReasons(
  scenario: CompiledScenario,
  reasons: Reasons | null,
  which: 'public' | 'private' | 'both',
): string {
  if (!reasons) return '';
  const open = publicText(scenario, reasons);
  const shown =
    which === 'public'
      ? open
      : which === 'private'
        ? reasons.private
        : [open, reasons.private && `[${reasons.private}]`].filter(Boolean).join(' ');
  return shown ? ` — ${shown}` : '';
}

/** The public reason as its receiver reads it, sticking clause included when present. */
export function publicText(scenario: Pick<CompiledScenario, 'levers'>, reasons: Reasons): string {
  return reasons.sticking === undefined
    ? reasons.public
    : `${reasons.public}; the ${scenario.levers[reasons.sticking]!.name} clause is the sticking point`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Numbers in the log: at most one decimal, no trailing zeros, never "-0". */
export function fmt(x: number): string {
  const r = Math.round(x * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toString();
}
