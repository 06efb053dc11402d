/**
 * Every event as one stable line of plain text: the game log, the CLI, the
 * screen reader's live region and the tests' snapshots all read these.
 */
import { agree, capitalise, joinNames, possessive, subject, theName } from '../text';
import type { GameEvent } from './GameEvent';
import type { Clause, Package } from './GameState';
import type { PublicScenario } from './PublicScenario';
import { fmt } from './fmt';
import { formatReasons } from './formatReasons';
import { authorOf } from './visibleTo';
import { at } from '../util/at';

export interface FormatOptions {
  /** Which reasons to show on answers: what the receiver is told, the exact numbers, or both. */
  readonly reasons?: 'public' | 'private' | 'both';
}

/**
 * Reads only the public scenario, so any seat's view can format its events.
 * Sentences agree with each actor's name (`plural`, `article`): "The European
 * allies learn that Russia's costliest open lever is …".
 */
export function formatEvent(scenario: PublicScenario, event: GameEvent, options: FormatOptions = {}): string {
  const line = describe(scenario, event, options);
  const reasons =
    'reasons' in event && event.type !== 'answered'
      ? formatReasons(scenario, authorOf(event), event.reasons, options.reasons ?? 'public')
      : '';
  return reasons ? `${line.replace(/\.$/, '')}${reasons}.` : line;
}

/** An answer's verb, singular and plural. */
const ANSWER_VERBS = {
  accept: ['accepts', 'accept'],
  reject: ['rejects', 'reject'],
  counter: ['counters', 'counter'],
  none: ['does not answer', 'do not answer'],
} as const;

function describe(scenario: PublicScenario, event: GameEvent, options: FormatOptions): string {
  const actor = (i: number) => at(scenario.actors, i);
  /** An actor inside a sentence: "the European allies". */
  const the = (i: number) => theName(actor(i));
  /** An actor and its verb, starting a sentence: "The European allies learn". */
  const says = (i: number, singular: string, plural: string) => capitalise(subject(actor(i), singular, plural));
  const whose = (i: number) => possessive(the(i));
  const actors = (list: readonly number[]) => joinNames(list.map(the));
  const lever = (i: number) => at(scenario.levers, i).name;
  const option = (l: number, o: number) => at(at(scenario.levers, l).options, o).name;
  const value = (i: number) => at(scenario.values, i).name;
  const unit = scenario.turns.unit;
  switch (event.type) {
    case 'week_started':
      return `— ${capitalise(unit)} ${event.week} of ${scenario.turns.count} —`;
    case 'news': {
      const e = at(scenario.events, event.event);
      return `News [${e.provenance.label}]: ${e.headline}`;
    }
    case 'values_changed':
      return `${capitalise(event.cause)}: ${event.changes.map((c) => `${value(c.index)} ${fmt(c.from)} → ${fmt(c.to)}`).join('; ')}.`;
    case 'tie_drawn':
      return `Several effects set ${value(event.index)} (${event.candidates.map(fmt).join(', ')}); a keyed draw chose ${fmt(at(event.candidates, event.chosen))}.`;
    case 'lever_opened':
      return `Now on the table: ${lever(event.lever)}.`;
    case 'lever_broken': {
      const l = at(scenario.levers, event.lever);
      return `Broken: ${l.name} returns to "${at(l.options, l.statusQuo).name}" and is open again.`;
    }
    case 'pressure_applied':
      return `${says(event.actor, 'applies', 'apply')} pressure: ${at(scenario.pressures, event.pressure).name}.`;
    case 'red_line_declared':
      return `${says(event.actor, 'declares', 'declare')} a red line on ${lever(event.lever)}: never ${event.options.map((o) => `"${option(event.lever, o)}"`).join(' or ')}.`;
    case 'flexibility_signalled':
      return `${says(event.actor, 'signals', 'signal')} flexibility on ${lever(event.lever)}.`;
    case 'importance_learnt':
      return `${says(event.observer, 'learns', 'learn')} how much ${lever(event.lever)} matters to ${the(event.target)}.`;
    case 'meeting_held': {
      const others = event.participants.filter((p) => p !== event.initiator);
      return event.participants.length >= 3
        ? `Summit called by ${the(event.initiator)} with ${actors(others)}.`
        : `${says(event.initiator, 'meets', 'meet')} ${actors(others)}.`;
    }
    case 'estimates_narrowed':
      return `${says(event.observer, 'now puts', 'now put')} ${whose(event.target)} weights at ${event.levers
        .map((l, i) => `${lever(l)} ${fmt(at(event.intervals, i)[0] * 100)}–${fmt(at(event.intervals, i)[1] * 100)}%`)
        .join(', ')}.`;
    case 'costliest_learnt':
      return `${says(event.observer, 'learns', 'learn')} that ${whose(event.target)} costliest open lever is ${lever(event.lever)}.`;
    case 'answered': {
      const [singular, plural] = ANSWER_VERBS[event.answer];
      return `${says(event.actor, singular, plural)} ${event.package}${formatReasons(scenario, event.actor, event.reasons, options.reasons ?? 'public')}.`;
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
      return `${says(event.actor, 'signs', 'sign')} across ${agree(actor(event.actor), 'its', 'their')} own red line on ${lever(event.lever)} ("${option(event.lever, event.option)}") and ${agree(actor(event.actor), 'loses', 'lose')} ${fmt(scenario.actions.statement.red_line_support_cost)} support.`;
    case 'package_delivered':
      return formatDelivered(scenario, event.package);
    case 'talks_ended_early':
      return `The talks end early (a ${fmt(event.chance * 100)}% chance each ${unit} from ${unit} ${scenario.earlyEnd?.fromWeek ?? event.week}).`;
    case 'game_ended': {
      const ending = at(scenario.endings, event.ending);
      return `GAME OVER in ${unit} ${event.week}${event.early ? ' (talks ended early)' : ''}: ${ending.title}.`;
    }
  }
}

export function formatClauses(scenario: Pick<PublicScenario, 'levers'>, clauses: readonly Clause[]): string {
  return clauses
    .map((c) => `${at(scenario.levers, c.lever).name} = ${at(at(scenario.levers, c.lever).options, c.option).name}`)
    .join('; ');
}

function formatDelivered(scenario: PublicScenario, p: Package): string {
  const proposer = at(scenario.actors, p.proposer);
  const names = (list: readonly number[]) => joinNames(list.map((x) => theName(at(scenario.actors, x))));
  const others = p.parties.filter((x) => x !== p.proposer);
  const verb = p.counters
    ? `${subject(proposer, 'counters', 'counter')} ${p.counters} with ${p.id}`
    : `${subject(proposer, 'proposes', 'propose')} ${p.id}`;
  const to =
    others.length > 0 ? ` to ${names(others)}` : ` (${agree(proposer, 'it alone signs it', 'they alone sign it')})`;
  const copied = p.copied.length > 0 ? `, copying ${names(p.copied)}` : '';
  return `${capitalise(verb)}${to}: ${formatClauses(scenario, p.clauses)}${copied}.`;
}

export { fmt };
