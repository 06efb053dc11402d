/**
 * The rules of orders (docs/model.md §3.1): whether `action` may be added to
 * what its actor has already ordered this week. Humans and policies go
 * through the same check, and so do a seat's choices (choicesOf): the rules
 * read only the public scenario and what a seat's view holds (RulesState),
 * so the engine and a seat's screen can never disagree. Anything malformed is
 * refused with a code, never thrown on.
 */
import { at } from '../util/at';
import type { Action } from './Action';
import { envOf } from './envOf';
import type { ExprEnv } from '../expr';
import { isLocked } from './isLocked';
import { isReasons } from './isReasons';
import { refusal } from './formatRefusal';
import type { Clause, GameState, Package } from './GameState';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import type { PublicScenario } from './PublicScenario';
import type { Refusal } from './Refusal';

/** What the rules read of a game: a GameState has it, and so does a seat's view (its share of the inbox). */
export type RulesState = Pick<GameState, 'week' | 'values' | 'levers' | 'inbox' | 'readyWeek' | 'redLines' | 'ended'>;

/** What an action costs in action points. */
export function costOf(scenario: Pick<PublicScenario, 'actions' | 'pressures'>, action: Action): number {
  switch (action.type) {
    case 'propose':
      return scenario.actions.propose.cost;
    case 'counter':
      return scenario.actions.counter.cost;
    case 'meet':
      return scenario.actions.meet.cost;
    case 'red_line':
    case 'flexibility':
      return scenario.actions.statement.cost;
    case 'pressure':
      return scenario.pressures[action.pressure]?.cost ?? 0;
    case 'accept':
    case 'reject':
      return 0;
  }
}

/** Action points `actor` has left after `mine` (its orders so far). */
export function pointsLeft(scenario: PublicScenario, actor: ActorIndex, mine: readonly Action[]): number {
  // A loop, not reduce() with a closure: every order is checked here, and every seat's menu asks.
  let spent = 0;
  for (const a of mine) spent += costOf(scenario, a);
  return at(scenario.actors, actor, 'actor').actionPoints - spent;
}

export function checkAction(
  scenario: PublicScenario,
  state: RulesState,
  prior: readonly Action[],
  action: Action,
): Refusal | null {
  const shape = checkShape(scenario, action);
  if (shape) return shape;
  if (state.ended) return refusal(scenario, 'GAME_OVER');
  const mine = ordersOf(prior, action.actor);
  const points = checkPoints(scenario, mine, action);
  if (points) return points;
  switch (action.type) {
    case 'propose':
      return checkPackage(scenario, state, mine, action.actor, action.clauses, action.copied ?? []);
    case 'counter':
      return (
        checkAnswer(scenario, state, mine, action.actor, action.to) ??
        checkPackage(scenario, state, mine, action.actor, action.clauses, action.copied ?? [])
      );
    case 'accept':
    case 'reject':
      return checkAnswer(scenario, state, mine, action.actor, action.package);
    case 'meet':
      return checkMeeting(scenario, state, action.actor, action.with);
    case 'red_line':
    case 'flexibility':
      return checkStatement(scenario, state, mine, action);
    case 'pressure':
      return checkPressure(scenario, state, mine, action.actor, action.pressure);
  }
}

/** `actor`'s orders among `prior`, by a loop, not filter() with a closure: every order is checked here. */
function ordersOf(prior: readonly Action[], actor: ActorIndex): Action[] {
  const mine: Action[] = [];
  for (const a of prior) if (a.actor === actor) mine.push(a);
  return mine;
}

export function checkPoints(scenario: PublicScenario, mine: readonly Action[], action: Action): Refusal | null {
  const left = pointsLeft(scenario, action.actor, mine);
  const cost = costOf(scenario, action);
  return cost > left ? refusal(scenario, 'NOT_ENOUGH_POINTS', { cost, left }) : null;
}

const isIndex = (x: unknown, length: number): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < length;
// Loops, not every() with a closure: every order of every seat is checked here. Holes are skipped, as every() does.
function isIndexList(x: unknown, length: number): x is number[] {
  if (!Array.isArray(x) || x.length > 64) return false;
  for (let i = 0; i < x.length; i++) if (i in x && !isIndex(x[i], length)) return false;
  return true;
}

