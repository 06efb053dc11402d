/**
 * The engine's public face (docs/architecture.md): everything above the
 * engine — the store, the screens, the Phaser table, the CLI, a server —
 * imports only this file (authoring tools may also import ./authoring).
 *
 * A scenario is loaded once into an opaque handle. A game is plain data
 * (Game) that stays behind whoever runs it; a seat sees it only through its
 * view (seatViewOf), which holds the public scenario, the seat's own hidden
 * profile and estimates, and the events it may see. The seat's choices and
 * the check of its draft orders are computed from that view alone, by the
 * same rules the engine resolves with. After the ending, debriefOf reveals
 * everything.
 */
import { compiledOf, handleOf, type Scenario } from './api/Scenario';
import { seatPolicies as policiesFor } from './api/seatPolicies';
import type { Action } from './game/Action';
import { quickBatch as batchOf } from './explain/quickBatch';
import { checkAction } from './game/checkAction';
import { legalActions } from './game/legalActions';
import type { ActorIndex } from './game/ids';
import { seatViewOf as viewOfSeat } from './api/seatViewOf';
import { refusal } from './game/formatRefusal';
import type { Game } from './game/Game';
import { newGame as startGame } from './game/newGame';
import { playUntil as playOn, playWeek as play } from './game/playWeek';
import { publicScenarioOf, type PublicScenario } from './game/PublicScenario';
import type { Refusal } from './game/Refusal';
import type { SeatView } from './game/viewFor';
import type { Policy } from './policies/Policy';
import type { GameRecord } from './replay/GameRecord';
import { scenarioHashOf } from './replay/hashes';
import { recordGame as record, type RecordOptions } from './replay/recordGame';
import { replayRecord as replay, type ReplayResult } from './replay/replayRecord';
import { replayPrefix as prefix, type PrefixResult } from './replay/replayPrefix';
import type { BriefingParagraph } from './scenario/CompiledScenario';
import type { Diagnostic } from './scenario/Diagnostic';
import { compilePrecompiled, precompiledOf as precompiledFrom, type PrecompiledScenario } from './api/precompiled';

// ── Scenarios ────────────────────────────────────────────────────────────────
export type { Scenario } from './api/Scenario';
export type { PublicActor, PublicScenario } from './game/PublicScenario';
export type { BriefingParagraph, Label, Provenance } from './scenario/CompiledScenario';
export type { Diagnostic, DiagnosticCode, Severity } from './scenario/Diagnostic';
export { diagnostic, formatDiagnostic, formatDiagnostics, listedDiagnostics } from './scenario/Diagnostic';
export type { LoadOptions } from './scenario/loadScenario';

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

// A scenario file is read by ./loader (the YAML parser and the schema library, which the app loads on
// demand); a scenario read before — at build time, or on another thread — compiles from plain data here.
export type { PrecompiledScenario } from './api/precompiled';

/** A precompiled scenario → a scenario, as the loader would give it (no YAML parser or schema library needed). */
export function scenarioFromPrecompiled(precompiled: PrecompiledScenario): LoadResult {
  const compiled = compilePrecompiled(precompiled);
  return compiled.ok ? { ...compiled, scenario: handleOf(compiled.scenario) } : compiled;
}

/** A scenario and what its loading reported, as plain data: scenarioFromPrecompiled makes the same scenario of it. */
export function precompiledOf(scenario: Scenario, diagnostics: readonly Diagnostic[]): PrecompiledScenario {
  return precompiledFrom(compiledOf(scenario), diagnostics);
}

/** What every player may know of a scenario: everything but the actors' hidden profiles, briefings and summaries. */
export function publicScenario(scenario: Scenario): PublicScenario {
  return publicScenarioOf(compiledOf(scenario));
}

/** The role screen: the public scenario and each actor's summary and briefing, read before a role is chosen. */
export function roleChoice(scenario: Scenario): {
  readonly scenario: PublicScenario;
  readonly summaries: readonly string[];
  readonly briefings: readonly string[];
  /** Each briefing paragraph by paragraph, with its own label where the scenario gives one. */
  readonly briefingParagraphs: readonly (readonly BriefingParagraph[])[];
} {
  const compiled = compiledOf(scenario);
  return {
    scenario: publicScenarioOf(compiled),
    summaries: compiled.actors.map((a) => a.summary),
    briefings: compiled.actors.map((a) => a.briefing),
    briefingParagraphs: compiled.actors.map((a) => a.briefingParagraphs),
  };
}

