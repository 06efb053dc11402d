/**
 * The menu of what a seat may do now, for policies: each entry is an order
 * the rules of checkAction accept on its own (the same check functions
 * decide it), in index order. Combinations within a week (action points,
 * one package per lever) are settled by checkAction against the orders so
 * far; choicesOf gives the fuller picture, with reasons, for the table.
 */
import type { Action } from './Action';
import {
  checkClause,
  checkMeeting,
  checkPoints,
  checkPressure,
  checkStatement,
  leversInPlay,
  pointsLeft,
  type RulesState,
} from './checkAction';
import type { Package } from './GameState';
import { optionIndices, type ActorIndex, type LeverIndex, type OptionIndex } from './ids';
import { at } from '../util/at';
import { stillTo } from './isLocked';
import type { PublicScenario } from './PublicScenario';

export interface LegalActions {
  readonly points: number;
  /** Per lever the actor may put in a package now: the options a clause may set. */
  readonly proposable: readonly { readonly lever: LeverIndex; readonly options: readonly OptionIndex[] }[];
  readonly toAnswer: readonly Package[];
  readonly meetable: readonly ActorIndex[];
  readonly statementLevers: readonly LeverIndex[];
  readonly pressures: readonly number[];
}

const NOTHING: LegalActions = {
  points: 0,
  proposable: [],
  toAnswer: [],
  meetable: [],
  statementLevers: [],
  pressures: [],
};

export function legalActions(scenario: PublicScenario, state: RulesState, actor: ActorIndex): LegalActions {
  if (state.ended) return NOTHING;
  const none: readonly Action[] = [];
  const affords = (action: Action) => checkPoints(scenario, none, action) === null;
  const inPlay = leversInPlay(state.inbox, none, actor);
  const canPropose = state.week < scenario.turns.count && affords({ type: 'propose', actor, clauses: [] });
  // Policies ask every week, so only real candidates are checked: of a lever's options, checkClause tells
  // apart only the status quo (never a clause) and, once the lever is signed, the options its option does not
  // lead to, so one of the others answers for the rest; statements only on levers the seat signs; only its own
  // pressures.
  const proposable: { lever: LeverIndex; options: OptionIndex[] }[] = [];
  if (canPropose)
    for (const l of scenario.levers) {
      const now = at(state.levers, l.index, 'lever state');
      const candidates = now.settled ? stillTo(l, now) : optionIndices(l).filter((o) => o !== l.statusQuo);
      const first = candidates[0];
      if (first !== undefined && checkClause(scenario, state, inPlay, actor, l.index, first) === null)
        proposable.push({ lever: l.index, options: [...candidates] });
    }
  const meetable = affords({ type: 'meet', actor, with: [] })
    ? scenario.actors
        .map((a) => a.index)
        .filter((a) => a !== actor && checkMeeting(scenario, state, actor, [a]) === null)
    : [];
  const statementLevers = scenario.levers
    .filter((l) => l.signatories.includes(actor))
    .map((l) => l.index)
    .filter(
      (lever) =>
        affords({ type: 'flexibility', actor, lever }) &&
        checkStatement(scenario, state, none, { type: 'flexibility', actor, lever }) === null,
    );
  const pressures = scenario.pressures
    .filter(
      (p) =>
        p.actor === actor &&
        affords({ type: 'pressure', actor, pressure: p.index }) &&
        checkPressure(scenario, state, none, actor, p.index) === null,
    )
    .map((p) => p.index);
  return {
    points: pointsLeft(scenario, actor, none),
    proposable,
    toAnswer: state.inbox.filter((p) => p.proposer !== actor && p.parties.includes(actor)),
    meetable,
    statementLevers,
    pressures,
  };
}