function clausesOk(scenario: PublicScenario, clauses: unknown): boolean {
  if (!Array.isArray(clauses) || clauses.length > scenario.levers.length) return false;
  for (let i = 0; i < clauses.length; i++) {
    if (!(i in clauses)) continue;
    const x: unknown = clauses[i];
    if (x === null || typeof x !== 'object') return false;
    const { lever, option } = x as Clause;
    if (!isIndex(lever, scenario.levers.length) || !isIndex(option, at(scenario.levers, lever).options.length))
      return false;
  }
  return true;
}

const copiesOk = (scenario: PublicScenario, copied: unknown) =>
  copied === undefined || isIndexList(copied, scenario.actors.length);

/** Which part of an order is malformed, or null when it is well-formed. */
function malformedPart(scenario: PublicScenario, action: Action): string | null {
  if (action === null || typeof action !== 'object') return 'not an object';
  const a = action as Record<string, unknown>;
  if (!isIndex(a.actor, scenario.actors.length)) return 'unknown actor';
  if (a.reasons !== undefined && !isReasons(scenario, a.reasons)) return 'reasons';
  switch (a.type) {
    case 'propose':
      return clausesOk(scenario, a.clauses) && copiesOk(scenario, a.copied) ? null : 'clauses or copies';
    case 'counter':
      return typeof a.to === 'string' && clausesOk(scenario, a.clauses) && copiesOk(scenario, a.copied)
        ? null
        : 'clauses, copies or package';
    case 'accept':
    case 'reject':
      return typeof a.package === 'string' ? null : 'package';
    case 'meet':
      return isIndexList(a.with, scenario.actors.length) ? null : 'participants';
    case 'red_line':
      return isIndex(a.lever, scenario.levers.length) &&
        isIndexList(a.options, at(scenario.levers, a.lever).options.length)
        ? null
        : 'lever or options';
    case 'flexibility':
      return isIndex(a.lever, scenario.levers.length) ? null : 'lever';
    case 'pressure':
      return isIndex(a.pressure, scenario.pressures.length) ? null : 'pressure';
    default:
      return 'unknown type';
  }
}

/** Untrusted input (a replay file, a network message, a UI bug) must be refused, not crash the rules. */
function checkShape(scenario: PublicScenario, action: Action): Refusal | null {
  const part = malformedPart(scenario, action);
  return part === null ? null : refusal(scenario, 'MALFORMED_ACTION', { part });
}

/** The levers `actor` already has in play: proposed this week, or awaiting answers from last week. */
export function leversInPlay(inbox: readonly Package[], mine: readonly Action[], actor: ActorIndex): Set<LeverIndex> {
  const levers = new Set<LeverIndex>();
  for (const p of inbox) if (p.proposer === actor) for (const c of p.clauses) levers.add(c.lever);
  for (const a of mine)
    if (a.type === 'propose' || a.type === 'counter') for (const c of a.clauses) levers.add(c.lever);
  return levers;
}

export function checkPackage(
  scenario: PublicScenario,
  state: RulesState,
  mine: readonly Action[],
  actor: ActorIndex,
  clauses: readonly Clause[],
  copied: readonly ActorIndex[],
): Refusal | null {
  if (state.week >= scenario.turns.count) return refusal(scenario, 'LAST_WEEK');
  if (clauses.length === 0) return refusal(scenario, 'EMPTY_PACKAGE');
  const inPlay = leversInPlay(state.inbox, mine, actor);
  const seen = new Set<LeverIndex>();
  // Index loops, not entries(), whose iterator and pairs every order checked here would make.
  for (let clause = 0; clause < clauses.length; clause++) {
    const { lever, option } = at(clauses, clause, 'clause');
    if (seen.has(lever)) return refusal(scenario, 'DUPLICATE_LEVER', { lever, clause });
    seen.add(lever);
    const found = checkClause(scenario, state, inPlay, actor, lever, option, clause);
    if (found) return found;
  }
  if (copied.includes(actor)) return refusal(scenario, 'BAD_COPY');
  return null;
}

