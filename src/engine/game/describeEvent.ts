/**
 * One event as one plain sentence of a reader's log: "You meet Russia",
 * "Russia rejects your offer of week 1 — far from what Russia needs now".
 * Packages by their names (packageName), never by id; answers and moves with
 * their public reasons. Value changes and estimates, which need the rest of
 * the log, are written by formatChanges and formatEstimates; a lever settled
 * is told by the signature that settled it.
 */
import { capitalise, ordinal } from '../text';
import { at } from '../util/at';
import { fmt } from './fmt';
import { formatClauses } from './formatClauses';
import { formatReasons } from './formatReasons';
import type { GameEvent } from './GameEvent';
import type { Package } from './GameState';
import type { LogContext } from './LogContext';
import { packageName, packageNoun } from './packageName';
import { authorOf } from './visibleTo';

/** The events that make one sentence on their own. */
export type PlainEvent = Exclude<GameEvent, { type: 'values_changed' | 'estimates_narrowed' | 'lever_settled' }>;

/** An answer's verb, singular and plural. */
const ANSWER_VERBS = {
  accept: ['accepts', 'accept'],
  reject: ['rejects', 'reject'],
  counter: ['counters', 'counter'],
  none: ['gives no answer to', 'give no answer to'],
} as const;

export function describeEvent(ctx: LogContext, event: PlainEvent): string {
  const { scenario, say } = ctx;
  const says = (i: number, singular: string, plural: string) => capitalise(say.subject(i, singular, plural));
  const lever = (i: number) => at(scenario.levers, i).name;
  const option = (l: number, o: number) => at(at(scenario.levers, l).options, o).name;
  const value = (i: number) => at(scenario.values, i).name;
  const named = (id: string) => {
    const ref = ctx.pkg(id);
    return ref ? packageName(scenario, ref, ctx.reader) : 'an earlier deal';
  };
  const why = (e: Extract<GameEvent, { reasons: unknown }>) =>
    formatReasons(scenario, authorOf(e), e.reasons, ctx.reasons, ctx.reader);
  const unit = scenario.turns.unit;
  switch (event.type) {
    case 'week_started':
      return `${capitalise(unit)} ${event.week} of ${scenario.turns.count}`;
    case 'news': {
      // The source label first, as on the table's news: reported, context or simulated.
      const e = at(scenario.events, event.event);
      return `${capitalise(e.provenance.label)}: ${e.headline}`;
    }
    case 'tie_drawn':
      return `Several effects set ${value(event.index)} at once (to ${event.candidates.map(fmt).join(' or ')}); a draw chose ${fmt(at(event.candidates, event.chosen))}.`;
    case 'lever_opened':
      return `Now on the table: ${lever(event.lever)}.`;
    case 'lever_broken': {
      const l = at(scenario.levers, event.lever);
      return `Broken: ${l.name} returns to “${at(l.options, l.statusQuo).name}” and is open again.`;
    }
    case 'pressure_applied':
      return `${says(event.actor, 'applies', 'apply')} pressure: ${at(scenario.pressures, event.pressure).name}${why(event)}.`;
    case 'red_line_declared':
      return `${says(event.actor, 'declares', 'declare')} a red line on ${lever(event.lever)}: never ${event.options.map((o) => `“${option(event.lever, o)}”`).join(' or ')}${why(event)}.`;
    case 'flexibility_signalled':
      return `${says(event.actor, 'signals', 'signal')} flexibility on ${lever(event.lever)}${why(event)}.`;
    case 'importance_learnt':
      return `${says(event.observer, 'learns', 'learn')} how much ${lever(event.lever)} matters to ${say.name(event.target)}.`;
    case 'costliest_learnt':
      return `${says(event.observer, 'learns', 'learn')} that, of the levers open now, ${say.subject(event.target, 'has', 'have')} most at stake in ${lever(event.lever)}.`;
    case 'meeting_held': {
      const others = event.participants.filter((p) => p !== event.initiator);
      return others.length >= 2
        ? `${says(event.initiator, 'calls', 'call')} a summit with ${say.names(others)}${why(event)}.`
        : `${says(event.initiator, 'meets', 'meet')} ${say.names(others)}${why(event)}.`;
    }
    case 'answered': {
      const [singular, plural] = ANSWER_VERBS[event.answer];
      return `${says(event.actor, singular, plural)} ${named(event.package)}${why(event)}.`;
    }
    case 'package_delivered':
      // A counter-offer's reasons are its answer's, told on the answer's line.
      return `${delivered(ctx, event.package)}${event.package.counters === null ? why(event) : ''}.`;
    case 'package_signed': {
      const rank = event.rank > 1 ? `, the ${ordinal(event.rank)} signed this ${unit}` : '';
      // The surplus comes from hidden profiles: only the whole game's log has it (eventsFor removes it).
      const surplus =
        event.minSurplus === null ? '' : `; ${leastSuited(event.minSurplus, event.package.parties.length)}`;
      return `Signed: ${named(event.package.id)} (${formatClauses(scenario, event.package.clauses)}), by ${say.names(event.package.parties)}${rank}${surplus}.`;
    }
    case 'package_void':
      return `${capitalise(named(event.package))} falls: ${lever(event.lever)} was already settled by ${named(event.by)}.`;
    case 'package_expired':
      return `${capitalise(named(event.package))} expires: not every party accepted it.`;
    case 'red_line_broken':
      return `${says(event.actor, 'signs', 'sign')} across ${say.its(event.actor)} own red line on ${lever(event.lever)} (“${option(event.lever, event.option)}”).`;
    case 'talks_ended_early':
      return `The talks end early: from ${unit} ${scenario.earlyEnd?.fromWeek ?? event.week}, each ${unit} had a ${fmt(event.chance * 100)}% chance of it.`;
    case 'game_ended': {
      const ending = at(scenario.endings, event.ending);
      return `The talks are over in ${unit} ${event.week}${event.early ? ', ended early' : ''}: ${ending.title}.`;
    }
  }
}

/**
 * The signature's lowest surplus (docs/model.md §3.2, step 4: the smallest gain of any signer over what no deal was
 * worth to it then) as a sentence: "the signer it suited least was 1 better off with it than with no deal".
 */
function leastSuited(surplus: number, signers: number): string {
  const who = signers === 1 ? 'its only signer' : 'the signer it suited least';
  const amount = fmt(Math.abs(surplus));
  if (amount === '0') return `${who} was no better off with it than with no deal`;
  return `${who} was ${amount} ${surplus < 0 ? 'worse' : 'better'} off with it than with no deal`;
}

/** "Russia answers your offer of week 1 with a counter-offer to you and the United States: Ceasefire = Full ceasefire". */
function delivered(ctx: LogContext, p: Package): string {
  const { say } = ctx;
  const others = p.parties.filter((x) => x !== p.proposer);
  const noun = packageNoun(p);
  const countered = p.counters === null ? null : ctx.pkg(p.counters);
  const made = countered
    ? `${say.subject(p.proposer, 'answers', 'answer')} ${packageName(ctx.scenario, countered, ctx.reader)} with ${noun}`
    : `${say.subject(p.proposer, 'makes', 'make')} ${noun}`;
  const to =
    others.length > 0
      ? ` to ${say.names(others)}`
      : ` that ${say.it(p.proposer)} alone ${say.agree(p.proposer, 'signs', 'sign')}`;
  const copied = p.copied.length > 0 ? `, copied to ${say.names(p.copied)}` : '';
  return `${capitalise(made)}${to}${copied} (${formatClauses(ctx.scenario, p.clauses)})`;
}
