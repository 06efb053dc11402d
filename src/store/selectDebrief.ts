/**
 * The debrief's revelations, from debriefOf (everything is revealed once the
 * game has ended): each other actor's hidden priorities, red lines and
 * temperament beside what the seat had estimated of them, and how those
 * estimates moved week by week (docs/model.md §3.3: every estimate starts as
 * "anything from 0 to 100%" and only narrows); the world's values week by
 * week; and the key moments of the talks with the private reasons behind
 * each AI decision (docs/model.md §6), which the seat could not see in play.
 */
import {
  at,
  endingThresholds,
  formatLog,
  privateWords,
  theName,
  type Debrief,
  type GameEvent,
  type Interval,
  type LogKind,
} from '../engine/index';

/** One lever as another actor weighs it, and as the seat estimated it. */
export interface LeverReveal {
  readonly lever: string;
  /** The actor's true share of what matters to it on this lever, 0–1 (its weights sum to 1). */
  readonly weight: number;
  /** The seat's estimate at the end: the true weight lies between lo and hi. */
  readonly estimate: Interval;
  /** The seat's estimate at the end of each week, from week 0 (before the talks) to the last. */
  readonly byWeek: readonly Interval[];
  /** The option it valued most on this lever. */
  readonly favourite: string;
  /**
   * Options it would never sign (its red lines), each with the week it declared it in public (0: before the talks;
   * null: never, so it stayed hidden).
   */
  readonly redLines: readonly { readonly option: string; readonly declaredIn: number | null }[];
}

export interface ActorReveal {
  readonly actor: number;
  readonly name: string;
  /** The name inside a sentence: "what mattered to the United States". */
  readonly called: string;
  /** The drawn temperament (docs/model.md §6): below 1 holds out until late, above 1 gives ground early. */
  readonly temperament: number;
  /**
   * How it planned to give ground, in words and weeks, never the number: how early it came half-way down to what
   * no deal was worth to it, and the week it planned to get there (temperamentText).
   */
  readonly temperamentWords: string;
  /** The week by which it planned to have come down to what no deal was worth to it. */
  readonly horizon: number;
  /** How many hidden red lines it held, in words: "its 1 red line", "no red lines". */
  readonly redLineWords: string;
  /** Levers by true weight, heaviest first. */
  readonly levers: readonly LeverReveal[];
}

export interface ValueSeries {
  readonly name: string;
  readonly kind: 'world' | 'support';
  readonly min: number;
  readonly max: number;
  /** points[w]: the value at the end of week w; points[0] is before the talks. */
  readonly points: readonly number[];
  /** Thresholds whose crossing alone ends the game (docs/model.md §3.4), with the ending's title. */
  readonly thresholds: readonly { readonly at: number; readonly above: boolean; readonly ending: string }[];
}

export type MomentKind = 'offer' | 'answer' | 'signature' | 'break' | 'pressure' | 'statement' | 'meeting' | 'ending';

export interface Moment {
  readonly week: number;
  readonly kind: MomentKind;
  /** The kind in a word ("Offer"), or the sentence's own opening when it names its kind ("Signed:"). */
  readonly label: string;
  /** The sentence after the label. */
  readonly text: string;
  /** What the AI actor weighed, now revealed; null for the seat's own moves and events without reasons. */
  readonly why: string | null;
}

export interface DebriefModel {
  readonly unit: string;
  /** The last week played. */
  readonly weeks: number;
  readonly others: readonly ActorReveal[];
  readonly world: readonly ValueSeries[];
  readonly moments: readonly Moment[];
}

const LABEL: Readonly<Record<MomentKind, string>> = {
  offer: 'Offer',
  answer: 'Answer',
  signature: 'Signed',
  break: 'Broken',
  pressure: 'Pressure',
  statement: 'Statement',
  meeting: 'Meeting',
  ending: 'The end',
};

/**
 * A moment's label and sentence. A sentence that opens with its own kind ("Signed: …", "Broken: …", as the log
 * writes them) keeps that opening as its label, so the word is not said twice ("Signed Signed: …").
 */
export function labelled(kind: MomentKind, sentence: string): { label: string; text: string } {
  const label = LABEL[kind];
  return sentence.startsWith(`${label}: `)
    ? { label: `${label}:`, text: sentence.slice(label.length + 2) }
    : { label, text: sentence };
}