/** Whether `lever = option` may go into a package of `actor`'s now, given the levers it has in play. */
export function checkClause(
  scenario: PublicScenario,
  state: RulesState,
  inPlay: ReadonlySet<LeverIndex>,
  actor: ActorIndex,
  lever: LeverIndex,
  option: OptionIndex,
  /** The clause's position in its package, named in a refusal. */
  clause?: number,
): Refusal | null {
  const code = clauseRefused(scenario, state, inPlay, actor, lever, option);
  if (code === null) return null;
  const where = clause === undefined ? {} : { clause };
  switch (code) {
    case 'LEVER_SETTLED':
      return refusal(scenario, code, { lever, option: at(state.levers, lever, 'lever state').option, ...where });
    case 'STATUS_QUO_CLAUSE':
      return refusal(scenario, code, { lever, option, ...where });
    default:
      return refusal(scenario, code, { lever, ...where });
  }
}

/**
 * checkClause's rules, giving only the code of the first one `lever = option` breaks, or null: a seat's menu
 * (legalActions) asks this of every lever every week and needs no refusal made.
 */
export function clauseRefused(
  scenario: PublicScenario,
  state: RulesState,
  inPlay: ReadonlySet<LeverIndex>,
  actor: ActorIndex,
  lever: LeverIndex,
  option: OptionIndex,
): 'LEVER_CLOSED' | 'LEVER_SETTLED' | 'STATUS_QUO_CLAUSE' | 'NOT_A_PROPOSER' | 'LEVER_IN_PLAY' | null {
  const def = at(scenario.levers, lever, 'lever');
  const now = at(state.levers, lever, 'lever state');
  if (!now.open) return 'LEVER_CLOSED';
  if (isLocked(def, now, option)) return 'LEVER_SETTLED';
  if (option === def.statusQuo) return 'STATUS_QUO_CLAUSE';
  if (!def.proposers.includes(actor)) return 'NOT_A_PROPOSER';
  if (inPlay.has(lever)) return 'LEVER_IN_PLAY';
  return null;
}

export function checkAnswer(
  scenario: PublicScenario,
  state: RulesState,
  mine: readonly Action[],
  actor: ActorIndex,
  id: string,
): Refusal | null {
  const pkg = packageOf(state.inbox, id);
  if (!pkg) return refusal(scenario, 'NO_SUCH_PACKAGE', { package: id });
  if (pkg.proposer === actor) return refusal(scenario, 'OWN_PACKAGE', { package: id });
  if (!pkg.parties.includes(actor)) return refusal(scenario, 'NOT_A_PARTY', { package: id });
  if (answers(mine, id)) return refusal(scenario, 'ALREADY_ANSWERED', { package: id });
  return null;
}

// Loops, not find() and some() with closures: every answer ordered is checked here.
function packageOf(inbox: readonly Package[], id: string): Package | undefined {
  for (const p of inbox) if (p.id === id) return p;
  return undefined;
}

/** Whether one of `mine` answers package `id`: accepts, rejects or counters it. */
function answers(mine: readonly Action[], id: string): boolean {
  for (const a of mine)
    if (((a.type === 'accept' || a.type === 'reject') && a.package === id) || (a.type === 'counter' && a.to === id))
      return true;
  return false;
}

export function checkMeeting(
  scenario: PublicScenario,
  state: RulesState,
  actor: ActorIndex,
  others: readonly ActorIndex[],
): Refusal | null {
  if (others.length === 0) return refusal(scenario, 'EMPTY_MEETING');
  if (others.includes(actor) || others.some((a, i) => others.indexOf(a) !== i)) return refusal(scenario, 'BAD_MEETING');
  const rule = restrictingRule(scenario, state, actor, others);
  return rule === -1 ? null : refusal(scenario, 'MEETING_RESTRICTED', { rule });
}

/**
 * The first meeting rule that forbids `actor` meeting `others` (distinct, and without it), or -1: checkMeeting's last
 * rule, which a seat's menu (legalActions) asks of every other actor every week and needs no refusal made.
 */
export function restrictingRule(
  scenario: PublicScenario,
  state: RulesState,
  actor: ActorIndex,
  others: readonly ActorIndex[],
): number {
  // Read only when a rule's participants match: most meetings match none.
  let env: ExprEnv | undefined;
  for (let rule = 0; rule < scenario.meetingRules.length; rule++) {
    const def = at(scenario.meetingRules, rule, 'meeting rule');
    // The participants are the actor and the others, all distinct, so there are 1 + others.length.
    if (
      1 + others.length > def.includes.length &&
      allTake(def.includes, actor, others) &&
      def.when.fn((env ??= envOf(scenario, state))) !== 0
    )
      return rule;
  }
  return -1;
}

