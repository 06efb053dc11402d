/**
 * AI reasons (Reasons.ts) and the adviser's (advise.ts) in English: the one
 * place they become sentences.
 * Sentences agree with the author's name (`plural`, `article`): "their
 * opening position", "it needs 55 now".
 */
import { agree, joinNames, narrator, possessive, theName } from '../text';
import { at } from '../util/at';
import { fmt } from './fmt';
import type { PublicScenario } from './PublicScenario';
import type { Advice, NoAdvice } from '../ai/advise';
import type { Gain, PrivateReason, PublicReason, Reasons } from './Reasons';

export type ReasonsShown = 'public' | 'private' | 'both';

/** The reasons of `author` as the log shows them: the public part, the private one in brackets, or both. */
export function formatReasons(
  scenario: PublicScenario,
  author: number,
  reasons: Reasons | null,
  which: ReasonsShown,
  reader: number | null = null,
): string {
  if (!reasons) return '';
  const open = publicText(scenario, author, reasons.public, reader);
  const exact = reasons.private ? privateText(scenario, author, reasons.private) : '';
  const shown =
    which === 'public' ? open : which === 'private' ? exact : [open, exact && `[${exact}]`].filter(Boolean).join(' ');
  return shown ? ` — ${shown}` : '';
}

/**
 * What `author` tells the others, as `reader` reads it ("to learn what you
 * value most"; null: everyone named). A clause is named whenever the reason
 * holds one (docs/model.md §6): who may see it is the views' business.
 */
export function publicText(
  scenario: PublicScenario,
  author: number,
  reason: PublicReason,
  reader: number | null = null,
): string {
  const say = narrator(scenario.actors, reader);
  const it = say.it(author);
  const lever = (l: number) => at(scenario.levers, l, 'lever').name;
  const counters = `; ${it} ${say.agree(author, 'counters', 'counter')} with terms ${it} ${say.agree(author, 'expects', 'expect')} the others can accept`;
  switch (reason.kind) {
    case 'answer': {
      const needs = `what ${it} ${say.agree(author, 'needs', 'need')} now`;
      const verdict =
        reason.verdict === 'acceptable'
          ? `it gives ${say.name(author)} ${needs}`
          : reason.verdict === 'close'
            ? `close to what ${say.subject(author, 'needs', 'need')} now, but short of it`
            : `far from what ${say.subject(author, 'needs', 'need')} now`;
      const sticking =
        reason.sticking === undefined ? '' : `; the clause on ${lever(reason.sticking)} is the sticking point`;
      return `${verdict}${sticking}${reason.countered ? counters : ''}`;
    }
    case 'red_line_crossed': {
      const clause = reason.lever === undefined ? 'one of its clauses' : `the clause on ${lever(reason.lever)}`;
      return `${say.subject(author, 'will', 'will')} never sign ${clause} (a red line)${reason.countered ? counters : ''}`;
    }
    case 'proposal':
      return reason.acceptable
        ? `terms ${it} ${say.agree(author, 'expects', 'expect')} the others can accept`
        : `an opening position: what ${say.subject(author, 'wants', 'want')}, as ${it} ${say.agree(author, 'sees', 'see')} no terms yet that all the others would accept`;
    case 'commitment':
      return `a public commitment makes ${say.its(author)} position credible`;
    case 'learn':
      return `to learn what ${say.subject(reason.about, 'values', 'value')} most`;
    case 'pressure':
      return `${say.its(author)} offers keep being turned down, so ${it} ${say.agree(author, 'raises', 'raise')} the cost of no deal`;
  }
}

