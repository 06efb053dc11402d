/**
 * The menu of what an actor may do now, for UI and policies alike. It is
 * exact for a single action; combinations within a week (action points, one
 * package per lever) are settled by checkAction against the orders so far.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { checkAction } from './checkAction';
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
  const ok = (action: Parameters<typeof checkAction>[3]) => checkAction(scenario, state, [], action) === null;
  const proposable = scenario.levers.flatMap((l) => {
    const options = l.options.map((_, o) => o).filter((o) => ok({ type: 'propose', actor, clauses: [{ lever: l.index, option: o }] }));
    return options.length > 0 ? [{ lever: l.index, options }] : [];
  });
  return {
    points: state.ended ? 0 : scenario.actors[actor]!.actionPoints,
    proposable,
    toAnswer: state.ended ? [] : state.inbox.filter((p) => p.proposer !== actor && p.parties.includes(actor)),
    meetable: scenario.actors.map((a) => a.index).filter((a) => a !== actor && ok({ type: 'meet', actor, with: [a] })),
    statementLevers: scenario.levers.map((l) => l.index).filter((l) => ok({ type: 'flexibility', actor, lever: l })),
    pressures: scenario.pressures.map((p) => p.index).filter((p) => ok({ type: 'pressure', actor, pressure: p })),
  };
}