/** Whether every one of `included` is `actor` or one of `others`. A loop, not every() with a closure: see restrictingRule. */
function allTake(included: readonly ActorIndex[], actor: ActorIndex, others: readonly ActorIndex[]): boolean {
  for (let i = 0; i < included.length; i++) {
    const a = at(included, i);
    if (a !== actor && !others.includes(a)) return false;
  }
  return true;
}

export function checkStatement(
  scenario: PublicScenario,
  state: RulesState,
  mine: readonly Action[],
  action: Extract<Action, { type: 'red_line' | 'flexibility' }>,
): Refusal | null {
  const { lever } = action;
  const def = at(scenario.levers, lever, 'lever');
  const now = at(state.levers, lever, 'lever state');
  const code = statementRefused(scenario, state, action.actor, lever);
  if (code === 'NOT_A_SIGNATORY') return refusal(scenario, code, { lever });
  if (code === 'LEVER_SETTLED') return refusal(scenario, code, { lever, option: now.option, kind: action.type });
  if (action.type === 'flexibility') return null;
  if (action.options.length === 0) return refusal(scenario, 'EMPTY_RED_LINE', { lever });
  if (action.options.includes(def.statusQuo)) {
    return refusal(scenario, 'RED_LINE_STATUS_QUO', { lever, option: def.statusQuo });
  }
  const ordered = mine.flatMap((a) => (a.type === 'red_line' && a.lever === lever ? a.options : []));
  const declared = new Set([...(state.redLines[action.actor]?.[lever] ?? []), ...ordered, ...action.options]);
  if (declared.size >= def.options.length - 1) return refusal(scenario, 'RED_LINE_ALL', { lever });
  return null;
}

/**
 * The rules every statement on `lever` must meet, giving only the code of the first one broken, or null: then a
 * flexibility statement is allowed. A seat's menu (legalActions) asks this of every lever every week.
 */
export function statementRefused(
  scenario: PublicScenario,
  state: RulesState,
  actor: ActorIndex,
  lever: LeverIndex,
): 'NOT_A_SIGNATORY' | 'LEVER_SETTLED' | null {
  if (!at(scenario.levers, lever, 'lever').signatories.includes(actor)) return 'NOT_A_SIGNATORY';
  if (at(state.levers, lever, 'lever state').settled) return 'LEVER_SETTLED';
  return null;
}

export function checkPressure(
  scenario: PublicScenario,
  state: RulesState,
  mine: readonly Action[],
  actor: ActorIndex,
  pressure: number,
): Refusal | null {
  const code = pressureRefused(scenario, state, mine, actor, pressure);
  switch (code) {
    case null:
      return null;
    case 'COOLDOWN':
      return refusal(scenario, code, { pressure, readyWeek: at(state.readyWeek, pressure, 'pressure state') });
    default:
      return refusal(scenario, code, { pressure });
  }
}

/**
 * checkPressure's rules, giving only the code of the first one broken, or null. `env` is the state's (envOf), when
 * the caller has it: a seat's menu asks this of each of its pressures and makes it once.
 */
export function pressureRefused(
  scenario: PublicScenario,
  state: RulesState,
  mine: readonly Action[],
  actor: ActorIndex,
  pressure: number,
  env?: () => ExprEnv,
): 'NOT_YOUR_PRESSURE' | 'ALREADY_ORDERED' | 'COOLDOWN' | 'CONDITION_FAILS' | null {
  const def = at(scenario.pressures, pressure, 'pressure');
  if (def.actor !== actor) return 'NOT_YOUR_PRESSURE';
  if (mine.some((a) => a.type === 'pressure' && a.pressure === pressure)) return 'ALREADY_ORDERED';
  if (at(state.readyWeek, pressure, 'pressure state') > state.week) return 'COOLDOWN';
  if (def.when && def.when.fn(env ? env() : envOf(scenario, state)) === 0) return 'CONDITION_FAILS';
  return null;
}
