/**
 * Statements (docs/model.md §3): a red line is public and permanent, and lowers
 * the other signatories' trust in the speaker by the scenario's red_line_trust; a
 * signal of flexibility raises it by flexibility_trust. Either way
 * every other actor learns how much the lever matters to the speaker: its
 * estimate of that weight narrows as at a meeting, and the lever counts as
 * learnt (public reasons may then name it).
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import type { Action } from './Action';
import { addDelta, changeValues, type Deltas } from './changeValues';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import { narrowInterval } from './narrowInterval';
import { at } from '../util/at';

type Statement = Extract<Action, { type: 'red_line' | 'flexibility' }>;

export function resolveStatements(
  scenario: CompiledScenario,
  state: GameState,
  statements: readonly Statement[],
): GameEvent[] {
  const events: GameEvent[] = [];
  const trust: Deltas = [];
  const learnt = new Set<string>();
  const { red_line_trust, flexibility_trust } = scenario.actions.statement;
  for (const s of statements) {
    const lever = at(scenario.levers, s.lever);
    if (s.type === 'red_line') {
      events.push({
        type: 'red_line_declared',
        actor: s.actor,
        lever: s.lever,
        options: [...s.options].sort((a, b) => a - b),
        reasons: s.reasons ?? null,
      });
    } else {
      events.push({ type: 'flexibility_signalled', actor: s.actor, lever: s.lever, reasons: s.reasons ?? null });
    }
    const signal = { kind: s.type, actor: s.actor, lever: s.lever } as const;
    const change = s.type === 'red_line' ? red_line_trust : flexibility_trust;
    if (change !== 0)
      for (const other of lever.signatories)
        if (other !== s.actor) addDelta(trust, scenario.trustIndex(other, s.actor), change, signal);
    for (const observer of scenario.actors) {
      const key = `${observer.index}:${s.actor}:${s.lever}`;
      if (observer.index === s.actor || learnt.has(key)) continue;
      learnt.add(key);
      const u = keyedUnit(state.seed, state.week, 'statement', observer.index, s.actor, s.lever);
      const truth = at(at(scenario.actors, s.actor).profile.weights, s.lever);
      const interval = narrowInterval(
        at(at(at(state.estimates, observer.index), s.actor), s.lever),
        truth,
        scenario.actions.meet.narrow_to,
        u,
      );
      events.push({
        type: 'importance_learnt',
        observer: observer.index,
        target: s.actor,
        lever: s.lever,
        to: [observer.index],
      });
      events.push({
        type: 'estimates_narrowed',
        observer: observer.index,
        target: s.actor,
        levers: [s.lever],
        intervals: [interval],
        to: [observer.index],
      });
    }
  }
  events.push(...changeValues(scenario, state, trust, 'statements'));
  return events;
}
