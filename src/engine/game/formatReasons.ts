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
import { repays, type Gain, type PrivateReason, type PublicReason, type Reasons } from './Reasons';

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
  const counters = `; ${it} ${say.agree(author, 'answers', 'answer')} with terms ${it} ${say.agree(author, 'expects', 'expect')} the others can accept`;
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
    case 'overtaken':
      return `the clause on ${lever(reason.lever)} can no longer be signed, as that lever was settled after the offer was made${reason.countered ? counters : ''}`;
    case 'nothing_in_return':
      return `${say.subject(author, 'gets', 'get')} nothing in return for what ${it} would give up${reason.countered ? counters : ''}`;
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
  // A package only its author signs leaves nobody else's gain to estimate.
  const gains = (list: readonly Gain[]) =>
    list.length === 0
      ? 'none (no other signer)'
      : joinNames(list.map((g) => `${theName(at(scenario.actors, g.actor, 'actor'))} +${fmt(g.gain)}`));
  switch (reason.kind) {
    case 'answer': {
      const a = reason.assessment;
      const found =
        a.kind === 'red_line'
          ? `“${at(lever(a.lever).options, a.option).name}” on ${lever(a.lever).name} is a red line for ${me}`
          : a.kind === 'overtaken'
            ? `the clause on ${lever(a.lever).name} can no longer be signed (the lever was settled after the offer)`
            : a.kind === 'gift'
              ? `worth ${fmt(a.worth)} to ${me}, ${fmt(a.cost)} below what ${it} ${agree(who, 'has', 'have')} now, and no clause gains ${agree(who, 'it', 'them')} anything; ${it} ${agree(who, 'owes', 'owe')} ${fmt(a.owed)}, for earlier packages, to the parties ${it} would help` +
                (repays(a)
                  ? ', so signing repays them'
                  : `, less than the cost, so ${it} ${agree(who, 'does', 'do')} not sign it for nothing`)
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
      return `${it} would never sign ${reason.options.map((o) => `“${at(lever(reason.lever).options, o).name}”`).join(' or ')} on ${lever(reason.lever).name}`;
    case 'meet':
      return `${its} estimates of ${possessive(theName(at(scenario.actors, reason.other, 'actor')))} weights are still ${fmt(reason.width * 100)} points wide on average`;
    case 'pressure':
      return `${reason.stalled} of ${its} packages expired unsigned since ${its} last deal; t ${fmt(reason.t)} ≥ ${fmt(reason.from)}; it costs ${agree(who, 'it', 'them')} ${fmt(reason.cost)} now and hastens no ending`;
  }
}

/** An average estimate width (of 0–1) from which the debrief says an actor "knew little yet" of another. */
const LITTLE_KNOWN = 0.5;

/**
 * The same decision for a student's debrief: the numbers a student can read
 * on the table's one scale (worth 0–100, what no deal is worth, the others'
 * estimated gains), without the AI's internal terms (the time fraction t, the
 * temperament as a number), which the debrief shows beside each actor instead.
 */
export function privateWords(scenario: PublicScenario, author: number, reason: PrivateReason): string {
  const who = at(scenario.actors, author, 'actor');
  const me = theName(who);
  const it = agree(who, 'it', 'they');
  const them = agree(who, 'it', 'them');
  const its = agree(who, 'its', 'their');
  const lever = (l: number) => at(scenario.levers, l, 'lever');
  // What it expected the others to gain; a package only it signs has no others, and the clause says so instead.
  const others = (list: readonly Gain[]) =>
    list.length === 0
      ? `, and no other side had to sign it`
      : `, and ${it} estimated the others would gain: ${joinNames(list.map((g) => `${theName(at(scenario.actors, g.actor, 'actor'))} ${signed(g.gain)}`))}`;
  // The target, in the same words as an answer's: the least it would take that week (docs/model.md §6).
  const needed = (target: number) => `${it} needed at least ${fmt(target)} that ${scenario.turns.unit}`;
  switch (reason.kind) {
    case 'answer': {
      const a = reason.assessment;
      const found =
        a.kind === 'red_line'
          ? `“${at(lever(a.lever).options, a.option).name}” on ${lever(a.lever).name} was a red line for ${me}`
          : a.kind === 'overtaken'
            ? `the clause on ${lever(a.lever).name} could no longer be signed: that lever was settled after the offer was made`
            : a.kind === 'gift'
              ? repays(a)
                ? `it left ${me} ${fmt(a.cost)} worse off, with nothing in return, but ${it} owed ${fmt(a.owed)} for earlier packages to the sides ${it} helped, and signed it to repay them`
                : `it would have left ${me} ${fmt(a.cost)} worse off, with nothing in return, and ${it} owed the sides ${it} would have helped ${fmt(a.owed) === '0' ? 'nothing' : `only ${fmt(a.owed)}`} for earlier packages`
              : `it was worth ${fmt(a.worth)} to ${me}, who needed at least ${fmt(a.target)} that ${scenario.turns.unit} (no deal was worth ${fmt(a.reservation)} to ${them})` +
                (a.costliest
                  ? `; the clause on ${lever(a.costliest.lever).name} cost ${them} most (−${fmt(a.costliest.loss)})`
                  : '');
      const then =
        reason.then === null
          ? ''
          : reason.then.kind === 'counter'
            ? `; ${its} counter-offer was worth ${fmt(reason.then.own)} to ${them}${others(reason.then.gains)}`
            : `; ${it} saw no counter-offer the others would accept that was worth enough to ${them}`;
      return `${found}${then}`;
    }
    case 'proposal':
      return reason.acceptable
        ? `it was worth ${fmt(reason.own)} to ${me}, who needed at least ${fmt(reason.target)} that ${scenario.turns.unit}${others(reason.gains)}`
        : `${it} saw no terms the others would accept yet, so ${it} stated what ${it} wanted: worth ${fmt(reason.own)} to ${them} (${needed(reason.target)})`;
    case 'red_lines':
      return `${me} would never sign ${reason.options.map((o) => `“${at(lever(reason.lever).options, o).name}”`).join(' or ')} on ${lever(reason.lever).name}`;
    case 'meet': {
      // Estimates are shares of 0–100%: at least half that wide on average is knowing little (docs/model.md §3.3).
      const other = theName(at(scenario.actors, reason.other, 'actor'));
      return reason.width >= LITTLE_KNOWN
        ? `${me} knew little yet of what ${other} wanted`
        : `${me} ${agree(who, 'was', 'were')} still unsure of what ${other} wanted`;
    }
    case 'pressure':
      return `${reason.stalled} of ${its} offers had expired unsigned since ${its} last deal; the pressure cost ${them} ${fmt(reason.cost)}`;
  }
}