export function scenarioHash(scenario: Scenario): string {
  return scenarioHashOf(compiledOf(scenario));
}

// ── Games ────────────────────────────────────────────────────────────────────
export { ACTION_TYPES, type Action, type ActionType } from './game/Action';
export type { ActorIndex, LeverIndex, OptionIndex } from './game/ids';
export type { Clause, GameEnd, GameState, Interval, LeverState, Package } from './game/GameState';
export type { ChangeSource, GameEvent, GameEventType, ValueCause, ValueChange } from './game/GameEvent';
export type { AnswerVerdict, Assessment, Gain, PrivateReason, PublicReason, Reasons } from './game/Reasons';
export type { Game, PlayedOrder, RefusedOrder } from './game/Game';
export type { Policy } from './policies/Policy';
export { DEFAULT_POLICY, POLICIES } from './policies/policies';
export { HUMAN } from './replay/GameRecord';

/**
 * The policies of a game's seats from `seats` (actor id → 'human' or a
 * policy id): the one place AI seats are made.
 */
export function seatPolicies(
  scenario: Scenario,
  seats: Readonly<Record<string, string>>,
  seed: number,
): { readonly ok: true; readonly policies: (Policy | null)[] } | { readonly ok: false; readonly unknown: string } {
  return policiesFor(compiledOf(scenario), seats, seed);
}

/** A new game: the seed keys every draw (docs/model.md §2); null seats are humans. */
export function newGame(scenario: Scenario, seed: number, seats: readonly (Policy | null)[]): Game {
  return startGame(compiledOf(scenario), seed, seats);
}

/** One week: the humans' `orders`, every AI seat's, the resolution (docs/model.md §3). */
export function playWeek(
  scenario: Scenario,
  game: Game,
  seats: readonly (Policy | null)[],
  orders: readonly Action[] = [],
): Game {
  return play(compiledOf(scenario), game, seats, orders);
}

/**
 * A scenario author's quick batch (docs/authoring.md): per ending, in the scenario's order, its title and how many
 * games with the default negotiator in every seat, seeds `from` to `to` − 1, ended in it. Slices add up to the
 * whole batch.
 */
export function quickBatch(
  scenario: Scenario,
  from: number,
  to: number,
): { readonly title: string; readonly games: number }[] {
  const compiled = compiledOf(scenario);
  const ended = batchOf(compiled, from, to);
  return compiled.endings.map((e) => ({ title: e.title, games: ended[e.index] ?? 0 }));
}

/** Weeks with the AI in every seat until the game ends or `untilWeek` is resolved. */
export function playUntil(scenario: Scenario, game: Game, seats: readonly (Policy | null)[], untilWeek?: number): Game {
  return playOn(compiledOf(scenario), game, seats, untilWeek);
}

// ── A seat's view and choices ────────────────────────────────────────────────
export type { SeatView } from './game/viewFor';
export { seatLogOf, seatViewOf, type SeatLog } from './api/seatViewOf';
export { viewFromWire, viewToWire, type WireView } from './api/seatViewWire';
export { checkOrders, choicesOf, type Choices, type Verdict } from './game/choicesOf';
export { REFUSAL_CODES, type Refusal, type RefusalCode } from './game/Refusal';
export { costOf } from './game/checkAction';
export { partiesOf } from './game/partiesOf';
export { leversWith } from './game/leversWith';
export { overtakenClause } from './game/overtakenClause';
export { redLineAnswers } from './game/redLineAnswers';
export {
  endingDangers,
  endingThresholds,
  type EndingDanger,
  type EndingThreshold,
  type ThresholdOp,
} from './game/endingThresholds';
export { describePressure, type EffectLine, type PressureDescription } from './game/describePressure';
export { ownReservation, ownUtility } from './policies/ownValue';
/** The adviser (docs/model.md §6) and the composer's estimates, from the seat's view and the events it saw. */
export { advise, adviserTarget, type Advice, type NoAdvice, type RedLineCrossed } from './ai/advise';
export { estimatorFor, type Estimator, type OtherEstimate, type PackageEstimate } from './ai/estimatePackage';

