/**
 * Properties of the rules over arbitrary orders (docs/architecture.md):
 * nothing a caller sends makes checkAction or resolveWeek throw — every
 * order is applied or refused with a code; values stay finite and in range;
 * estimates always contain the truth; a state survives JSON exactly; views
 * never carry another actor's hidden preferences; the order in which orders
 * arrive never matters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/game/Action';
import { checkAction } from '../../../src/engine/game/checkAction';
import { createGame } from '../../../src/engine/game/createGame';
import { formatEvent } from '../../../src/engine/game/formatLog';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { GameState } from '../../../src/engine/game/GameState';
import { legalActions } from '../../../src/engine/game/legalActions';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import type { Reasons } from '../../../src/engine/game/Reasons';
import { REFUSAL_CODES } from '../../../src/engine/game/Refusal';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import { viewFor, type SeatView } from '../../../src/engine/game/viewFor';
import { authorOf, eventsFor } from '../../../src/engine/game/visibleTo';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { acceptEverything, gameArb } from './arbitraries';
import { fixture, ukraine } from './kit';
import { A, L, O, As, Os } from '../../ids';

/** fast-check's own seed, fixed: the suite is deterministic (change it to explore other cases). */
const SEED_FC = 20250217;

const SCENARIOS: [string, () => CompiledScenario][] = [
  ['three', () => fixture('three')],
  ['minimal', () => fixture('minimal')],
  ['ukraine-2025', ukraine],
];

/** Invariants every reachable state keeps (collected, then asserted once: expect() is slow in hot loops). */
function checkState(scenario: CompiledScenario, state: GameState): void {
  const problems: string[] = [];
  state.values.forEach((v, i) => {
    const def = scenario.values[i]!;
    if (!Number.isFinite(v) || v < def.min || v > def.max)
      problems.push(`${def.key} = ${v} outside [${def.min}, ${def.max}]`);
  });
  state.estimates.forEach((byTarget, observer) =>
    byTarget.forEach((byLever, target) =>
      byLever.forEach(([lo, hi], lever) => {
        const truth = scenario.actors[target]!.profile.weights[lever]!;
        if (observer !== target && !(lo >= 0 && lo <= truth && truth <= hi && hi <= 1))
          problems.push(`estimate ${observer}→${target} on ${lever}: [${lo}, ${hi}] misses ${truth}`);
      }),
    ),
  );
  state.levers.forEach((l, i) => {
    const def = scenario.levers[i]!;
    if (!Number.isInteger(l.option) || l.option < 0 || l.option >= def.options.length)
      problems.push(`lever ${def.id} at option ${l.option}`);
    if (!l.settled && l.option !== def.statusQuo) problems.push(`lever ${def.id} unsettled away from its status quo`);
  });
  expect(problems).toEqual([]);
  // A state is plain data: JSON gives it back exactly.
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

/** Every path in `value` whose last key is `key`. */
function pathsOf(value: unknown, key: string, path = '$', seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? [`${path}.${k}`] : []),
    ...pathsOf(v, key, `${path}.${k}`, seen),
  ]);
}

function checkView(scenario: CompiledScenario, state: GameState, view: SeatView): void {
  const me = view.actor;
  // Structurally: one profile, at the top, and it is the actor's own.
  expect(pathsOf(view, 'profile')).toEqual(['$.profile']);
  expect(view.profile).toBe(scenario.actors[me]!.profile);
  expect(pathsOf({ ...view, recent: [] }, 'reservation')).toEqual(['$.profile.reservation']);
  // The events it saw carry only its own private reasons.
  for (const e of view.recent)
    if ('reasons' in e && e.reasons && authorOf(e) !== me) expect(e.reasons.private, JSON.stringify(e)).toBeNull();
  // Textually: without its own profile, the view names no one's reservation value.
  const { profile: _own, ...rest } = view;
  const text = JSON.stringify(rest);
  for (const other of scenario.actors) {
    if (other.index !== me) expect(text).not.toContain(other.profile.reservation.source);
  }
  // Its own row holds the truth exactly; the others' rows contain it.
  const wrong = view.estimates.flatMap((row, target) =>
    row.flatMap(([lo, hi], lever) => {
      const truth = scenario.actors[target]!.profile.weights[lever]!;
      return (target === me ? lo === truth && hi === truth : lo <= truth && truth <= hi) ? [] : [`${target}/${lever}`];
    }),
  );
  expect(wrong).toEqual([]);
  // Only its own draws.
  expect(view.temperament).toBe(state.temperament[me]);
  expect(view.horizon).toBe(state.horizon[me]);
}

