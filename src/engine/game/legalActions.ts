/**
 * The menu of what an actor may do now, for UI and policies alike. It is
 * exact for a single action; combinations within a week (action points, one
 * package per lever) are settled by checkAction against the orders so far.
 * It applies the same rules as checkAction, computed in one pass because
 * policies ask for it every week (tests hold the two in agreement).
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { envOf } from './envOf';
import type { GameState, Package } from './GameState';

export interface LegalActions {
  readonly points: number;
  /** Per lever the actor may put in a package now: the options a clause may set. */
  readonly proposable: readonly { readonly lever: number; readonly options: readonly number[] }[];
  readonly toAnswer: readonly Package[];
  readonly meetable: readonly number[];
  readonly statementLevers: readonly number[];
  readonly pressures: readonly number[];
}

export function legalActions(scenario: CompiledScenario, state: GameState, actor: number): LegalActions {
  if (state.ended) return { points: 0, proposable: [], toAnswer: [], meetable: [], statementLevers: [], pressures: [] };
  const inPlay = new Set<number>();
  for (const p of state.inbox) if (p.proposer === actor) for (const c of p.clauses) inPlay.add(c.lever);
  const canPropose =
    state.week < scenario.turns.count && scenario.actions.propose.cost <= scenario.actors[actor]!.actionPoints;
  const proposable = canPropose
    ? scenario.levers.flatMap((l) => {
        const at = state.levers[l.index]!;
        if (!at.open || at.settled || inPlay.has(l.index) || !l.proposers.includes(actor)) return [];
        return [{ lever: l.index, options: l.options.map((_, o) => o).filter((o) => o !== l.statusQuo) }];
      })
    : [];
  const env = envOf(scenario, state);
  // The meeting rule of checkAction, for a meeting of two: {actor, other}.
  const restricted = (other: number) =>
    scenario.meetingRules.some(
      (rule) =>
        rule.includes.every((a) => a === actor || a === other) && 2 > rule.includes.length && rule.when.fn(env) !== 0,
    );
  return {
    points: scenario.actors[actor]!.actionPoints,
    proposable,
    toAnswer: state.inbox.filter((p) => p.proposer !== actor && p.parties.includes(actor)),
    meetable: scenario.actors.map((a) => a.index).filter((a) => a !== actor && !restricted(a)),
    statementLevers: scenario.levers
      .filter((l) => l.signatories.includes(actor) && !state.levers[l.index]!.settled)
      .map((l) => l.index),
    pressures: scenario.pressures
      .filter(
        (p) =>
          p.actor === actor &&
          state.readyWeek[p.index]! <= state.week &&
          p.cost <= scenario.actors[actor]!.actionPoints &&
          (!p.when || p.when.fn(env) !== 0),
      )
      .map((p) => p.index),
  };
}
