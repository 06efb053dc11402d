/**
 * The rules of orders (docs/model.md §3, step 2): whether `action` may be added to
 * what its actor has already ordered this week. Humans and policies go
 * through the same check; anything malformed is refused with a code, never
 * thrown on.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { Action } from './Action';
import { envOf } from './envOf';
import type { Clause, GameState } from './GameState';
import type { Rejection } from './Rejection';

/** What an action costs in action points (policies ask it of a PublicScenario too). */
export function costOf(scenario: Pick<CompiledScenario, 'actions' | 'pressures'>, action: Action): number {
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

export function checkAction(
  scenario: CompiledScenario,
  state: GameState,
  prior: readonly Action[],
  action: Action,
): Rejection | null {
  const shape = checkShape(scenario, action);
  if (shape) return shape;
  if (state.ended) return reject('GAME_OVER', 'The game has ended.');
  const actor = scenario.actors[action.actor]!;
  const mine = prior.filter((a) => a.actor === action.actor);
  const spent = mine.reduce((sum, a) => sum + costOf(scenario, a), 0);
  const cost = costOf(scenario, action);
  if (spent + cost > actor.actionPoints) {
    return reject(
      'NOT_ENOUGH_POINTS',
      `This costs ${cost} action point(s); ${actor.name} has ${actor.actionPoints - spent} left this ${scenario.turns.unit}.`,
    );
  }
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
      if (mine.some((a) => a.type === 'pressure' && a.pressure === action.pressure))
        return reject('COOLDOWN', 'That pressure is already in your orders this week.');
      return checkPressure(scenario, state, action.actor, action.pressure);
  }
}

function reject(code: string, message: string): Rejection {
  return { code, message };
}

const isIndex = (x: unknown, length: number): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < length;
const isIndexList = (x: unknown, length: number): x is number[] =>
  Array.isArray(x) && x.length <= 64 && x.every((i) => isIndex(i, length));

/** Untrusted input (a replay file, a UI bug) must be refused, not crash the rules. */
function checkShape(scenario: CompiledScenario, action: Action): Rejection | null {
  const bad = (what: string) => reject('MALFORMED_ACTION', `This action is malformed: ${what}.`);
  if (action === null || typeof action !== 'object') return bad('not an object');
  const a = action as Record<string, unknown>;
  if (!isIndex(a.actor, scenario.actors.length)) return bad('unknown actor');
  if (a.reasons !== undefined && !isReasons(a.reasons, scenario.levers.length)) return bad('reasons');
  const clausesOk = (c: unknown) =>
    Array.isArray(c) &&
    c.length <= scenario.levers.length &&
    c.every(
      (x: unknown) =>
        x !== null &&
        typeof x === 'object' &&
        isIndex((x as Clause).lever, scenario.levers.length) &&
        isIndex((x as Clause).option, scenario.levers[(x as Clause).lever]!.options.length),
    );
  switch (a.type) {
    case 'propose':
      return clausesOk(a.clauses) && (a.copied === undefined || isIndexList(a.copied, scenario.actors.length))
        ? null
        : bad('clauses or copies');
    case 'counter':
      return typeof a.to === 'string' &&
        clausesOk(a.clauses) &&
        (a.copied === undefined || isIndexList(a.copied, scenario.actors.length))
        ? null
        : bad('clauses, copies or package');
    case 'accept':
    case 'reject':
      return typeof a.package === 'string' ? null : bad('package');
    case 'meet':
      return isIndexList(a.with, scenario.actors.length) ? null : bad('participants');
    case 'red_line':
      return isIndex(a.lever, scenario.levers.length) &&
        isIndexList(a.options, scenario.levers[a.lever as number]!.options.length)
        ? null
        : bad('lever or options');
    case 'flexibility':
      return isIndex(a.lever, scenario.levers.length) ? null : bad('lever');
    case 'pressure':
      return isIndex(a.pressure, scenario.pressures.length) ? null : bad('pressure');
    default:
      return bad('unknown type');
  }
}

function isReasons(x: unknown, levers: number): boolean {
  if (x === null || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.public === 'string' &&
    typeof r.private === 'string' &&
    r.public.length + r.private.length <= 2000 &&
    (r.sticking === undefined || isIndex(r.sticking, levers))
  );
}

/** The levers `actor` already has in play: proposed this week, or awaiting answers from last week. */
function leversInPlay(state: GameState, mine: readonly Action[], actor: number): Set<number> {
  const levers = new Set<number>();
  for (const p of state.inbox) if (p.proposer === actor) for (const c of p.clauses) levers.add(c.lever);
  for (const a of mine)
    if (a.type === 'propose' || a.type === 'counter') for (const c of a.clauses) levers.add(c.lever);
  return levers;
}