/**
 * The orders `policy` would give for `seat` now, from the seat's view and the rules' menu, starting from the
 * policy's empty memory: what a computer player standing in for an absent student does (docs/classroom.md).
 */
export function standInOrders(scenario: Scenario, game: Game, seat: ActorIndex, policy: Policy): readonly Action[] {
  const view = viewOfSeat(scenario, game, seat);
  return policy.decide(view, legalActions(publicScenarioOf(compiledOf(scenario)), game.state, seat), policy.start())
    .orders;
}

/** Whether the seat may add `action` to its draft: the rules' own answer. */
export function checkOrder(view: SeatView, draft: readonly Action[], action: Action): Refusal | null {
  if (action?.actor !== view.actor) return refusal(view.scenario, 'NOT_YOUR_SEAT');
  return checkAction(view.scenario, view, draft, action);
}

// ── Records, replay, branches ────────────────────────────────────────────────
export type { GameRecord, ReplayError, ReplayErrorCode } from './replay/GameRecord';
export type { RecordOptions } from './replay/recordGame';
export type { ReplayResult } from './replay/replayRecord';
export type { InapplicableMove, PrefixResult } from './replay/replayPrefix';
// Records from files (a save, an import) are read by ./loader's parseRecord.

export function recordGame(scenario: Scenario, game: Game, options: RecordOptions): GameRecord {
  return record(compiledOf(scenario), game, options);
}

/** Rebuilds a game from its record (through `throughWeek` for a branch), or says why not. */
export function replayRecord(scenario: Scenario, gameRecord: GameRecord, throughWeek?: number): ReplayResult {
  return replay(compiledOf(scenario), gameRecord, throughWeek);
}

/**
 * A record played under another version of the scenario or of the rules: its weeks replayed until the first order
 * that no longer applies, recorded again as a branch (docs/model.md §7), and that order in words.
 */
export function replayPrefix(scenario: Scenario, gameRecord: GameRecord): PrefixResult {
  return prefix(compiledOf(scenario), gameRecord);
}

// ── After the ending ─────────────────────────────────────────────────────────
export { debriefOf, type Debrief } from './api/debriefOf';
/** The moves that mattered (docs/model.md §9): each week's orders against the adviser's, played on with the same luck. */
export { movesThatMattered } from './debrief/movesThatMattered';
export { weekThatMattered, type BranchEnding, type WeekThatMattered } from './debrief/weekThatMattered';
export { weeksThatMatteredMost } from './debrief/weeksThatMatteredMost';
export type { ActorScore } from './model/scoreActor';
export type { Grade } from './model/gradeOutcome';
/** The deal space of a group in a world (docs/analytics.md): the debrief draws it for the pair a student picks. */
export {
  analyseDeal,
  analyseSpace,
  dealWorldOf,
  formatPackage,
  packageOptions,
  type DealAnalytics,
  type PackageSpace,
  type SpaceAnalytics,
  type SpacePoint,
} from './analytics/index';

// ── Words ────────────────────────────────────────────────────────────────────
export { formatClauses } from './game/formatClauses';
/** What moved a value, in the log's words (the table's trust lines say it alike). */
export { formatCauses } from './game/formatCauses';
export { formatEvent, formatLog, LOG_KINDS, type FormatOptions, type LogEntry, type LogKind } from './game/formatLog';
export {
  adviceReasons,
  formatReasons,
  noAdviceText,
  privateText,
  privateWords,
  publicText,
} from './game/formatReasons';
export { fmt } from './game/fmt';
export { joinNames } from './text/joinNames';
export { possessive } from './text/possessive';
export { packageName } from './game/packageName';
export { stillTo } from './game/isLocked';
export { capitalise } from './text/capitalise';
export { theName } from './text/theName';
export { at, got } from './util/at';
