/**
 * The moves that mattered (docs/model.md §9): for one week of a seat's game,
 * the seat's result at the end of two branches from the start of that week
 * with the same luck — one with the orders it played, one with the orders its
 * adviser gave — each played on by the default negotiator in its seat and by
 * every other seat as in the game. The difference isolates that week's
 * decision; it does not say how the seat would have played its later weeks.
 */
import { advise } from '../ai/advise';
import { compiledOf, handleOf, type Scenario } from '../api/Scenario';
import { scoreInputOf } from '../api/debriefOf';
import { seatLogOf, seatViewOf } from '../api/seatViewOf';
import type { Action } from '../game/Action';
import type { Game } from '../game/Game';
import type { ActorIndex } from '../game/ids';
import { scoreActors } from '../model/scoreActor';
import { DEFAULT_POLICY, POLICIES } from '../policies/policies';
import type { GameRecord } from '../replay/GameRecord';
import { replayRecord } from '../replay/replayRecord';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, got } from '../util/at';
import { publicScenarioOf } from '../game/PublicScenario';
import { playBranch, type BranchStart } from './playBranch';

export interface BranchEnding {
  /** The ending's id, and its title for people. */
  readonly id: string;
  readonly title: string;
}

export interface WeekThatMattered {
  readonly week: number;
  /** The seat's week-N orders as played, and as the adviser gave them (empty when the adviser had nothing to add). */
  readonly played: readonly Action[];
  readonly advised: readonly Action[];
  /** The seat's result (its score's `result`) at the end of each branch, and the ending each reached. */
  readonly playedResult: number;
  readonly advisedResult: number;
  readonly playedEnding: BranchEnding;
  readonly advisedEnding: BranchEnding;
}

/**
 * Week `week` of `seat`'s game in `record`. Throws when the record does not
 * replay on this scenario or has no such week: a debrief analyses the game
 * it has just played, so either is a programmer's error.
 */
export function weekThatMattered(
  scenario: Scenario,
  record: GameRecord,
  seat: ActorIndex,
  week: number,
): WeekThatMattered {
  const compiled = compiledOf(scenario);
  return analyseWeek(compiled, branchStart(compiled, record, week), seat);
}

/** The game at the start of `week`, rebuilt from the record with the AI memories it recorded. */
export function branchStart(scenario: CompiledScenario, record: GameRecord, week: number): BranchStart {
  if (!Number.isInteger(week) || week < 1 || week > record.weeks) {
    throw new RangeError(`This game has no week ${week} to analyse (it has ${record.weeks}).`);
  }
  const replayed = replayRecord(scenario, record, week - 1);
  if (!replayed.ok) throw new Error(replayed.message);
  return { record, game: replayed.game, policies: replayed.seats };
}

/** Both branches from `start` for `seat`. */
export function analyseWeek(scenario: CompiledScenario, start: BranchStart, seat: ActorIndex): WeekThatMattered {
  const { game, record } = start;
  const week = game.state.week;
  const played = record.actions.filter((a) => a.week === week && a.action.actor === seat).map((a) => a.action);
  const advised = adviserOrders(scenario, game, seat);
  const takeOver = got(POLICIES, DEFAULT_POLICY, 'policy');
  const negotiator = takeOver({ scenario: publicScenarioOf(scenario), actor: seat, seed: record.seed });
  const playedEnd = outcome(scenario, playBranch(scenario, start, seat, played, negotiator), seat);
  const advisedEnd = outcome(scenario, playBranch(scenario, start, seat, advised, negotiator), seat);
  return {
    week,
    played,
    advised,
    playedResult: playedEnd.result,
    advisedResult: advisedEnd.result,
    playedEnding: playedEnd.ending,
    advisedEnding: advisedEnd.ending,
  };
}

/**
 * The adviser's orders at the start of the week, as the seat was shown them
 * (docs/model.md §6): its view, every event it had seen, nothing drafted yet;
 * its package proposed as it stands, or nothing when it advised none.
 */
function adviserOrders(scenario: CompiledScenario, game: Game, seat: ActorIndex): Action[] {
  const handle = handleOf(scenario);
  const advice = advise(seatViewOf(handle, game, seat), seatLogOf(game, seat).events);
  return 'none' in advice ? [] : [{ type: 'propose', actor: seat, clauses: advice.clauses, copied: [] }];
}

function outcome(scenario: CompiledScenario, game: Game, seat: ActorIndex): { result: number; ending: BranchEnding } {
  const ended = game.state.ended;
  if (!ended) throw new Error('A branch stopped before its ending.');
  const { id, title } = at(scenario.endings, ended.ending, 'ending');
  return {
    result: at(scoreActors(scenario, scoreInputOf(scenario, game.state)), seat, 'score').result,
    ending: { id, title },
  };
}
