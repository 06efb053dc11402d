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
import type { GameState, Interval } from './GameState';
import { narrowInterval } from './narrowInterval';
import { costliestOpenLever } from '../model/costliestOpenLever';
import { at } from '../util/at';
import { actorIndex, type ActorIndex, type LeverIndex } from './ids';

type Meeting = Extract<Action, { type: 'meet' }>;

export function resolveMeetings(
  scenario: CompiledScenario,
  state: GameState,
  meetings: readonly Meeting[],
): GameEvent[] {
  if (meetings.length === 0) return [];
  const events: GameEvent[] = [];
  const trust: Deltas = [];
  const n = scenario.actors.length;
  /** Per (observer, target) pair, at observer × n + target: the meetings they shared. */
  const shared = new Array<number>(n * n).fill(0);
  const { trust_gain: gain, left_out_trust: leftOut, narrow_to: fraction } = scenario.actions.meet;
  for (const m of meetings) {
    const participants = sortedParticipants(m);
    events.push({ type: 'meeting_held', initiator: m.actor, participants, reasons: m.reasons ?? null });
    const met = { kind: 'meeting', initiator: m.actor, participants } as const;
    const leftOutOf = { kind: 'left_out', initiator: m.actor, participants } as const;
    for (const a of participants) {
      for (const b of participants) {
        if (a === b) continue;
        addDelta(trust, scenario.trustIndex(a, b), gain, met);
        shared[a * n + b] = at(shared, a * n + b) + 1;
      }
    }
    for (const outsider of scenario.actors) {
      if (participants.includes(outsider.index) || !hasStake(scenario, state, outsider.index, participants)) continue;
      for (const p of participants) addDelta(trust, scenario.trustIndex(outsider.index, p), leftOut, leftOutOf);
    }
  }
  // One list of levers for every pair's event: events are read, never written. A loop that pushes, not map(): map()
  // returns a packed list until its caller is optimised and a holey one after, and each shape is compiled anew.
  const levers: LeverIndex[] = [];
  for (const l of scenario.levers) levers.push(l.index);
  for (const pair of pairOrder(shared, n)) {
    const observer = actorIndex(Math.floor(pair / n));
    const target = actorIndex(pair % n);
    const times = at(shared, pair);
    const profile = at(scenario.actors, target).profile;
    const row = at(at(state.estimates, observer), target);
    const narrowed = fraction ** times;
    const intervals: Interval[] = [];
    for (const l of levers) {
      intervals.push(
        narrowInterval(
          at(row, l),
          at(profile.weights, l),
          narrowed,
          keyedUnit(state.seed, state.week, 'meet', observer, target, l),
        ),
      );
    }
    events.push({ type: 'estimates_narrowed', observer, target, levers, intervals, to: [observer] });
    const costliest = costliestOpenLever(profile, state.levers);
    if (costliest !== -1) events.push({ type: 'costliest_learnt', observer, target, lever: costliest, to: [observer] });
  }
  events.push(...changeValues(scenario, state, trust, 'meetings'));
  return events;
}

/** The initiator and the invited, in index order: an insertion sort, as stable as sort() and cheaper for so few. */
function sortedParticipants(m: Meeting): ActorIndex[] {
  const list = [m.actor];
  for (const w of m.with) {
    let i = list.length;
    while (i > 0 && at(list, i - 1) > w) i--;
    list.splice(i, 0, w);
  }
  return list;
}

/**
 * The pairs that met, as observer × n + target, in the order of their keys `observer:target` as text (the order
 * the log has always had): for fewer than eleven actors, that is index order.
 */
function pairOrder(shared: readonly number[], n: number): number[] {
  const pairs: number[] = [];
  for (let pair = 0; pair < shared.length; pair++) if (at(shared, pair) > 0) pairs.push(pair);
  if (n > 10) {
    const key = (pair: number) => `${Math.floor(pair / n)}:${pair % n}`;
    pairs.sort((x, y) => (key(x) < key(y) ? -1 : 1));
  }
  return pairs;
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
