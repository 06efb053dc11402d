/**
 * The menu of what a seat may do now, for policies: each entry is an order
 * the rules of checkAction accept on its own (the same check functions
 * decide it), in index order. Combinations within a week (action points,
 * one package per lever) are settled by checkAction against the orders so
 * far; choicesOf gives the fuller picture, with reasons, for the table.
 */
import type { Action } from './Action';
import {
  clauseRefused,
  leversInPlay,
  pointsLeft,
  pressureRefused,
  restrictingRule,
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
  const { movable, signed, own } = candidatesOf(scenario);
  // Policies ask every week, so only real candidates are checked: of a lever's options, checkClause tells
  // apart only the status quo (never a clause) and, once the lever is signed, the options its option does not
  // lead to, so one of the others answers for the rest; statements only on levers the seat signs; only its own
  // pressures.
  const proposable: { lever: LeverIndex; options: readonly OptionIndex[] }[] = [];
  if (canPropose)
    for (const l of scenario.levers) {
      const now = at(state.levers, l.index, 'lever state');
      const candidates = now.settled ? stillTo(l, now) : at(movable, l.index, 'lever');
      const first = candidates[0];
      if (first !== undefined && clauseRefused(scenario, state, inPlay, actor, l.index, first) === null)
        proposable.push({ lever: l.index, options: candidates });
    }
  // A meeting with one other actor is never empty and repeats no one (checkMeeting): only its rules decide.
  const meetable: ActorIndex[] = [];
  if (scenario.actions.meet.cost <= points)
    for (const a of scenario.actors)
      if (a.index !== actor && restrictingRule(scenario, state, actor, [a.index]) === -1) meetable.push(a.index);
  // The rules' codes alone (statementRefused, pressureRefused): no order object or refusal made for a candidate,
  // the env made once, the movable options found with one look-up (with these, −0.5% instructions a lab game).
  const statementLevers: LeverIndex[] = [];
  if (scenario.actions.statement.cost <= points)
    for (const l of at(signed, actor, 'actor'))
      if (statementRefused(scenario, state, actor, l) === null) statementLevers.push(l);
  const pressures: number[] = [];
  // The state's expressions' env, made once for all of the seat's pressures with a condition.
  let env: ExprEnv | undefined;
  const envNow = () => (env ??= envOf(scenario, state));
  for (const p of at(own, actor, 'actor'))
    if (p.cost <= points && pressureRefused(scenario, state, none, actor, p.index, envNow) === null)
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

/**
 * What a menu may offer at all, made once per scenario and found with one look-up a menu: the menu (read-only) shares
 * these lists, and a seat's menu runs the rules only on its own levers to sign and its own pressures.
 */
interface Candidates {
  /** Per lever, its options but its status quo. */
  readonly movable: readonly (readonly OptionIndex[])[];
  /** Per actor, the levers it signs: the only ones it may make statements on. */
  readonly signed: readonly (readonly LeverIndex[])[];
  /** Per actor, its pressures. */
  readonly own: readonly (readonly PublicScenario['pressures'][number][])[];
}

const tables = new WeakMap<PublicScenario, Candidates>();

function candidatesOf(scenario: PublicScenario): Candidates {
  let found = tables.get(scenario);
  if (!found) {
    found = {
      movable: scenario.levers.map((lever) => optionIndices(lever).filter((o) => o !== lever.statusQuo)),
      signed: scenario.actors.map((a) =>
        scenario.levers.filter((l) => l.signatories.includes(a.index)).map((l) => l.index),
      ),
      own: scenario.actors.map((a) => scenario.pressures.filter((p) => p.actor === a.index)),
    };
    tables.set(scenario, found);
  }
  return found;
}