/** A change in points with its sign: "+5.7", "−2.5", "0". */
function signed(x: number): string {
  const text = fmt(x);
  return x > 0 && text !== '0' ? `+${text}` : text.replace('-', '−');
}

/**
 * Why the adviser suggests its package, to the seat it advises. Every number
 * is a worth to the seat, on its one scale, with one wording: what the
 * package is worth, what the adviser aims for this week, what no deal is worth.
 */
export function adviceReasons(scenario: PublicScenario, advice: Advice): string[] {
  const { worth, target, reservation } = advice;
  const unit = scenario.turns.unit;
  const aim =
    worth >= target
      ? `at least the ${fmt(target)} your adviser aims for this ${unit}`
      : `short of the ${fmt(target)} your adviser aims for this ${unit}`;
  const noDeal =
    worth >= reservation
      ? `more than the ${fmt(reservation)} no deal is worth`
      : `less than the ${fmt(reservation)} no deal is worth`;
  const gains = advice.gains.map((g) => `${theName(at(scenario.actors, g.actor, 'actor'))} ${signed(g.gain)}`);
  return [
    `Worth ${fmt(worth)} to you: ${aim}, and ${noDeal}.`,
    gains.length === 0
      ? 'You alone sign it: nobody else has to accept it.'
      : advice.likelyAccepted
        ? `By your estimates every other party would likely accept it: ${joinNames(gains)}.`
        : `By your estimates not every other party would accept it yet (${joinNames(gains)}): no package you could propose looks acceptable to all of them, so this one states what you want. Meet them to learn what they value.`,
    'Estimates come only from what you have seen: proposals, answers, statements and meetings.',
  ];
}

/** Why the adviser has nothing to suggest to `seat`. */
export function noAdviceText(scenario: PublicScenario, seat: number, why: NoAdvice): string {
  const lever = (l: number) => at(scenario.levers, l, 'lever');
  switch (why.none) {
    case 'cannot_propose':
      return `No package to suggest now. ${why.refusal.message}`;
    case 'nothing_beats_no_deal': {
      const held =
        why.inPlay.length === 0
          ? ''
          : ` Left out until your offers on them are answered: ${joinNames(why.inPlay.map((l) => lever(l).name))}.`;
      const floor = why.now === null ? `no deal (${fmt(why.reservation)})` : `what you have now (${fmt(why.now)})`;
      return `Every package you could propose now is worth less to you than ${floor}.${held}`;
    }
    case 'red_lines': {
      const crossings = why.crossed.map((c) => {
        const option = `“${at(lever(c.lever).options, c.option, 'option').name}” on ${lever(c.lever).name}`;
        if (c.actor === seat) return `${option} crosses your own red line`;
        const who = at(scenario.actors, c.actor, 'actor');
        return c.declared
          ? `${option} crosses a red line ${theName(who)} ${agree(who, 'has', 'have')} declared`
          : `${option} crosses a red line ${theName(who)} named in turning down an offer`;
      });
      return `Only packages across red lines would beat no deal: ${crossings.join('; ')}.`;
    }
  }
}
