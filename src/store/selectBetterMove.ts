/**
 * What the student could have done better, from the debrief: the best
 * package the others would have accepted (docs/model.md §4, "best_a": the
 * highest worth to the seat, in the final world, of any package from the
 * status quo whose other signatories each get at least what no deal is
 * worth to them at the end, and that crosses no signatory's red line), set
 * beside what the student got.
 */
import { at, joinNames, theName } from '../engine/index';
import type { SeatGame } from './AppState';

export interface BetterTerm {
  readonly lever: string;
  /** The option the best package has; the status quo when it leaves the lever as it is (`keep`). */
  readonly option: string;
  readonly keep: boolean;
  /** What the game ended with on this lever, when that is not the best package's option. */
  readonly ended: string | null;
  /**
   * The week the lever was signed in, when the game ended with it signed on this very option: a settled lever
   * goes into no later package but to move on from an interim option (docs/model.md §3.1, LEVER_SETTLED), so no
   * one needed to sign it again.
   */
  readonly settledWeek: number | null;
  /**
   * The other sides whose red line this option is (docs/model.md §6: they sign no package containing it), which
   * can only be sides that do not sign this lever (docs/model.md §4), or a lever already signed.
   */
  readonly redLineOf: string;
  /**
   * Who may propose this lever, when the package changes it and the student may not (docs/model.md §3.1,
   * NOT_A_PROPOSER): another side would have had to put it on the table. "" otherwise.
   */
  readonly proposedBy: string;
}

export interface BetterMove {
  /** What the outcome was worth to the student, and what the best acceptable package would have been worth. */
  readonly got: number;
  readonly best: number;
  /** What no deal was worth to the student at the start of the talks: a result is a worth minus this (model.md §4). */
  readonly start: number;
  /** Nothing the others would have accepted was worth more to the student than what the student got. */
  readonly reached: boolean;
  /** The best package, lever by lever: each lever it changes or the game ended differently on. */
  readonly terms: readonly BetterTerm[];
  /**
   * The other signatories of the levers it would still have had to change, in a sentence ("Russia and the United
   * States"; "" for none): at the end, each would have had at least what no deal was then worth to it.
   */
  readonly acceptableTo: string;
  readonly unit: string;
}

/** Differences below what the screens show (one decimal) are no difference. */
const SHOWN = 0.05;

export function selectBetterMove(game: Pick<SeatGame, 'debrief'> | null): BetterMove | null {
  const debrief = game?.debrief;
  if (!debrief) return null;
  const { scenario, seat } = debrief;
  const score = debrief.scores.find((s) => s.actor === seat);
  if (!score) return null;
  const final = debrief.scoreInput.finalOptions;
  const needed = new Set<number>();
  const signedIn = signedWeeks(debrief);
  const terms: BetterTerm[] = [];
  for (const lever of scenario.levers) {
    const best = at(score.bestOptions, lever.index, 'best option');
    const ended = at(final, lever.index, 'final option');
    if (best === lever.statusQuo && ended === best) continue;
    const now = at(debrief.state.levers, lever.index, 'lever');
    const settledWeek = now.settled && now.option === best ? (signedIn.get(lever.index) ?? null) : null;
    if (best !== lever.statusQuo && settledWeek === null)
      for (const a of lever.signatories) if (a !== seat) needed.add(a);
    const name = (option: number) => at(lever.options, option, 'option').name;
    terms.push({
      lever: lever.name,
      option: name(best),
      keep: best === lever.statusQuo,
      ended: ended === best ? null : name(ended),
      settledWeek,
      proposedBy:
        best === lever.statusQuo || settledWeek !== null || lever.proposers.some((a) => a === seat)
          ? ''
          : joinNames(lever.proposers.map((a) => theName(at(scenario.actors, a, 'actor')))),
      redLineOf: joinNames(
        scenario.actors
          .filter((a) => a.index !== seat && at(a.profile.redLines, lever.index, 'red lines')[best])
          .map((a) => theName(a)),
      ),
    });
  }
  return {
    got: score.utility,
    best: score.best,
    start: score.startReservation,
    reached: score.utility >= score.best - SHOWN,
    terms,
    unit: scenario.turns.unit,
    acceptableTo: joinNames([...needed].sort((a, b) => a - b).map((a) => theName(at(scenario.actors, a, 'actor')))),
  };
}

/** The week each lever was last signed in. */
function signedWeeks(debrief: NonNullable<SeatGame['debrief']>): Map<number, number> {
  const weeks = new Map<number, number>();
  let week = 0;
  for (const e of debrief.events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type === 'package_signed') for (const c of e.package.clauses) weeks.set(c.lever, week);
  }
  return weeks;
}
