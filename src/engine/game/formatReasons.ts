/**
 * AI reasons (Reasons.ts) and the adviser's (advise.ts) in English: the one
 * place they become sentences.
 * Sentences agree with the author's name (`plural`, `article`): "their
 * opening position", "it needs 55 now".
 */
import { agree, joinNames, possessive, theName } from '../text';
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
): string {
  if (!reasons) return '';
  const open = publicText(scenario, author, reasons.public);
  const exact = reasons.private ? privateText(scenario, author, reasons.private) : '';
  const shown =
    which === 'public' ? open : which === 'private' ? exact : [open, exact && `[${exact}]`].filter(Boolean).join(' ');
  return shown ? ` — ${shown}` : '';
}

/** What `author` tells the others. */
export function publicText(scenario: PublicScenario, author: number, reason: PublicReason): string {
  const who = at(scenario.actors, author, 'actor');
  const it = agree(who, 'it', 'they');
  const its = agree(who, 'its', 'their');
  const lever = (l: number) => at(scenario.levers, l, 'lever').name;
  const counters = `; ${it} ${agree(who, 'counters', 'counter')} with terms ${it} ${agree(who, 'expects', 'expect')} the others can accept`;
  switch (reason.kind) {
    case 'answer': {
      const verdict = reason.verdict === 'far' ? 'far from acceptable' : reason.verdict;
      const sticking =
        reason.sticking === undefined ? '' : `; the ${lever(reason.sticking)} clause is the sticking point`;
      return `${verdict}${sticking}${reason.countered ? counters : ''}`;
    }
    case 'red_line_crossed': {
      const why =
        reason.lever === undefined
          ? `${theName(who)} will not sign one of its clauses`
          : `it crosses ${possessive(theName(who))} declared red line on ${lever(reason.lever)}`;
      return `${why}${reason.countered ? counters : ''}`;
    }
    case 'proposal':
      return reason.acceptable
        ? `terms ${it} ${agree(who, 'expects', 'expect')} the others can accept`
        : `${its} opening position`;
    case 'commitment':
      return `a public commitment makes ${its} position credible`;
    case 'learn': {
      const other = at(scenario.actors, reason.about, 'actor');
      return `to learn what ${theName(other)} ${agree(other, 'values', 'value')} most`;
    }
    case 'pressure':
      return `${its} offers keep being turned down; ${it} ${agree(who, 'raises', 'raise')} the cost of no deal`;
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
              ? `; the ${lever(a.costliest.lever).name} clause costs ${it} most (−${fmt(a.costliest.loss)})`
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
