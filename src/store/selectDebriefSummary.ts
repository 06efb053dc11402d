/**
 * What a branch is compared with: the ending the game it was replayed from
 * reached, each actor's grade and result, and where its outcome landed for
 * each actor (the worth of the final levers in its final world: the point a
 * deal space draws for it). The store keeps it when a branch starts, since
 * the branch replaces the game it came from.
 */
import { at, type Debrief, type Grade } from '../engine/index';
import { GRADE_WORDS } from './selectEnding';

export interface DebriefSummary {
  readonly ending: string;
  /** The week it ended in. */
  readonly week: number;
  readonly unit: string;
  /** Per actor, in scenario order. */
  readonly actors: readonly {
    readonly name: string;
    readonly grade: Grade;
    readonly gradeWord: string;
    readonly result: number;
    /** What the outcome was worth to it at the end. */
    readonly worth: number;
  }[];
}

export function selectDebriefSummary(debrief: Debrief | null): DebriefSummary | null {
  const ended = debrief?.state.ended;
  if (!debrief || !ended) return null;
  const { scenario } = debrief;
  return {
    ending: at(scenario.endings, ended.ending, 'ending').title,
    week: ended.week,
    unit: scenario.turns.unit,
    actors: scenario.actors.map((a) => {
      const score = debrief.scores.find((s) => s.actor === a.index);
      if (!score) throw new RangeError(`No score for ${a.id}.`);
      return {
        name: a.name,
        grade: score.grade,
        gradeWord: GRADE_WORDS[score.grade],
        result: score.result,
        worth: score.utility,
      };
    }),
  };
}