/** The exact numbers behind a decision of `author` (the debrief, the CLI, the balance lab). */
export function privateText(scenario: PublicScenario, author: number, reason: PrivateReason): string {
  const who = at(scenario.actors, author, 'actor');
  const me = theName(who);
  const it = agree(who, 'it', 'they');
  const its = agree(who, 'its', 'their');
  const lever = (l: number) => at(scenario.levers, l, 'lever');
  const gains = (list: readonly Gain[]) =>
    joinNames(list.map((g) => `${theName(at(scenario.actors, g.actor, 'actor'))} +${fmt(g.gain)}`));
  switch (reason.kind) {
    case 'answer': {
      const a = reason.assessment;
      const found =
        a.kind === 'red_line'
          ? `"${at(lever(a.lever).options, a.option).name}" on ${lever(a.lever).name} is a red line for ${me}`
          : `worth ${fmt(a.worth)} to ${me}, ${it} ${agree(who, 'needs', 'need')} ${fmt(a.target)} now (reservation ${fmt(a.reservation)}, t ${fmt(a.t)}, temperament ${fmt(a.temperament)}, trust in proposer ${fmt(a.trust)})` +
            (a.costliest
              ? `; the clause on ${lever(a.costliest.lever).name} costs ${agree(who, 'it', 'them')} most (−${fmt(a.costliest.loss)})`
              : '');
      const then =
        reason.then === null
          ? ''
          : reason.then.kind === 'counter'
            ? `; ${its} counter is worth ${fmt(reason.then.own)} to ${agree(who, 'it', 'them')}, estimated gains ${gains(reason.then.gains)}`
            : `; no counter-offer ${it} ${agree(who, 'estimates', 'estimate')} the others would accept is worth ${its} target`;
      return `${found}${then}`;
    }
    case 'proposal':
      return reason.acceptable
        ? `worth ${fmt(reason.own)} to ${agree(who, 'it', 'them')} (target ${fmt(reason.target)}); estimated gains ${gains(reason.gains)}`
        : `no package ${it} ${agree(who, 'estimates', 'estimate')} acceptable yet; ${agree(who, 'states', 'state')} what ${it} ${agree(who, 'wants', 'want')}: worth ${fmt(reason.own)} to ${agree(who, 'it', 'them')} (target ${fmt(reason.target)})`;
    case 'red_lines':
      return `${it} would never sign ${reason.options.map((o) => `"${at(lever(reason.lever).options, o).name}"`).join(' or ')} on ${lever(reason.lever).name}`;
    case 'meet':
      return `${its} estimates of ${possessive(theName(at(scenario.actors, reason.other, 'actor')))} weights are still ${fmt(reason.width * 100)} points wide on average`;
    case 'pressure':
      return `${reason.stalled} of ${its} packages expired unsigned since ${its} last deal; t ${fmt(reason.t)} ≥ ${fmt(reason.from)}; it costs ${agree(who, 'it', 'them')} ${fmt(reason.cost)} now and hastens no ending`;
  }
}

/** Why the adviser suggests its package, to the seat it advises. */
export function adviceReasons(scenario: PublicScenario, advice: Advice): string[] {
  const { worth, target, reservation } = advice;
  const gains = advice.gains.map((g) => `${theName(at(scenario.actors, g.actor, 'actor'))} +${fmt(g.gain)}`);
  return [
    worth >= target
      ? `Worth ${fmt(worth)} to you; no deal is worth ${fmt(reservation)} now, and you can still aim for ${fmt(target)}.`
      : `Worth ${fmt(worth)} to you: less than the ${fmt(target)} you could still aim for, but more than the ${fmt(reservation)} no deal is worth now.`,
    advice.likelyAccepted
      ? `By your estimates every other party gains from it: ${gains.join(', ')}.`
      : 'No package you could propose looks acceptable to everyone yet; this one states what you want. Meet the others to learn what they value.',
    'Estimates come only from what you have seen: proposals, answers, statements and meetings.',
  ];
}

/** Why the adviser has nothing to suggest. */
export function noAdviceText(scenario: PublicScenario, why: NoAdvice): string {
  switch (why) {
    case 'last_week':
      return `No packages can be made in the last ${scenario.turns.unit}.`;
    case 'no_lever':
      return 'No lever is open for you to propose right now.';
    case 'nothing_beats_no_deal':
      return 'Every package you could propose now is worth less to you than no deal.';
  }
}
