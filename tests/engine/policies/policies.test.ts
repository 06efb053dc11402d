/**
 * Policy against policy (docs/architecture.md: AI-vs-AI games always
 * end): every seating of the four baseline policies, on minimal.yaml, the
 * three-actor fixture and ukraine-2025, over many seeds, ends within the
 * scenario's weeks, keeps the world in range, and plays only through the
 * seat's view — the same game twice is the same game.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine/game/createGame';
import { formatEvent } from '../../../src/engine/game/formatLog';
import type { Game } from '../../../src/engine/game/Game';
import { legalActions } from '../../../src/engine/game/legalActions';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { viewFor } from '../../../src/engine/game/viewFor';
import { stateless, type Policy, type PolicyFactory } from '../../../src/engine/policies/Policy';
import { POLICIES } from '../../../src/engine/policies/policies';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { fixture, ukraine } from '../game/kit';
import { playGame } from '../playGame';
import { A, L, O } from '../../ids';

/** fast-check's own seed, fixed: the suite is deterministic (change it to explore other cases). */
const SEED_FC = 20250217;

const BASELINE = ['random', 'greedy', 'hardliner', 'conceder'] as const;
const factory = (id: string): PolicyFactory => {
  const f = POLICIES.get(id);
  if (!f) throw new Error(`no policy ${id}`);
  return f;
};

/** Every seating: seat i gets BASELINE[digit i of c in base 4]. */
function seatings(n: number): string[][] {
  return Array.from({ length: BASELINE.length ** n }, (_, c) =>
    Array.from({ length: n }, (_, i) => BASELINE[Math.floor(c / BASELINE.length ** i) % BASELINE.length]!),
  );
}

function play(scenario: CompiledScenario, seats: readonly string[], seed: number): Game {
  // A game that has not ended after its last week would be a bug; stop there rather than loop.
  return playGame(scenario, seed, seats, scenario.turns.count);
}

function expectEndedInTime(scenario: CompiledScenario, game: Game): void {
  const { ended } = game.state;
  expect(ended).not.toBeNull();
  expect(ended!.week).toBeGreaterThanOrEqual(1);
  expect(ended!.week).toBeLessThanOrEqual(scenario.turns.count);
  expect(game.events.filter((e) => e.type === 'game_ended')).toHaveLength(1);
  expect(game.events.at(-1)!.type).toBe('game_ended');
  const bad = game.state.values.flatMap((v, i) => {
    const def = scenario.values[i]!;
    return Number.isFinite(v) && v >= def.min && v <= def.max ? [] : [`${def.key}=${v}`];
  });
  expect(bad).toEqual([]);
}

describe.each([
  ['minimal', () => fixture('minimal'), 6],
  ['three', () => fixture('three'), 3],
  ['ukraine-2025', ukraine, 1],
] as const)('on %s', (_name, load, seedsPerSeating) => {
  const scenario = load();
  const n = scenario.actors.length;

  it(`every seating of the four baseline policies ends within the scenario's weeks (${seedsPerSeating} seed(s) each)`, () => {
    for (const seats of seatings(n)) {
      for (let seed = 1; seed <= seedsPerSeating; seed++)
        expectEndedInTime(scenario, play(scenario, seats, seed * 7919));
    }
  });

  it('any seating and any seed ends within the scenario’s weeks, the same way twice', () => {
    const seating = fc.array(fc.constantFrom(...BASELINE), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(seating, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seats, seed) => {
        const game = play(scenario, seats, seed);
        expectEndedInTime(scenario, game);
        const again = play(scenario, seats, seed);
        expect(stateHashOf(again.state)).toBe(stateHashOf(game.state));
        expect(again.log).toEqual(game.log);
      }),
      { numRuns: scenario.id === 'ukraine-2025' ? 100 : 60, seed: SEED_FC },
    );
  });
});