/** Plays arbitrary orders; every order must be applied or refused with a code. Each state with the events that led to it. */
function playArbitrary(
  scenario: CompiledScenario,
  { seed, weeks, acceptAll }: { seed: number; weeks: readonly Action[][]; acceptAll: readonly boolean[] },
): { state: GameState; events: readonly GameEvent[] }[] {
  const pub = publicScenarioOf(scenario);
  const game = createGame(scenario, seed);
  let { state } = game;
  const states = [{ state, events: game.events }];
  for (const [w, given] of weeks.entries()) {
    const orders = acceptAll[w] ? [...acceptEverything(state.inbox), ...given] : given;
    const accepted: Action[] = [];
    for (const order of orders) {
      const refusal = checkAction(pub, state, accepted, order);
      if (refusal) {
        if (!REFUSAL_CODES.includes(refusal.code) || typeof refusal.message !== 'string' || refusal.message === '') {
          expect.fail(`refused without a code or a message: ${JSON.stringify(refusal)}`);
        }
      } else {
        accepted.push(order);
      }
    }
    const before = JSON.stringify(state);
    const result = resolveWeek(scenario, state, orders);
    expect(JSON.stringify(state)).toBe(before);
    // resolveWeek re-checks the same way: what it refuses is exactly what was refused above.
    expect(result.refused.length).toBe(orders.length - accepted.length);
    for (const { action, refusal } of result.refused) {
      if (!orders.includes(action) || accepted.includes(action) || !REFUSAL_CODES.includes(refusal.code))
        expect.fail(`bad refusal ${JSON.stringify(refusal)}`);
    }
    for (const event of result.events)
      if (typeof formatEvent(scenario, event, { reasons: 'both' }) !== 'string') expect.fail('unformattable event');
    state = result.state;
    states.push({ state, events: result.events });
    if (state.ended) break;
  }
  return states;
}

describe.each(SCENARIOS)('on %s', (_name, load) => {
  const scenario = load();

  it('arbitrary orders never throw: each is applied or refused with a code, and every state keeps its invariants', () => {
    fc.assert(
      fc.property(gameArb(scenario), (game) => {
        for (const { state } of playArbitrary(scenario, game)) checkState(scenario, state);
      }),
      { numRuns: 120, seed: SEED_FC },
    );
  });

  // The log and every view read reasons: an order whose reasons are not Reasons data must be refused up front.
  it('orders whose reasons are not Reasons data are refused, so they never reach the log or a view', () => {
    const pub = publicScenarioOf(scenario);
    const lever = L(scenario.levers.findIndex((l) => l.signatories.length > 0));
    const actor = scenario.levers[lever]!.signatories[0]!;
    const { state } = createGame(scenario, 1);
    const malformed = [
      {},
      [],
      { public: 'text', private: 'text' },
      { public: null },
      { public: { kind: 'x' } },
      { public: { kind: 'learn', about: 99 }, private: null },
      { public: { kind: 'commitment' }, private: { kind: 'red_lines', lever: 0, options: [99] } },
    ];
    for (const reasons of malformed) {
      const order = { type: 'flexibility', actor, lever, reasons } as unknown as Action;
      expect(checkAction(pub, state, [], order)?.code, JSON.stringify(reasons)).toBe('MALFORMED_ACTION');
    }
    // Well-formed reasons pass, and the log and every view read them.
    const order: Action = {
      type: 'flexibility',
      actor,
      lever,
      reasons: { public: { kind: 'commitment' }, private: null },
    };
    expect(checkAction(pub, state, [], order)).toBeNull();
    const { events } = resolveWeek(scenario, state, [order]);
    for (const e of events) formatEvent(scenario, e, { reasons: 'both' });
    for (const a of scenario.actors) eventsFor(events, a.index);
  });

  it('views never carry another actor’s hidden preferences', () => {
    const pub = publicScenarioOf(scenario);
    expect(pathsOf(pub, 'profile')).toEqual([]);
    expect(pathsOf(pub, 'briefing')).toEqual([]);
    expect(pathsOf(pub, 'input')).toEqual([]);
    const pubText = JSON.stringify(pub);
    for (const a of scenario.actors) expect(pubText).not.toContain(a.profile.reservation.source);
    fc.assert(
      fc.property(gameArb(scenario, 6), (game) => {
        for (const { state, events } of playArbitrary(scenario, game)) {
          for (const a of scenario.actors)
            checkView(scenario, state, viewFor(scenario, state, a.index, eventsFor(events, a.index)));
        }
      }),
      { numRuns: 50, seed: SEED_FC },
    );
  });

  it('the order in which orders arrive never matters, only each actor’s own order', () => {
    fc.assert(
      fc.property(gameArb(scenario), fc.nat(), ({ seed, weeks, acceptAll }, shuffleSeed) => {
        let a = createGame(scenario, seed).state;
        let b = a;
        weeks.forEach((given, w) => {
          const orders = acceptAll[w] ? [...acceptEverything(a.inbox), ...given] : given;
          // Interleave actors differently while keeping each actor's own sequence.
          const byActor = new Map<unknown, Action[]>();
          for (const o of orders) {
            const key = o !== null && typeof o === 'object' ? (o as { actor?: unknown }).actor : o;
            byActor.set(key, [...(byActor.get(key) ?? []), o]);
          }
          const groups = [...byActor.values()];
          const rotated = groups.map((_, i) => groups[(i + shuffleSeed + w) % groups.length]!).reverse();
          const interleaved: Action[] = [];
          for (let k = 0; rotated.some((g) => g.length > k); k++)
            for (const g of rotated) if (g[k] !== undefined) interleaved.push(g[k]!);
          a = resolveWeek(scenario, a, orders).state;
          b = resolveWeek(scenario, b, interleaved).state;
          expect(stateHashOf(b)).toBe(stateHashOf(a));
        });
      }),
      { numRuns: 60, seed: SEED_FC },
    );
  });
});

