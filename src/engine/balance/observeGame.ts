/**
 * Plays one game with a policy per seat and keeps what the balance report
 * needs of it — never the game's states or events, which are dropped as soon
 * as the game is summarised. The game is played exactly as `npm run sim`
 * plays it (newGame, then playWeek), one week at a time so that
 * the zone of agreement can be checked at the start of every week.
 */
import type { ActionType } from '../game/Action';
import { envOf } from '../game/envOf';
import { startEnvOf } from '../game/startEnvOf';
import type { GameState } from '../game/GameState';
import type { ExprEnv } from '../expr';
import { reservationOf } from '../model/reservationOf';
import { scoreActors, type ActorScore } from '../model/scoreActor';
import type { Policy, PolicyFactory } from '../policies/Policy';
import { newGame } from '../game/newGame';
import { playWeek } from '../game/playWeek';
import { publicScenarioOf } from '../game/PublicScenario';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, got } from '../util/at';
import { zeros } from '../util/zeros';
import { ACTION_TYPES } from '../game/Action';
import { frontierDistance, worldPart, zopaOpen, type DealSpace } from './DealSpace';
import { leverPart } from '../model/utilityOf';
import { isGameAware, type GameAware } from './expert';
import { zoneShare, type Zone } from './zoneOfAgreement';

/** What a balance run needs of a compiled scenario, computed once per worker and sweep step. */
export interface StepContext {
  readonly scenario: CompiledScenario;
  readonly space: DealSpace | null;
  readonly startEnv: ExprEnv;
  /** The zone of agreement the plan measures, if any (zoneOfAgreement.ts). */
  readonly zone: Zone | null;
}

export function stepContextOf(
  scenario: CompiledScenario,
  space: DealSpace | null,
  zone: Zone | null = null,
): StepContext {
  const startEnv = startEnvOf(scenario);
  return { scenario, space, startEnv, zone };
}

/** Grades as gradeOutcome gives them (docs/model.md §4): strong = a good outcome; fair = no worse than no deal at the start; weak = below it. */
export const GRADES = ['strong', 'fair', 'weak'] as const;
export type GradeIndex = 0 | 1 | 2;
export const gradeIndexOf = (score: Pick<ActorScore, 'good' | 'result'>): GradeIndex =>
  score.good ? 0 : score.result >= 0 ? 1 : 2;

export interface ActorOutcome {
  readonly utility: number;
  /** Utility at the end − RV at the start (the score). */
  readonly result: number;
  /** Utility at the end − RV at the end. */
  readonly endSurplus: number;
  readonly good: boolean;
  readonly grade: GradeIndex;
}

/** A signed package as the lab records it (games.jsonl's `signed`, docs/balance.md "What it writes"). */
export interface SignedPackage {
  /** The package's id, as the game's log names it. */
  readonly id: string;
  /** The week it was signed in: the week after the one it was made in. */
  readonly week: number;
  readonly proposer: number;
  /** Whether it was a counter-offer to another package. */
  readonly counter: boolean;
  /** Its clauses, as [lever, option] pairs. */
  readonly clauses: readonly (readonly [number, number])[];
}

export interface GameObservation {
  readonly seed: number;
  readonly ending: number;
  /** The week the game ended in. */
  readonly week: number;
  readonly early: boolean;
  /** The signed packages, in the order they were signed: when, who made each and what it set. */
  readonly signed: readonly SignedPackage[];
  /** First week at whose start the whole table's zone of agreement was open; 0 if never (or not computed). */
  readonly zopaWeek: number;
  /** The share of packages in the plan's zone of agreement at the start (NaN: none measured). */
  readonly zoneStart: number;
  /** The first week at whose start the plan's zone of agreement held more than its start_max (0: never, or none measured). */
  readonly zoneWeek: number;
  /** Σ utilities at the end. */
  readonly welfare: number;
  /** How much every actor could have gained at once over the final deal; NaN when the space is too large. */
  readonly distance: number;
  /** Levers whose package lost to another one signed the same week (package_void), one entry per void package. */
  readonly voidLevers: readonly number[];
  readonly refused: number;
  readonly actors: readonly ActorOutcome[];
  /** actions[actor][type index in ACTION_TYPES]. */
  readonly actions: readonly (readonly number[])[];
  /** Packages each actor let expire without an answer. */
  readonly unanswered: readonly number[];
  /** Uses per pressure (scenario index). */
  readonly pressures: readonly number[];
  /** Clauses in proposals and counters, as [lever, option] pairs. */
  readonly proposed: readonly (readonly [number, number])[];
  readonly finalOptions: readonly number[];
  /** Scenario events that fired at least once. */
  readonly fired: readonly number[];
}

const TYPE_INDEX = new Map<ActionType, number>(ACTION_TYPES.map((t, i) => [t, i]));

/** list[i] += 1, for an index the scenario (or ACTION_TYPES) has already validated. */
const bump = (list: number[], i: number, what: string): void => {
  list[i] = at(list, i, what) + 1;
};

