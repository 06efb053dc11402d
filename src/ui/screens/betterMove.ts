/**
 * "Could you have done better?" on the ending screen: the best package the
 * others would have accepted (selectBetterMove), its terms lever by lever
 * beside what the game ended with, and what it would have been worth to the
 * student against what the student got — on the same scale as the grades.
 */
import type { SeatGame } from '../../store/AppState';
import { selectBetterMove, type BetterMove, type BetterTerm } from '../../store/selectBetterMove';
import { num, signed } from '../../store/num';
import { h } from '../dom';

export function betterMove(game: Pick<SeatGame, 'debrief'> | null): HTMLElement | null {
  const model = selectBetterMove(game);
  if (!model) return null;
  return h(
    'section',
    { class: 'panel better-move', attrs: { 'aria-labelledby': 'better-h' } },
    h('h2', { attrs: { id: 'better-h' }, text: 'Could you have done better?' }),
    h('p', { class: 'better-answer', text: answer(model) }),
    model.reached || model.terms.length === 0
      ? null
      : h('ul', { class: 'plain better-terms' }, ...model.terms.map((t) => term(t, model.unit))),
    model.reached || model.acceptableTo === ''
      ? null
      : h('p', {
          class: 'muted small',
          text: `Its result is the "best deal possible" of the table above. A lever already signed goes into no later package, unless the table said a later deal may still change it: it stays as signed. To try it, replay from an earlier ${model.unit}.`,
        }),
  );
}

function answer(m: BetterMove): string {
  if (m.reached)
    return `No: nothing the others would have accepted was worth more to you than what you got (${num(m.got)}).`;
  if (m.terms.every((t) => t.keep))
    return `Yes: leaving every lever as it was would have been worth ${num(m.best)} to you (a result of ${signed(m.best - m.start)}); you got ${num(m.got)} (${signed(m.got - m.start)}).`;
  const who =
    m.acceptableTo === ''
      ? 'needed no one else to sign'
      : `at least as good as no deal, at the end, for ${m.acceptableTo}, who would have had to sign it`;
  return `Yes: these terms would have been worth ${num(m.best)} to you (a result of ${signed(m.best - m.start)}, the best deal possible) and ${who}; you got ${num(m.got)} (${signed(m.got - m.start)}).`;
}

function term(t: BetterTerm, unit: string): HTMLElement {
  return h(
    'li',
    {},
    h('strong', { text: `${t.lever}: ` }),
    t.keep ? `leave it as it is (${t.option})` : t.option,
    // An option's name may end in a full stop of its own ("Majority rights for the U.S.").
    h('span', { class: 'muted', text: ` — ${had(t, unit).replace(/\.?$/, '.')}` }),
    t.proposedBy === ''
      ? null
      : h('span', {
          class: 'muted',
          text: ` Only ${t.proposedBy} may propose it, so it had to come from another side.`,
        }),
    t.redLineOf === '' ? null : h('span', { class: 'better-red-line', text: ` ${redLine(t)}` }),
  );
}

function had(t: BetterTerm, unit: string): string {
  if (t.ended !== null) return `you ended with ${t.ended}`;
  return t.settledWeek === null
    ? 'as you had it'
    : `kept as it was signed in ${unit} ${t.settledWeek}: no one needed to sign it again`;
}

/**
 * An option that is a red line of a side who does not sign this lever (docs/model.md §4 leaves out every package
 * that sets a lever to a red line of one of its signatories): why it could still be there. Hidden or declared alike.
 */
function redLine(t: BetterTerm): string {
  const whose = `It is a red line of ${t.redLineOf}, who would never sign it`;
  return t.settledWeek === null
    ? `${whose}; but this lever needs no signature of ${t.redLineOf}.`
    : `${whose}; signed already, it needed no new signature.`;
}
