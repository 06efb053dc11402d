/**
 * The ending screen's content, from the debrief (debriefOf), which reveals
 * everything once the game has ended: which ending, its narrative, every
 * package signed (in the order it was signed, named as people name it, and
 * whether a lever of it was broken later), the levers as they stand, and
 * each actor's grade with its numbers (docs/model.md §4).
 *
 * Grades are told in one vocabulary wherever a student reads them: the grade
 * words (GRADE_WORDS), "strong from" for the threshold of a strong outcome,
 * and "the best deal possible" for the best achievable deal — so the
 * sentence is written here, not taken from the engine's gradeOutcome (whose
 * words the CLI keeps).
 */
import {
  at,
  formatClauses,
  joinNames,
  packageName,
  possessive,
  theName,
  type Debrief,
  type Grade,
  type Package,
} from '../engine/index';
import type { SeatGame } from './AppState';
import { num, signed } from './num';
import { declarations, whenDeclared } from './selectDebrief';

export interface SignedPackage {
  /** "Your offer of week 1", "Russia's counter-offer of week 2": never an id. */
  readonly name: string;
  /** The week it was signed in (the week after it was made). */
  readonly week: number;
  readonly terms: string;
  readonly parties: string;
  /** Its levers broken after it was signed, with the week: "Ceasefire (week 5)". */
  readonly broken: readonly string[];
}

export interface LeverAtEnd {
  readonly name: string;
  readonly option: string;
  readonly settled: boolean;
  /** The week it was last signed, even if broken since; null when it never was. */
  readonly signedWeek: number | null;
  /** The week it was broken, when it was signed and then broken and is not signed again. */
  readonly brokenWeek: number | null;
}

export interface ActorGrade {
  readonly actor: number;
  readonly name: string;
  readonly isSeat: boolean;
  readonly grade: Grade;
  /** The grade as a student reads it: GRADE_WORDS[grade]. */
  readonly gradeWord: string;
  readonly sentence: string;
  readonly utility: number;
  readonly startReservation: number;
  readonly result: number;
  readonly goodThreshold: number;
  readonly best: number;
}

export interface EndingModel {
  readonly scenarioTitle: string;
  /** The seat as named inside a sentence: "You played the United States." */
  readonly seatCalled: string;
  readonly title: string;
  readonly narrative: string;
  readonly kind: 'terminal' | 'classification';
  readonly week: number;
  readonly weeksTotal: number;
  readonly early: boolean;
  readonly unit: string;
  readonly signed: readonly SignedPackage[];
  readonly levers: readonly LeverAtEnd[];
  readonly grades: readonly ActorGrade[];
  /**
   * "What mattered": each clause signed during the talks that crossed another side's red line, one
   * sentence each (docs/model.md §6: a side never signs a package with a clause across its red line).
   */
  readonly redLinesSigned: readonly string[];
  /** Weeks a branch may restart from (1 … the last week played). */
  readonly weeks: readonly number[];
  readonly branch: boolean;
}

export function selectEnding(game: Pick<SeatGame, 'debrief' | 'branch'> | null): EndingModel | null {
  const debrief = game?.debrief;
  if (!game || !debrief?.state.ended) return null;
  const { scenario, state, seat } = debrief;
  const ended = debrief.state.ended;
  const ending = at(scenario.endings, ended.ending, 'ending');
  const name = (i: number) => at(scenario.actors, i, 'actor').name;
  const reader = at(scenario.actors, seat, 'actor').index;
  const signed: SignedPackage[] = [];
  const redLinesSigned: string[] = [];
  const signedWeek = new Map<number, number>();
  const brokenWeek = new Map<number, number>();
  /** Which signed package last set each lever, to mark it when the lever breaks. */
  const setBy = new Map<number, { broken: string[] }>();
  let week = 0;
  for (const e of debrief.events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type === 'package_signed') {
      const item = {
        name: cap(packageName(scenario, e.package, reader)),
        week,
        terms: formatClauses(scenario, e.package.clauses),
        parties: joinNames(e.package.parties.map((p) => theName(at(scenario.actors, p, 'actor')))),
        broken: [] as string[],
      };
      signed.push(item);
      redLinesSigned.push(...crossedRedLines(debrief, e.package, item.name, week));
      for (const c of e.package.clauses) {
        setBy.set(c.lever, item);
        signedWeek.set(c.lever, week);
        brokenWeek.delete(c.lever);
      }
    }
    if (e.type === 'lever_broken') {
      setBy.get(e.lever)?.broken.push(`${at(scenario.levers, e.lever, 'lever').name} (${scenario.turns.unit} ${week})`);
      setBy.delete(e.lever);
      if (signedWeek.has(e.lever)) brokenWeek.set(e.lever, week);
    }
  }
  return {
    scenarioTitle: scenario.title,
    seatCalled: theName(at(scenario.actors, seat, 'actor')),
    title: ending.title,
    narrative: ending.narrative.trim(),
    kind: ending.kind,
    week: ended.week,
    weeksTotal: scenario.turns.count,
    early: ended.early,
    unit: scenario.turns.unit,
    signed,
    levers: scenario.levers.map((l) => {
      const now = at(state.levers, l.index, 'lever');
      return {
        name: l.name,
        option: at(l.options, now.option, 'option').name,
        settled: now.settled,
        signedWeek: signedWeek.get(l.index) ?? null,
        brokenWeek: now.settled ? null : (brokenWeek.get(l.index) ?? null),
      };
    }),
    grades: debrief.scores.map((s) => ({
      actor: s.actor,
      name: name(s.actor),
      isSeat: s.actor === seat,
      grade: s.grade,
      gradeWord: GRADE_WORDS[s.grade],
      sentence: gradeSentence(s, theName(at(scenario.actors, s.actor, 'actor'))),
      utility: s.utility,
      startReservation: s.startReservation,
      result: s.result,
      goodThreshold: s.goodThreshold,
      best: s.best,
    })),
    redLinesSigned,
    weeks: Array.from({ length: Math.max(1, ended.week) }, (_, i) => i + 1),
    branch: game.branch,
  };
}