export function observeGame(ctx: StepContext, factories: readonly PolicyFactory[], seed: number): GameObservation {
  const { scenario, space } = ctx;
  const pub = publicScenarioOf(scenario);
  // A loop, not map(): map() returns a packed list before this function is optimised and a holey one after, and every
  // week's play reads this list, so each change of shape sent the week's code back to be compiled again.
  const seats: Policy[] = [];
  for (let i = 0; i < factories.length; i++)
    seats.push(at(factories, i, 'seat')({ scenario: pub, actor: at(scenario.actors, i, 'actor').index, seed }));
  let game = newGame(scenario, seed, seats);
  const { zone } = ctx;
  const zoneWider = (state: GameState) => zone !== null && zoneShare(scenario, zone, state) > zone.spec.startMax;
  let zopaWeek = space && isZopaOpen(scenario, space, game.state) ? game.state.week : 0;
  const zoneStart = zone ? zoneShare(scenario, zone, game.state) : Number.NaN;
  let zoneWeek = zone && zoneStart > zone.spec.startMax ? game.state.week : 0;
  const oracles: GameAware[] = [];
  for (const seat of seats) if (isGameAware(seat)) oracles.push(seat);
  // A game that has not ended after its last week would be an engine bug; the bound keeps a run from hanging on it.
  for (let guard = 0; !game.state.ended && guard <= scenario.turns.count; guard++) {
    for (const o of oracles) o.bindGame(game);
    game = playWeek(scenario, game, seats);
    if (space && zopaWeek === 0 && !game.state.ended && isZopaOpen(scenario, space, game.state))
      zopaWeek = game.state.week;
    if (zoneWeek === 0 && !game.state.ended && zoneWider(game.state)) zoneWeek = game.state.week;
  }
  const state = game.state;
  const n = scenario.actors.length;
  const actions: number[][] = [];
  for (let a = 0; a < n; a++) actions.push(zeros(ACTION_TYPES.length));
  const pressures = zeros(scenario.pressures.length);
  const proposed: [number, number][] = [];
  for (const { action } of game.log) {
    bump(at(actions, action.actor, 'actor'), got(TYPE_INDEX, action.type, 'action type'), 'action type');
    if (action.type === 'pressure') bump(pressures, action.pressure, 'pressure');
    if (action.type === 'propose' || action.type === 'counter')
      for (const c of action.clauses) proposed.push([c.lever, c.option]);
  }
  const unanswered = zeros(n);
  const signed: SignedPackage[] = [];
  const voidLevers: number[] = [];
  const fired = new Set<number>();
  let week = 1;
  for (const e of game.events) {
    switch (e.type) {
      case 'week_started':
        week = e.week;
        break;
      case 'answered':
        if (e.answer === 'none') bump(unanswered, e.actor, 'actor');
        break;
      case 'package_signed': {
        const { id, proposer, counters, clauses } = e.package;
        signed.push({
          id,
          week,
          proposer,
          counter: counters !== null,
          clauses: clauses.map((c) => [c.lever, c.option]),
        });
        break;
      }
      case 'package_void':
        voidLevers.push(e.lever);
        break;
      case 'news':
        fired.add(e.event);
        break;
      default:
        break;
    }
  }
  const endEnv = envOf(scenario, state);
  // Loops that push, not map(): map() returns a packed array before its caller is optimised and a holey one after,
  // and each change of shape sent this function back to be compiled again (docs/balance.md, "Speed and memory").
  const finalOptions: number[] = [];
  for (const l of state.levers) finalOptions.push(l.option);
  const scores = scoreActors(scenario, { startEnv: ctx.startEnv, endEnv, finalOptions, declared: state.redLines });
  const actors: ActorOutcome[] = [];
  let welfare = 0;
  for (const s of scores) {
    actors.push({
      utility: s.utility,
      result: s.result,
      endSurplus: s.utility - s.endReservation,
      good: s.good,
      grade: gradeIndexOf(s),
    });
    welfare += s.utility;
  }
  const leverParts: number[] = [];
  if (space) for (const a of scenario.actors) leverParts.push(leverPart(a.profile, finalOptions));
  const distance = space ? frontierDistance(space, leverParts) : Number.NaN;
  const end = state.ended ?? { ending: scenario.defaultEnding, week: state.week, early: false };
  if (actors.length !== n) throw new Error('unreachable: one score per actor');
  return {
    seed,
    ending: end.ending,
    week: end.week,
    early: end.early,
    signed,
    zopaWeek,
    zoneStart,
    zoneWeek,
    welfare,
    distance,
    voidLevers,
    refused: game.refused.length,
    actors,
    actions,
    unanswered,
    pressures,
    proposed,
    finalOptions,
    fired: [...fired].sort((a, b) => a - b),
  };
}

function isZopaOpen(scenario: CompiledScenario, space: DealSpace, state: GameState): boolean {
  const env = envOf(scenario, state);
  const need = scenario.actors.map((a) => reservationOf(a, env) - worldPart(a.profile, state.values));
  return zopaOpen(space, need);
}
