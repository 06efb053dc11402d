/**
 * After the ending, the truth (docs/model.md §4–5): the compiled scenario
 * with every hidden profile, the final state, every event with the AI's
 * private reasons, and each actor's score and grade. Before the ending there
 * is no debrief: a seat's view is all there is.
 */
import { envOf } from '../game/envOf';
import { startEnvOf } from '../game/startEnvOf';
import type { Game } from '../game/Game';
import type { GameEvent } from '../game/GameEvent';
import type { GameState } from '../game/GameState';
import { gradeOutcome, type OutcomeGrade } from '../model/gradeOutcome';
import { scoreActors, type ActorScore, type ScoreInput } from '../model/scoreActor';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { theName } from '../text/theName';
import { at } from '../util/at';
import { compiledOf, type Scenario } from './Scenario';

export interface Debrief {
  readonly scenario: CompiledScenario;
  readonly seat: number;
  readonly state: GameState;
  readonly events: readonly GameEvent[];
  readonly scores: readonly (ActorScore & Omit<OutcomeGrade, 'actor'>)[];
  /** The worlds scoring compares: the start and the end. */
  readonly scoreInput: ScoreInput;
}

export function scoreInputOf(scenario: CompiledScenario, state: GameState): ScoreInput {
  const startEnv = startEnvOf(scenario);
  return {
    startEnv,
    endEnv: envOf(scenario, state),
    finalOptions: state.levers.map((l) => l.option),
    declared: state.redLines,
  };
}

export function debriefOf(handle: Scenario, game: Game, seat: number): Debrief | null {
  if (!game.state.ended) return null;
  const scenario = compiledOf(handle);
  const scoreInput = scoreInputOf(scenario, game.state);
  const scores = scoreActors(scenario, scoreInput).map((s) => {
    const { grade, sentence } = gradeOutcome(s, theName(at(scenario.actors, s.actor)));
    return { ...s, grade, sentence };
  });
  return { scenario, seat, state: game.state, events: game.events, scores, scoreInput };
}