/**
 * The clauses of a signed package that are another side's red line: what it put in force, whose red line it was
 * and whether the student could know of it, whether that side's signature was needed for it, and whether it
 * still stood at the end.
 */
function crossedRedLines(debrief: Debrief, pkg: Package, name: string, week: number): string[] {
  const { scenario, state, seat } = debrief;
  const unit = scenario.turns.unit;
  const declaredIn = declarations(debrief.events);
  return pkg.clauses.flatMap((c) => {
    const lever = at(scenario.levers, c.lever, 'lever');
    const option = at(lever.options, c.option, 'option').name;
    const now = at(state.levers, c.lever, 'lever');
    const stood = now.settled && now.option === c.option;
    return scenario.actors
      .filter((a) => a.index !== seat && at(a.profile.redLines, c.lever, 'red lines')[c.option])
      .map((a) => {
        const who = theName(a);
        const signs = lever.signatories.includes(a.index);
        const needed = signs
          ? `${agree(a, 'it was', 'they were')} a party, so ${agree(a, 'it', 'they')} signed across ${agree(a, 'its', 'their')} own red line`
          : `${agree(a, 'its', 'their')} signature was not needed for this lever, so ${agree(a, 'it', 'they')} could not stop it`;
        const when = whenDeclared(declaredIn.get(`${a.index}:${c.lever}:${c.option}`) ?? null, unit);
        return `${name}, signed in ${unit} ${week}, put “${option}” (${lever.name}) in force${stood ? '' : ' for a while'}: ${possessive(who)} red line (${when}) — ${who} would sign no package containing it; ${needed}.${stood ? ` It was still in force at the end.` : ''}`;
      });
  });
}

/** The word that agrees with a side's name: "it was" for Russia, "they were" for the European allies. */
function agree(who: { readonly plural?: boolean }, singular: string, plural: string): string {
  return who.plural ? plural : singular;
}

/** The one word for each grade (docs/analytics.md, "Grades"). */
export const GRADE_WORDS: Readonly<Record<Grade, string>> = { strong: 'Strong', fair: 'Fair', weak: 'Weak' };

/** The grade with its numbers, in the words of the grade table: result, strong from, the best deal possible. */
export function gradeSentence(
  s: { grade: Grade; result: number; startReservation: number; goodThreshold: number; best: number },
  name: string,
): string {
  const start = `what no deal was worth at the start of the talks (${num(s.startReservation)})`;
  const best = `the best deal possible was worth ${signed(s.best - s.startReservation)}`;
  const from = `an outcome is strong from ${signed(s.goodThreshold)}`;
  const loss = num(-s.result);
  const below = loss === '0' ? 'just below' : `${loss} below`;
  return s.grade === 'strong'
    ? `Strong outcome for ${name}: ${signed(s.result)} over ${start}; ${from}, and ${best}.`
    : s.grade === 'fair'
      ? `Fair outcome for ${name}: ${signed(s.result)} over ${start}, short of strong; ${from}, and ${best}.`
      : `Weak outcome for ${name}: ${below} ${start}; ${from}, and ${best}.`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