const KIND: Partial<Record<GameEvent['type'], MomentKind>> = {
  package_delivered: 'offer',
  answered: 'answer',
  package_signed: 'signature',
  lever_broken: 'break',
  red_line_broken: 'break',
  pressure_applied: 'pressure',
  red_line_declared: 'statement',
  flexibility_signalled: 'statement',
  meeting_held: 'meeting',
  talks_ended_early: 'ending',
  game_ended: 'ending',
};

export function selectDebrief(debrief: Debrief | null): DebriefModel | null {
  if (!debrief?.state.ended) return null;
  const { scenario, state, seat } = debrief;
  const last = state.ended?.week ?? state.week;
  const snapshots = weekly(debrief, last);
  const declaredIn = declarations(debrief.events);
  const others = scenario.actors
    .filter((a) => a.index !== seat)
    .map((a): ActorReveal => {
      const temperament = at(state.temperament, a.index, 'temperament');
      const levers = scenario.levers.map((l): LeverReveal => {
        const values = at(a.profile.values, l.index, 'values');
        const favourite = values.reduce((best, v, o) => (v > at(values, best, 'value') ? o : best), 0);
        const red = at(a.profile.redLines, l.index, 'red lines');
        const declared = at(at(state.redLines, a.index, 'red lines'), l.index, 'declared');
        // Declared is the state's word; the week comes from the event that declared it (0: before the talks).
        const week = (o: number) =>
          declared.some((d) => d === o) ? (declaredIn.get(`${a.index}:${l.index}:${o}`) ?? 0) : null;
        return {
          lever: l.name,
          weight: at(a.profile.weights, l.index, 'weight'),
          estimate: at(at(at(state.estimates, seat, 'estimates'), a.index, 'estimates'), l.index, 'estimate'),
          byWeek: snapshots.map((s) => at(at(s.estimates, a.index, 'estimates'), l.index, 'estimate')),
          favourite: at(l.options, favourite, 'option').name,
          redLines: l.options.flatMap((o, i) => (red[i] ? [{ option: o.name, declaredIn: week(i) }] : [])),
        };
      });
      return {
        actor: a.index,
        name: a.name,
        called: theName(a),
        temperament,
        temperamentWords: temperamentText(
          a,
          temperament,
          at(state.horizon, a.index, 'horizon'),
          scenario.turns.count,
          scenario.turns.unit,
        ),
        horizon: at(state.horizon, a.index, 'horizon'),
        redLineWords: redLineWords(
          a,
          levers.reduce((n, l) => n + l.redLines.length, 0),
        ),
        levers: [...levers].sort((x, y) => y.weight - x.weight),
      };
    });
  const world = scenario.values.flatMap((v, i): ValueSeries[] =>
    v.kind === 'trust'
      ? []
      : [
          {
            name: v.name,
            kind: v.kind,
            min: v.min,
            max: v.max,
            points: snapshots.map((s) => at(s.values, i, 'value')),
            thresholds: endingThresholds(scenario)
              .filter((t) => t.alone && t.value === i)
              .map((t) => ({ at: t.at, above: t.op === '>=' || t.op === '>', ending: t.title })),
          },
        ],
  );
  return { unit: scenario.turns.unit, weeks: last, others, world, moments: moments(debrief) };
}

/**
 * Temperament in words, consistent with the weeks (docs/model.md §6: the target falls from its best to what no
 * deal is worth as 1 − t^(1/e), t = (week − 1)/(H − 1)): half-way down at t = 0.5^e, so in week 1 + (H − 1)·0.5^e.
 * The words follow that week alone, against the talks' length, so "gives ground early" is always half-way down
 * sooner than "gives ground steadily".
 */
export function temperamentText(
  who: { readonly plural?: boolean },
  e: number,
  horizon: number,
  weeks: number,
  unit: string,
): string {
  const halfway = Math.max(1, Math.round(1 + (horizon - 1) * 0.5 ** e));
  const words =
    halfway <= weeks * 0.35
      ? 'gave ground early'
      : halfway >= weeks * 0.6
        ? 'held out until late'
        : 'gave ground steadily';
  const them = who.plural ? 'them' : 'it';
  return `${who.plural ? 'They' : 'It'} ${words}: ${who.plural ? 'they' : 'it'} planned to come half-way down to what no deal was worth to ${them} by ${unit} ${halfway}, and all the way by ${unit} ${horizon}`;
}