describe('events a seat may see', () => {
  const scenario = fixture('three');
  /** Each move's reasons, public and private, by author and event type. */
  const REASONS = {
    meeting_held: {
      author: 0,
      reasons: { public: { kind: 'learn', about: 1 }, private: { kind: 'meet', other: 1, width: 0.5 } },
    },
    package_delivered: {
      author: 0,
      reasons: {
        public: { kind: 'proposal', acceptable: true },
        private: { kind: 'proposal', own: 40, target: 30, gains: [{ actor: 1, gain: 5 }], acceptable: true },
      },
    },
    pressure_applied: {
      author: 2,
      reasons: {
        public: { kind: 'pressure' },
        private: { kind: 'pressure', stalled: 2, t: 0.5, from: 0.4, cost: 1 },
      },
    },
    flexibility_signalled: {
      author: 1,
      reasons: { public: { kind: 'commitment' }, private: { kind: 'red_lines', lever: 1, options: [] } },
    },
    red_line_declared: {
      author: 2,
      reasons: { public: { kind: 'commitment' }, private: { kind: 'red_lines', lever: 1, options: [0] } },
    },
    answered: {
      author: 1,
      reasons: {
        public: { kind: 'answer', verdict: 'far', sticking: 0, countered: false },
        private: {
          kind: 'answer',
          assessment: {
            kind: 'value',
            worth: 10,
            target: 50,
            reservation: 30,
            t: 0.25,
            temperament: 1,
            trust: 50,
            costliest: { lever: 0, loss: 5 },
          },
          then: { kind: 'no_counter' },
        },
      },
    },
  } as const satisfies Record<string, { author: number; reasons: Reasons }>;
  const { state } = createGame(scenario, 1);
  const week1 = resolveWeek(scenario, state, [
    { type: 'meet', actor: A(0), with: As(1), reasons: REASONS.meeting_held.reasons },
    {
      type: 'propose',
      actor: A(0),
      clauses: [{ lever: L(0), option: O(2) }],
      reasons: REASONS.package_delivered.reasons,
    },
    { type: 'pressure', actor: A(2), pressure: 1, reasons: REASONS.pressure_applied.reasons },
    { type: 'flexibility', actor: A(1), lever: L(1), reasons: REASONS.flexibility_signalled.reasons },
    { type: 'red_line', actor: A(2), lever: L(1), options: Os(0), reasons: REASONS.red_line_declared.reasons },
  ]);
  expect(week1.refused).toEqual([]);
  const week2 = resolveWeek(scenario, week1.state, [
    { type: 'reject', actor: A(1), package: 'w1-alpha-1', reasons: REASONS.answered.reasons },
  ]);
  const all = [...week1.events, ...week2.events];

  it('keep others’ public reasons and drop their private ones, for every kind of move', () => {
    for (const viewer of As(0, 1, 2)) {
      const seen = eventsFor(all, viewer);
      for (const [type, { author, reasons }] of Object.entries(REASONS)) {
        const where = `actor ${viewer} sees ${type} by actor ${author}`;
        const events = seen.filter((e) => e.type === type && 'reasons' in e && e.reasons);
        expect(events, where).toHaveLength(1);
        const got = (events[0] as Extract<GameEvent, { reasons: unknown }>).reasons!;
        expect(authorOf(events[0] as Extract<GameEvent, { reasons: unknown }>), where).toBe(author);
        expect(got.private, where).toEqual(viewer === author ? reasons.private : null);
        // The sticking clause of an answer is kept for its author and the receiver (the proposer, alpha) only.
        const { sticking: _sticking, ...withoutSticking } = reasons.public as { sticking?: number };
        expect(got.public, where).toEqual(
          type !== 'answered' || viewer === author || viewer === 0 ? reasons.public : withoutSticking,
        );
      }
      // No private number of anyone else's is anywhere in what it sees.
      const text = JSON.stringify(seen);
      for (const { author, reasons } of Object.values(REASONS)) {
        if (author !== viewer) expect(text).not.toContain(JSON.stringify(reasons.private));
      }
    }
  });

  it('leave out what others learnt in private', () => {
    const seenByGamma = eventsFor(all, A(2));
    expect(seenByGamma.filter((e) => 'to' in e && !e.to.includes(A(2)))).toEqual([]);
    // alpha's meeting with beta taught alpha things addressed to alpha alone; gamma sees none of it.
    expect(eventsFor(all, A(0)).some((e) => 'to' in e && e.to.length === 1 && e.to[0] === 0)).toBe(true);
    expect(seenByGamma.some((e) => 'observer' in e && e.observer !== 2)).toBe(false);
    expect(legalActions(publicScenarioOf(scenario), week1.state, A(2)).toAnswer).toEqual([]);
  });
});
