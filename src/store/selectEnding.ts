/**
 * The ending screen's content: which ending, its narrative, every package
 * signed (in the order it was signed), the levers as they stand, and each
 * actor's grade with its numbers (scoreActors + gradeOutcome, docs/model.md §4).
 * At the end the debrief may reveal the truth, so grades cover every actor.
 */
import { envOf } from '../engine/game/envOf';
import { formatClauses } from '../engine/game/formatEvent';
import type { GameEvent } from '../engine/game/GameEvent';
import type { GameState } from '../engine/game/GameState';
import { gradeOutcome, type Grade } from '../engine/model/gradeOutcome';
import { scoreActors, type ScoreInput } from '../engine/model/scoreActor';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';

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
  readonly title: string;
  readonly narrative: string;
  readonly kind: 'terminal' | 'classification';
  readonly week: number;
  readonly early: boolean;
  readonly unit: string;
  readonly signed: readonly SignedPackage[];
  readonly levers: readonly { readonly name: string; readonly option: string; readonly settled: boolean }[];
  readonly grades: readonly ActorGrade[];
  /** Weeks a branch may restart from (1 … the last week played). */
  readonly weeks: readonly number[];
  readonly branch: boolean;
}

export function scoreInputOf(scenario: CompiledScenario, state: GameState): ScoreInput {
  const startEnv = envOf(scenario, {
    values: scenario.values.map((v) => v.initial),
    levers: scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: l.opensAtStart })),
    week: 1,
  });
  return { startEnv, endEnv: envOf(scenario, state), finalOptions: state.levers.map((l) => l.option) };
}

export function selectEnding(
  scenario: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
  seat: number,
  branch = false,
): EndingModel | null {
  if (!state.ended) return null;
  const ending = scenario.endings[state.ended.ending]!;
  const name = (i: number) => scenario.actors[i]!.name;
  const signed: SignedPackage[] = [];
  let week = 0;
  for (const e of events) {
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
  const scores = scoreActors(scenario, scoreInputOf(scenario, state));
  return {
    title: ending.title,
    narrative: ending.narrative.trim(),
    kind: ending.kind,
    week: state.ended.week,
    early: state.ended.early,
    unit: scenario.turns.unit,
    signed,
    levers: scenario.levers.map((l) => ({
      name: l.name,
      option: l.options[state.levers[l.index]!.option]!.name,
      settled: state.levers[l.index]!.settled,
    })),
    grades: scores.map((s) => {
      const { grade, sentence } = gradeOutcome(s, name(s.actor));
      return {
        actor: s.actor,
        name: name(s.actor),
        isSeat: s.actor === seat,
        grade,
        sentence,
        utility: s.utility,
        startReservation: s.startReservation,
        result: s.result,
        goodThreshold: s.goodThreshold,
        best: s.best,
      };
    }),
    weeks: Array.from({ length: Math.max(1, state.ended.week) }, (_, i) => i + 1),
    branch,
  };
}
