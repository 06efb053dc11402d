/**
 * The menu of what a seat may do now, for policies: each entry is an order
 * the rules of checkAction accept on its own (the same check functions
 * decide it), in index order. Combinations within a week (action points,
 * one package per lever) are settled by checkAction against the orders so
 * far; choicesOf gives the fuller picture, with reasons, for the table.
 */
import type { Action } from './Action';
import {
  checkMeeting,
  clauseRefused,
  leversInPlay,
  pointsLeft,
  pressureRefused,
  statementRefused,
  type RulesState,
} from './checkAction';
import { envOf } from './envOf';
import type { ExprEnv } from '../expr';
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
  // checkPoints on no prior orders, as a comparison: an action is affordable when it costs no more than this.
  const points = pointsLeft(scenario, actor, none);
  const inPlay = leversInPlay(state.inbox, none, actor);
  const canPropose = state.week < scenario.turns.count && scenario.actions.propose.cost <= points;
  // Policies ask every week, so only real candidates are checked: of a lever's options, checkClause tells
  // apart only the status quo (never a clause) and, once the lever is signed, the options its option does not
  // lead to, so one of the others answers for the rest; statements only on levers the seat signs; only its own
  // pressures.
  const proposable: { lever: LeverIndex; options: readonly OptionIndex[] }[] = [];
  if (canPropose) {
    const movable = movableOptions(scenario.levers);
    for (const l of scenario.levers) {
      const now = at(state.levers, l.index, 'lever state');
      const candidates = now.settled ? stillTo(l, now) : at(movable, l.index, 'lever');
      const first = candidates[0];
      if (first !== undefined && clauseRefused(scenario, state, inPlay, actor, l.index, first) === null)
        proposable.push({ lever: l.index, options: candidates });
    }
  }
  const meetable: ActorIndex[] = [];
  if (scenario.actions.meet.cost <= points)
    for (const a of scenario.actors)
      if (a.index !== actor && checkMeeting(scenario, state, actor, [a.index]) === null) meetable.push(a.index);
  // The rules' codes alone (statementRefused, pressureRefused): no order object or refusal made for a candidate,
  // the env made once, the movable options found with one look-up (with these, −0.5% instructions a lab game).
  const statementLevers: LeverIndex[] = [];
  if (scenario.actions.statement.cost <= points)
    for (const l of scenario.levers)
      if (statementRefused(scenario, state, actor, l.index) === null) statementLevers.push(l.index);
  const pressures: number[] = [];
  // The state's expressions' env, made once for all of the seat's pressures with a condition.
  let env: ExprEnv | undefined;
  const envNow = () => (env ??= envOf(scenario, state));
  for (const p of scenario.pressures)
    if (
      p.actor === actor &&
      p.cost <= points &&
      pressureRefused(scenario, state, none, actor, p.index, envNow) === null
    )
      pressures.push(p.index);
  return {
    points,
    proposable,
    toAnswer: state.inbox.filter((p) => p.proposer !== actor && p.parties.includes(actor)),
    meetable,
    statementLevers,
    pressures,
  };
}

const movable = new WeakMap<PublicScenario['levers'], readonly (readonly OptionIndex[])[]>();

/**
 * Per lever, its options but its status quo, made once per scenario: the menu (read-only) shares them. Kept by the
 * scenario's list of levers, one look-up a menu, not one a lever.
 */
function movableOptions(levers: PublicScenario['levers']): readonly (readonly OptionIndex[])[] {
  let options = movable.get(levers);
  if (!options) {
    options = levers.map((lever) => optionIndices(lever).filter((o) => o !== lever.statusQuo));
    movable.set(levers, options);
  }
  return options;
}