export function checkPackage(
  scenario: CompiledScenario,
  state: GameState,
  mine: readonly Action[],
  actor: number,
  clauses: readonly Clause[],
  copied: readonly number[],
): Rejection | null {
  if (state.week >= scenario.turns.count) {
    return reject('LAST_WEEK', `No packages in the last ${scenario.turns.unit}: nobody could answer them.`);
  }
  if (clauses.length === 0) return reject('EMPTY_PACKAGE', 'A package needs at least one clause.');
  const inPlay = leversInPlay(state, mine, actor);
  const seen = new Set<number>();
  for (const { lever, option } of clauses) {
    const def = scenario.levers[lever]!;
    const at = state.levers[lever]!;
    if (seen.has(lever)) return reject('DUPLICATE_LEVER', `The package sets ${def.name} twice.`);
    seen.add(lever);
    if (!at.open) return reject('LEVER_CLOSED', `${def.name} is not on the table yet.`);
    if (at.settled) return reject('LEVER_SETTLED', `${def.name} is already settled (${def.options[at.option]!.name}).`);
    if (option === def.statusQuo)
      return reject(
        'STATUS_QUO_CLAUSE',
        `"${def.options[option]!.name}" is already the status quo of ${def.name}; a clause must change something.`,
      );
    if (!def.proposers.includes(actor)) {
      const names = def.proposers.map((p) => scenario.actors[p]!.name);
      const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
      return reject('NOT_A_PROPOSER', `${scenario.actors[actor]!.name} may not propose ${def.name}; only ${who} may.`);
    }
    if (inPlay.has(lever))
      return reject('LEVER_IN_PLAY', `${scenario.actors[actor]!.name} already has a package in play on ${def.name}.`);
  }
  if (copied.includes(actor)) return reject('BAD_COPY', 'You cannot copy yourself in.');
  return null;
}

function checkAnswer(
  scenario: CompiledScenario,
  state: GameState,
  mine: readonly Action[],
  actor: number,
  id: string,
): Rejection | null {
  const pkg = state.inbox.find((p) => p.id === id);
  if (!pkg) return reject('NO_SUCH_PACKAGE', `There is no package ${id} to answer this ${scenario.turns.unit}.`);
  if (pkg.proposer === actor) return reject('OWN_PACKAGE', 'You signed your own package when you made it.');
  if (!pkg.parties.includes(actor))
    return reject('NOT_A_PARTY', `${scenario.actors[actor]!.name} is not a party to package ${id}.`);
  const answered = mine.some(
    (a) =>
      (a.type === 'accept' || a.type === 'reject' || a.type === 'counter') &&
      (a.type === 'counter' ? a.to : a.package) === id,
  );
  if (answered) return reject('ALREADY_ANSWERED', `Package ${id} already has your answer.`);
  return null;
}

function checkMeeting(
  scenario: CompiledScenario,
  state: GameState,
  actor: number,
  others: readonly number[],
): Rejection | null {
  if (others.length === 0) return reject('EMPTY_MEETING', 'Invite at least one other actor.');
  if (others.includes(actor) || new Set(others).size !== others.length)
    return reject('BAD_MEETING', 'Invite each other actor once, and not yourself.');
  const participants = new Set([actor, ...others]);
  const env = envOf(scenario, state);
  for (const rule of scenario.meetingRules) {
    if (
      rule.includes.every((a) => participants.has(a)) &&
      participants.size > rule.includes.length &&
      rule.when.fn(env) !== 0
    ) {
      return reject('MEETING_RESTRICTED', rule.message);
    }
  }
  return null;
}

function checkStatement(
  scenario: CompiledScenario,
  state: GameState,
  mine: readonly Action[],
  action: Extract<Action, { type: 'red_line' | 'flexibility' }>,
): Rejection | null {
  const def = scenario.levers[action.lever]!;
  if (!def.signatories.includes(action.actor))
    return reject('NOT_A_SIGNATORY', `Only those who sign ${def.name} can make a statement on it.`);
  if (state.levers[action.lever]!.settled) return reject('LEVER_SETTLED', `${def.name} is already settled.`);
  if (action.type === 'flexibility') return null;
  if (action.options.length === 0) return reject('EMPTY_RED_LINE', 'Name at least one option you will never sign.');
  if (action.options.includes(def.statusQuo))
    return reject(
      'RED_LINE_STATUS_QUO',
      'The status quo needs no signature; a red line names options a deal could set.',
    );
  const ordered = mine.flatMap((a) => (a.type === 'red_line' && a.lever === action.lever ? a.options : []));
  const declared = new Set([...state.redLines[action.actor]![action.lever]!, ...ordered, ...action.options]);
  if (declared.size >= def.options.length - 1)
    return reject('RED_LINE_ALL', `That would rule out every change to ${def.name}; leave at least one option open.`);
  return null;
}

function checkPressure(scenario: CompiledScenario, state: GameState, actor: number, index: number): Rejection | null {
  const p = scenario.pressures[index]!;
  if (p.actor !== actor) return reject('NOT_YOUR_PRESSURE', `${p.name} belongs to ${scenario.actors[p.actor]!.name}.`);
  if (state.readyWeek[index]! > state.week) {
    return reject('COOLDOWN', `${p.name} is available again in ${scenario.turns.unit} ${state.readyWeek[index]}.`);
  }
  if (p.when && p.when.fn(envOf(scenario, state)) === 0)
    return reject('CONDITION_FAILS', `${p.name} is not possible now (${p.when.source}).`);
  return null;
}
