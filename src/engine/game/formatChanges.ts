/**
 * A values_changed event as sentences, one per value, each saying what moved
 * it (docs/model.md §3.5): "Your trust in the European allies fell from 75 to
 * 71: the European allies met the United States without you." Several
 * causes carry their amounts (formatCauses); a dynamics rule speaks in its
 * own words, after the change. The world's values moved by the same causes
 * share a line; each trust value has its own: the reader's trust in others
 * first, then theirs in the reader, then the rest.
 */
import { capitalise } from '../text';
import { at } from '../util/at';
import { causesOf } from './formatCauses';
import type { ValueChange } from './GameEvent';
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
    // Whole numbers, as the meters and trust lines show them; a change too small to show in them is said in words.
    const moved =
      whole(c.from) === whole(c.to)
        ? `${subject} ${way} a little, to ${whole(c.to)}`
        : `${subject} ${way} from ${whole(c.from)} to ${whole(c.to)}`;
    const { phrases, rules } = causesOf(ctx, c.causes, pair?.[0] ?? null);
    const because = `${phrases ? `: ${phrases}` : ''}.${rules.map((r) => ` ${r}`).join('')}`;
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

/** A value as the table shows it: a whole number (never "-0"). */
function whole(x: number): string {
  const r = Math.round(x);
  return String(Object.is(r, -0) ? 0 : r);
}