function redLineWords(who: { readonly plural?: boolean }, n: number): string {
  const its = who.plural ? 'their' : 'its';
  return n === 0
    ? `and that ${who.plural ? 'they' : 'it'} had no red lines`
    : `and ${its} ${n === 1 ? 'red line' : `${n} red lines`}`;
}

/** When the student could know of a red line, in one wording for every screen: the week it was declared in, or never. */
export function whenDeclared(week: number | null, unit: string): string {
  if (week === null) return 'hidden: never declared';
  return `declared ${week === 0 ? 'before the talks' : `in ${unit} ${week}`}`;
}

/** The week each red line was first declared in public, by "actor:lever:option". */
export function declarations(events: readonly GameEvent[]): Map<string, number> {
  const found = new Map<string, number>();
  let week = 0;
  for (const e of events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type !== 'red_line_declared') continue;
    for (const o of e.options) {
      const key = `${e.actor}:${e.lever}:${o}`;
      if (!found.has(key)) found.set(key, week);
    }
  }
  return found;
}

interface Snapshot {
  readonly values: readonly number[];
  /** The seat's estimates of each actor. */
  readonly estimates: readonly (readonly Interval[])[];
}

/** The world and the seat's estimates before the talks and at the end of each week (snapshot w: end of week w). */
function weekly(debrief: Debrief, last: number): Snapshot[] {
  const { scenario, seat, state } = debrief;
  let values = scenario.values.map((v) => v.initial);
  // Every estimate starts as [0, 1] (docs/model.md §3).
  let estimates: Interval[][] = scenario.actors.map(() => scenario.levers.map((): Interval => [0, 1]));
  const snapshots: Snapshot[] = [];
  const take = () => snapshots.push({ values, estimates });
  for (const e of debrief.events) {
    // A week's resolution and the next week's news share one step: the end of week w is where week w + 1 starts.
    if (e.type === 'week_started' && (snapshots.length === 0 || snapshots.length === e.week - 1)) take();
    if (e.type === 'values_changed') {
      values = [...values];
      for (const c of e.changes) values[c.index] = c.to;
    }
    if (e.type === 'estimates_narrowed' && e.observer === seat) {
      estimates = estimates.map((row, target) => {
        if (target !== e.target) return row;
        const next = [...row];
        e.levers.forEach((l, k) => (next[l] = at(e.intervals, k, 'interval')));
        return next;
      });
    }
  }
  const final = { values: state.values, estimates: at(state.estimates, seat, 'estimates') };
  while (snapshots.length <= last) snapshots.push(final);
  snapshots[last] = final;
  return snapshots.slice(0, last + 1);
}

/** Offers, answers, signatures, breaks, pressure, statements, meetings and the ending, each with its private reasons. */
function moments(debrief: Debrief): Moment[] {
  const { scenario, seat, events } = debrief;
  const lines = formatLog(scenario, events, { reader: at(scenario.actors, seat, 'actor').index, reasons: 'public' });
  const told = new Map<number, { week: number; text: string }>();
  for (const line of lines.filter((l) => KEPT.includes(l.kind))) {
    const was = told.get(line.event);
    told.set(line.event, { week: line.week, text: was ? `${was.text} ${line.text}` : line.text });
  }
  return [...told].flatMap(([i, { week, text }]): Moment[] => {
    const e = at(events, i, 'event');
    const kind = KIND[e.type];
    if (!kind) return [];
    const reasons = 'reasons' in e ? e.reasons : null;
    const author = authorOf(e);
    const why =
      reasons?.private && author !== null && author !== seat ? privateWords(scenario, author, reasons.private) : null;
    return [{ week, kind, ...labelled(kind, text), why }];
  });
}

const KEPT: readonly LogKind[] = ['offers', 'meetings', 'statements', 'pressure', 'news', 'ending'];

function authorOf(e: GameEvent): number | null {
  switch (e.type) {
    case 'package_delivered':
      return e.package.proposer;
    case 'answered':
    case 'pressure_applied':
    case 'red_line_declared':
    case 'flexibility_signalled':
      return e.actor;
    case 'meeting_held':
      return e.initiator;
    default:
      return null;
  }
}
