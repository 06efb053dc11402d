/**
 * Meetings (docs/model.md §3): trust between participants moves by the scenario's
 * amount; each participant's estimates of each other participant's weights
 * narrow (once per meeting they shared this week) and each learns the
 * other's costliest open lever; stakeholders left out lose trust in those
 * who met.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { keyedUnit } from '../rng/keyedUnit';
import type { Action } from './Action';
import { addDelta, changeValues, type Deltas } from './changeValues';
import type { GameEvent } from './GameEvent';
import type { GameState } from './GameState';
import { narrowInterval } from './narrowInterval';
import { costliestOpenLever } from '../model/costliestOpenLever';
import { at } from '../util/at';
import type { ActorIndex } from './ids';

type Meeting = Extract<Action, { type: 'meet' }>;

export function resolveMeetings(
  scenario: CompiledScenario,
  state: GameState,
  meetings: readonly Meeting[],
): GameEvent[] {
  if (meetings.length === 0) return [];
  const events: GameEvent[] = [];
  const trust: Deltas = new Map();
  const shared = new Map<string, { observer: ActorIndex; target: ActorIndex; times: number }>();
  const { trust_gain: gain, left_out_trust: leftOut, narrow_to: fraction } = scenario.actions.meet;
  for (const m of meetings) {
    const participants = [m.actor, ...m.with].sort((a, b) => a - b);
    events.push({ type: 'meeting_held', initiator: m.actor, participants, reasons: m.reasons ?? null });
    const met = { kind: 'meeting', initiator: m.actor, participants } as const;
    const leftOutOf = { kind: 'left_out', initiator: m.actor, participants } as const;
    for (const a of participants) {
      for (const b of participants) {
        if (a === b) continue;
        addDelta(trust, scenario.trustIndex(a, b), gain, met);
        const key = `${a}:${b}`;
        shared.set(key, { observer: a, target: b, times: (shared.get(key)?.times ?? 0) + 1 });
      }
    }
    for (const outsider of scenario.actors) {
      if (participants.includes(outsider.index) || !hasStake(scenario, state, outsider.index, participants)) continue;
      for (const p of participants) addDelta(trust, scenario.trustIndex(outsider.index, p), leftOut, leftOutOf);
    }
  }
  for (const [, { observer, target, times }] of [...shared].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const profile = at(scenario.actors, target).profile;
    const levers = scenario.levers.map((l) => l.index);
    const intervals = levers.map((l) =>
      narrowInterval(
        at(at(at(state.estimates, observer), target), l),
        at(profile.weights, l),
        fraction ** times,
        keyedUnit(state.seed, state.week, 'meet', observer, target, l),
      ),
    );
    events.push({ type: 'estimates_narrowed', observer, target, levers, intervals, to: [observer] });
    const costliest = costliestOpenLever(profile, state.levers);
    if (costliest !== -1) events.push({ type: 'costliest_learnt', observer, target, lever: costliest, to: [observer] });
  }
  events.push(...changeValues(scenario, state, trust, 'meetings'));
  return events;
}

/** An outsider has a stake when it signs an open lever that a participant also signs. */
function hasStake(
  scenario: CompiledScenario,
  state: GameState,
  outsider: ActorIndex,
  participants: readonly ActorIndex[],
): boolean {
  return scenario.levers.some((l) => {
    const now = at(state.levers, l.index);
    return (
      now.open &&
      !now.settled &&
      l.signatories.includes(outsider) &&
      l.signatories.some((s) => participants.includes(s))
    );
  });
}