describe('a policy', () => {
  const scenario = fixture('three');

  it('is given the public scenario and its own seat only, and the rules log the orders they refuse', () => {
    const seen: { scenario: unknown; actor: number }[] = [];
    const spy: PolicyFactory = (context) => {
      seen.push({ scenario: context.scenario, actor: context.actor });
      return stateless('spy', (view) => [
        { type: 'propose', actor: view.actor, clauses: [{ lever: L(99), option: O(0) }] },
      ]);
    };
    const game = playGame(scenario, 1, spy, 1);
    expect(seen.map((s) => s.actor)).toEqual([0, 1, 2]);
    for (const s of seen) expect(s.scenario).toBe(publicScenarioOf(scenario));
    expect(game.log).toEqual([]);
    expect(game.refused.map((r) => [r.week, r.action.actor, r.refusal.code])).toEqual([
      [1, 0, 'MALFORMED_ACTION'],
      [1, 1, 'MALFORMED_ACTION'],
      [1, 2, 'MALFORMED_ACTION'],
    ]);
  });

  it('greedy proposes its favourite option on every lever it may, and accepts what raises its utility', () => {
    const game = playGame(scenario, 1, 'greedy', 2);
    expect(game.events.map((e) => formatEvent(scenario, e)).join('\n')).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer to Beta (The port: Leased; The canal: Dug).
      Beta makes an offer to Gamma (Fishing quota: Low).
      Gamma makes an offer to Alpha and Beta (The port: Leased; Fishing quota: High).
      Week 2 of 5
      Beta rejects Alpha's offer of week 1.
      Alpha's offer of week 1 expires: not every party accepted it.
      Gamma rejects Beta's offer of week 1.
      Beta's offer of week 1 expires: not every party accepted it.
      Alpha accepts Gamma's offer of week 1.
      Beta rejects Gamma's offer of week 1.
      Gamma's offer of week 1 expires: not every party accepted it.
      Week 3 of 5"
    `);
  });

  it('decides from its view and legal actions alone: the same view gives the same orders', () => {
    const pub = publicScenarioOf(scenario);
    for (const id of BASELINE) {
      const [a, b] = [0, 1].map(() => factory(id)({ scenario: pub, actor: A(0), seed: 5 }));
      const { state, events } = createGame(scenario, 5);
      const view = viewFor(scenario, state, A(0), events);
      const decided = a!.decide(view, legalActions(pub, state, A(0)), a!.start());
      expect(decided).toEqual(b!.decide(view, legalActions(pub, state, A(0)), b!.start()));
      // Only the conceder remembers anything (how often it met each actor).
      if (id !== 'conceder') expect([a!.start(), decided.memory]).toEqual([null, null]);
      expect(a!.isMemory(decided.memory)).toBe(true);
    }
  });

  it('keeps nothing between calls: every registered policy decides the same when asked twice, or made afresh, and leaves the memory it is given as it was', () => {
    const checked = new Map<string, number>();
    /** The policy `id`, each decision checked against a second call and against a fresh policy from the same factory. */
    const twice =
      (id: string): PolicyFactory =>
      (context) => {
        const policy = factory(id)(context);
        const wrapper: Policy = {
          ...policy,
          decide(view, legal, memory) {
            const before = JSON.stringify(memory);
            const first = policy.decide(view, legal, memory);
            const where = `${id}, seat ${view.actor}, week ${view.week}`;
            expect(JSON.stringify(memory), `${where}: memory changed`).toBe(before);
            expect(JSON.stringify(policy.decide(view, legal, memory)), where).toBe(JSON.stringify(first));
            expect(JSON.stringify(factory(id)(context).decide(view, legal, memory)), where).toBe(JSON.stringify(first));
            expect(policy.isMemory(JSON.parse(JSON.stringify(first.memory))), `${where}: its own memory`).toBe(true);
            checked.set(id, (checked.get(id) ?? 0) + 1);
            return first;
          },
        };
        return wrapper;
      };
    const ua = ukraine();
    for (const id of POLICIES.keys()) for (const seed of [1, 2]) playGame(ua, seed, twice(id));
    expect([...checked.keys()]).toEqual([...POLICIES.keys()]);
  }, 60_000);
});
