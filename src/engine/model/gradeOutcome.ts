/**
 * A grade a student understands, on top of scoreActors (docs/model.md §4):
 * - strong: a good outcome, surplus ≥ max(0, ½·(best − RV at the start));
 * - fair:   no worse than no deal was at the start, but short of good;
 * - weak:   below what no deal was worth at the start.
 * The sentence carries the numbers (one decimal) so the grade can be checked.
 */
import type { ActorScore } from './scoreActor';

export type Grade = 'strong' | 'fair' | 'weak';

export interface OutcomeGrade {
  readonly actor: number;
  readonly grade: Grade;
  readonly sentence: string;
}

export function gradeOutcome(score: ActorScore, actorName: string): OutcomeGrade {
  // score.good is the rule itself; reusing it keeps the grade and the score agreeing at the boundary.
  const grade: Grade = score.good ? 'strong' : score.result >= 0 ? 'fair' : 'weak';
  const start = `no deal was worth at the start (${one(score.startReservation)})`;
  const good = `a good outcome starts at ${signed(score.goodThreshold)}`;
  const best = `the best achievable deal was worth ${signed(score.best - score.startReservation)}`;
  const sentence =
    grade === 'strong'
      ? `Strong outcome for ${actorName}: ${signed(score.result)} over what ${start}; ${good}, ${best}.`
      : grade === 'fair'
        ? `Fair outcome for ${actorName}: ${signed(score.result)} over what ${start}, short of a good outcome, which starts at ${signed(score.goodThreshold)}; ${best}.`
        : `Weak outcome for ${actorName}: ${below(score.result)} what ${start}; ${good}, ${best}.`;
  return { actor: score.actor, grade, sentence };
}

/** One decimal, rounded as the CLI's fmt rounds (so both print the same figure), never "-0.0". */
function one(x: number): string {
  const text = (Math.round(x * 10) / 10).toFixed(1);
  return text === '-0.0' ? '0.0' : text;
}

function signed(x: number): string {
  const text = one(x);
  return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
}

/** A loss too small to show at one decimal still reads as a loss. */
function below(x: number): string {
  const text = one(-x);
  return text === '0.0' ? 'just below' : `${text} below`;
}
