/**
 * One week's resolution, in the fixed order of docs/model.md §3 — pressure →
 * statements → meetings → answers → new packages delivered → world dynamics
 * → end check — then, if the game goes on, the next week's news. Orders are
 * re-checked first, so whatever a caller passes, only legal actions count;
 * the order in which actors' orders arrive never matters.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { Action } from './Action';
import { applyEvent } from './applyEvent';
import { checkAction } from './checkAction';
import type { WeekResult } from './createGame';
import { draftOf } from './Draft';
import { envOf } from './envOf';
import type { GameEvent } from './GameEvent';
import type { Clause, GameState, Package } from './GameState';
import { partiesOf } from './partiesOf';
import { publicScenarioOf } from './PublicScenario';
import type { Refusal } from './Refusal';
import { resolveAnswers } from './resolveAnswers';
import { resolveEffects, type EffectSource } from './resolveEffects';
import { resolveEnd } from './resolveEnd';
import { resolveMeetings } from './resolveMeetings';
import { resolveNews } from './resolveNews';
import { resolveStatements } from './resolveStatements';
import { at } from '../util/at';
import { sorted } from '../util/sorted';

export interface ResolvedWeek extends WeekResult {
  readonly refused: readonly { readonly action: Action; readonly refusal: Refusal }[];
}

export function resolveWeek(scenario: CompiledScenario, state: GameState, orders: readonly Action[]): ResolvedWeek {
  const accepted: Action[] = [];
  const refused: { action: Action; refusal: Refusal }[] = [];
  const pub = publicScenarioOf(scenario);
  for (const action of orders) {
    const refusal = checkAction(pub, state, accepted, action);
    if (refusal) refused.push({ action, refusal });
    else accepted.push(action);
  }
  return { ...resolveCheckedWeek(scenario, state, accepted), refused };
}

/** The week resolved from orders checkAction has accepted, in that order (playWeek checks them as they are given). */
export function resolveCheckedWeek(
  scenario: CompiledScenario,
  state: GameState,
  accepted: readonly Action[],
): WeekResult {
  if (state.ended) return { state, events: [] };
  // Actors' orders are resolved by actor index, never by arrival.
  const byActor = sorted(accepted, (a, b) => a.actor - b.actor);
  const draft = draftOf(state);
  const events: GameEvent[] = [];
  const emit = (list: readonly GameEvent[]) => {
    for (const e of list) {
      applyEvent(draft, scenario, e);
      events.push(e);
    }
  };
  // The orders by kind, in one pass (each list in actor order): every week of every game sorts them.
  const pressures: Extract<Action, { type: 'pressure' }>[] = [];
  const statements: Extract<Action, { type: 'red_line' | 'flexibility' }>[] = [];
  const meetings: Extract<Action, { type: 'meet' }>[] = [];
  const answers: Extract<Action, { type: 'accept' | 'reject' | 'counter' }>[] = [];
  const proposals: Extract<Action, { type: 'propose' | 'counter' }>[] = [];
  for (const a of byActor) {
    switch (a.type) {
      case 'pressure':
        pressures.push(a);
        break;
      case 'red_line':
      case 'flexibility':
        statements.push(a);
        break;
      case 'meet':
        meetings.push(a);
        break;
      case 'accept':
      case 'reject':
        answers.push(a);
        break;
      case 'counter':
        answers.push(a);
        proposals.push(a);
        break;
      case 'propose':
        proposals.push(a);
        break;
    }
  }

  if (pressures.length > 0) {
    const applied: GameEvent[] = [];
    const sources: EffectSource[] = [];
    for (const p of pressures) {
      applied.push({ type: 'pressure_applied', actor: p.actor, pressure: p.pressure, reasons: p.reasons ?? null });
      const def = at(scenario.pressures, p.pressure);
      const because = { kind: 'pressure', pressure: p.pressure } as const;
      sources.push({ effects: def.userCost, because }, { effects: def.effects, because });
    }
    emit(applied);
    emit(resolveEffects(scenario, draft, sources, 'pressure'));
  }
  emit(resolveStatements(scenario, draft, statements));
  emit(resolveMeetings(scenario, draft, meetings));
  resolveAnswers(scenario, draft, answers, emit);
  emit(deliveries(scenario, draft, proposals));
  const env = envOf(scenario, draft);
  const active: EffectSource[] = [];
  scenario.dynamics.forEach((r, rule) => {
    if (!r.when || r.when.fn(env) !== 0) active.push({ effects: r.effects, because: { kind: 'dynamics', rule } });
  });
  emit(resolveEffects(scenario, draft, active, 'dynamics'));
  emit(resolveEnd(scenario, draft));
  if (!draft.ended) {
    emit([{ type: 'week_started', week: draft.week + 1 }]);
    emit(resolveNews(scenario, draft));
  }
  return { state: draft, events };
}

/**
 * The week's proposals and counters as packages delivered. Lists built by loops that push, not map(): map() returns a
 * packed list until its caller is optimised and a holey one after, and each change of shape sent the week's
 * resolution, and every policy reading a package's clauses, back to be compiled again.
 */
function deliveries(
  scenario: CompiledScenario,
  state: GameState,
  proposals: readonly Extract<Action, { type: 'propose' | 'counter' }>[],
): GameEvent[] {
  const count = new Map<number, number>();
  const delivered: GameEvent[] = [];
  for (const p of proposals) {
    const k = (count.get(p.actor) ?? 0) + 1;
    count.set(p.actor, k);
    const parties = partiesOf(scenario, p.actor, p.clauses);
    const clauses: Clause[] = [];
    for (const c of sorted(p.clauses, (a, b) => a.lever - b.lever)) clauses.push({ lever: c.lever, option: c.option });
    const pkg: Package = {
      id: `w${state.week}-${at(scenario.actors, p.actor).id}-${k}`,
      proposer: p.actor,
      week: state.week,
      clauses,
      parties,
      copied: p.copied?.length ? [...new Set(p.copied)].filter((c) => !parties.includes(c)).sort((a, b) => a - b) : [],
      counters: p.type === 'counter' ? p.to : null,
    };
    delivered.push({ type: 'package_delivered', package: pkg, reasons: p.reasons ?? null });
  }
  return delivered;
}
