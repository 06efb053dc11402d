/**
 * The table's words, one wording for each number, shared by the drawn table,
 * the phone's cards and the news strip: the week and its countdown, a
 * meter's thresholds, the warning when one is near, a change of trust.
 */
import { capitalise, joinNames } from '../engine/index';
import { num } from './num';
import type { MeterThreshold, TableDanger, TableLever, TableModel, TrustChange } from './TableModel';

/** What a lever signed at an interim option may still become, in words: “A full ceasefire” or “…”. */
export function stillToText(lever: TableLever): string {
  return lever.stillTo.map((o) => `“${lever.options[o]}”`).join(' or ');
}

export function weekText(model: TableModel): string {
  return `${capitalise(model.unit || 'week')} ${model.week} of ${model.weeks}`;
}

/**
 * "5 weeks left · talks may end any week from now: 15% each week"; `urgent` once they may end any week, or in the
 * last. `marked`: the weeks in which they may end are drawn beside it (dashed squares), and the words say so.
 */
export function countdownText(model: TableModel, marked = false): { readonly text: string; readonly urgent: boolean } {
  if (model.ended) return { text: 'the talks are over', urgent: false };
  const unit = model.unit || 'week';
  const left = model.weeks - model.week + 1;
  const deadline = left <= 1 ? `the last ${unit}` : `${left} ${unit}s left`;
  const early = model.earlyEnd;
  if (!early || left <= 1) return { text: deadline, urgent: left <= 1 };
  const chance = `${Math.round(early.chance * 100)}%`;
  return model.week >= early.fromWeek
    ? { text: `${deadline} · talks may end any ${unit} from now: ${chance} each ${unit}`, urgent: true }
    : {
        text: `${deadline} · talks may end early from ${unit} ${early.fromWeek}${marked ? ` (the dashed ${unit}s)` : ''}`,
        urgent: false,
      };
}

/** A meter's value as the table writes it: a whole number, "−12" with a minus sign. */
export function meterValue(value: number): string {
  return num(Math.round(value));
}

/** A meter's scale after its value: " of 100" (from 0), else " (from −50 to 50)". */
export function meterScale(m: { readonly min: number; readonly max: number }): string {
  return m.min === 0 ? ` of ${meterValue(m.max)}` : ` (from ${meterValue(m.min)} to ${meterValue(m.max)})`;
}

/** "Human cost 7 of 100": a meter's value with its scale, the same on the drawing, the cards and for screen readers. */
export function meterReading(value: number, m: { readonly min: number; readonly max: number }): string {
  return `${meterValue(value)}${meterScale(m)}`;
}

/** "support 60 of 100": an actor's support at home, in one wording on the drawing and the cards (short: it sits
 * beside each token). */
export function supportText(support: number): string {
  return `support ${Math.round(support)} of 100`;
}

/** "needs the signature of Ukraine and the United States": who must sign a deal on a lever (not who has signed), named
 * as inside a sentence. */
export function signersText(signatories: readonly string[]): string {
  return `a deal on it needs the signature of ${joinNames(signatories)}`;
}

/** "Escalation at 90"; "Near: Escalation at 90" when near; "… (with other conditions)" when it does not end the game alone. */
export function thresholdCaption(t: MeterThreshold): string {
  const base = `${t.ending} at ${meterValue(t.at)}`;
  if (!t.alone) return `${base} (with other conditions)`;
  return t.near ? `Near: ${base}` : base;
}

/** "“Escalation” is near: War intensity is 78, and at 90 the game ends." */
export function dangerSentence(d: TableDanger, unit: string): string {
  // The end check comes at the end of a week, before the next week's news moves the values (docs/model.md §3.2).
  const limit = `${meterValue(d.at)} or ${d.side === 'above' ? 'more' : 'less'}`;
  return d.crossed
    ? `“${d.ending}” is near: ${d.meter} is ${meterValue(d.value)}; if it is still ${limit} when this ${unit} ends, the game ends.`
    : `“${d.ending}” is near: ${d.meter} is ${meterValue(d.value)}; at ${limit} when a ${unit} ends, the game ends.`;
}

/** ", down from 25 in week 3. Russia's meeting with the United States, without Ukraine." or ", unchanged so far." */
export function trustChangeText(change: TrustChange | null, unit: string): string {
  if (!change) return ', unchanged so far.';
  const from = Math.round(change.from);
  const to = Math.round(change.to);
  const way = to > from ? 'up' : to < from ? 'down' : 'moved';
  return `, ${way} from ${from} in ${unit} ${change.week}.${change.cause ? ` ${change.cause}` : ''}`;
}
