/**
 * The ending screen's content, from the debrief (debriefOf), which reveals
 * everything once the game has ended: which ending, its narrative, every
 * package signed (in the order it was signed), the levers as they stand, and
 * each actor's grade with its numbers (docs/model.md §4).
 */
import { at, formatClauses, type Grade } from '../engine/index';
import type { SeatGame } from './AppState';

export interface SignedPackage {
  readonly id: string;
  readonly week: number;
  readonly terms: string;
  readonly parties: string;
}

export interface ActorGrade {
  readonly actor: number;
  readonly name: string;
  readonly isSeat: boolean;
  readonly grade: Grade;
  readonly sentence: string;
  readonly utility: number;
  readonly startReservation: number;
  readonly result: number;
  readonly goodThreshold: number;
  readonly best: number;
}

export interface EndingModel {
  readonly scenarioTitle: string;
  readonly seatName: string;
  readonly title: string;
  readonly narrative: string;
  readonly kind: 'terminal' | 'classification';
  readonly week: number;
  readonly weeksTotal: number;
  readonly early: boolean;
  readonly unit: string;
  readonly signed: readonly SignedPackage[];
  readonly levers: readonly { readonly name: string; readonly option: string; readonly settled: boolean }[];
  readonly grades: readonly ActorGrade[];
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
  const signed: SignedPackage[] = [];
  let week = 0;
  for (const e of debrief.events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type === 'package_signed') {
      signed.push({
        id: e.package.id,
        week,
        terms: formatClauses(scenario, e.package.clauses),
        parties: e.package.parties.map(name).join(', '),
      });
    }
  }
  return {
    scenarioTitle: scenario.title,
    seatName: name(seat),
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
      return { name: l.name, option: at(l.options, now.option, 'option').name, settled: now.settled };
    }),
    grades: debrief.scores.map((s) => ({
      actor: s.actor,
      name: name(s.actor),
      isSeat: s.actor === seat,
      grade: s.grade,
      sentence: s.sentence,
      utility: s.utility,
      startReservation: s.startReservation,
      result: s.result,
      goodThreshold: s.goodThreshold,
      best: s.best,
    })),
    weeks: Array.from({ length: Math.max(1, ended.week) }, (_, i) => i + 1),
    branch: game.branch,
  };
}
