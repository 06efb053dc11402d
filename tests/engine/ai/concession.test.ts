/**
 * Acceptance follows the concession formula (docs/model.md §6):
 *   t = min(1, (week − 1)/(H − 1)),  target = RV + (max − RV)·(1 − t^(1/e)),
 * lowered or raised by trust in the proposer, never below RV, and never
 * across a red line. tests/fixtures/ai-concession.yaml fixes every input of
 * the formula for its seat "hub", so the targets below are worked out by hand
 * (see the fixture's header); every package the others could offer is tried
 * in every week against those numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concessionTarget, timeOf, trustAdjusted } from '../../../src/engine/ai/concession';
import { negotiatorPolicy, stanceOf } from '../../../src/engine/ai/negotiatorPolicy';
import { PERSONAS, type Persona } from '../../../src/engine/ai/Persona';
import type { Action } from '../../../src/engine/game/Action';
import { createGame } from '../../../src/engine/game/createGame';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Clause, GameState } from '../../../src/engine/game/GameState';
import { legalActions } from '../../../src/engine/game/legalActions';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import { viewFor } from '../../../src/engine/game/viewFor';
import { eventsFor } from '../../../src/engine/game/visibleTo';
import { ownReservation, ownUtility } from '../../../src/engine/policies/ownValue';
import { fixture, ordersFor } from '../game/kit';
import { persona } from './harness';
import { O } from '../../ids';

const scenario = fixture('ai-concession');
const pub = publicScenarioOf(scenario);
const on = ordersFor(scenario);
const hub = on.actor('hub');
const SEED = 7;

/** By hand, from the fixture's header: t and the untrusting target per week. */
const BY_WEEK: Readonly<Record<number, { t: number; target: number }>> = {
  1: { t: 0, target: 100 },
  2: { t: 0.25, target: 85.125 },
  3: { t: 0.5, target: 70.25 },
  4: { t: 0.75, target: 55.375 },
  5: { t: 1, target: 40.5 },
  6: { t: 1, target: 40.5 },
  7: { t: 1, target: 40.5 },
  8: { t: 1, target: 40.5 },
};
const RV = 40.5;
/** hub's trust in each proposer, and the shift it makes: 0.5·(trust − 50). */
const SHIFT: Readonly<Record<string, number>> = { rim: 0, ally: -10, rival: 10 };
const PROPOSERS = Object.keys(SHIFT);

/** hub's utility, by hand: grant gk → 5k, quota qk → 10k, fee → 0, 1, 2, 3, 4, 10. */
const FEE = [0, 1, 2, 3, 4, 10];
interface Offer {
  readonly grant: number;
  readonly quota: number;
  readonly fee: number;
  readonly worth: number;
}
const OFFERS: Offer[] = [];
for (let grant = 0; grant <= 10; grant++) {
  for (let quota = 0; quota <= 4; quota++) {
    for (let fee = 0; fee <= 5; fee++) {
      if (grant + quota + fee > 0) OFFERS.push({ grant, quota, fee, worth: 5 * grant + 10 * quota + FEE[fee]! });
    }
  }
}
const clausesOf = (o: Offer): Clause[] => [
  ...(o.grant ? [{ lever: on.lever('grant'), option: O(o.grant) }] : []),
  ...(o.quota ? [{ lever: on.lever('quota'), option: O(o.quota) }] : []),
  ...(o.fee ? [{ lever: on.lever('fee'), option: O(o.fee) }] : []),
];
/** quota q3 is hub's hidden red line. */
const HIDDEN_RED = (o: Offer) => o.quota === 3;
/** One offer of each worth, and one of each worth across the hidden red line: enough for every boundary, and fast. */
const SWEEP = [...new Map(OFFERS.map((o) => [`${o.worth}:${HIDDEN_RED(o)}`, o])).values()];

/** The game just before week `week`'s orders, with `opening` orders in week 1 and nothing else before. */
function before(week: number, opening: readonly Action[] = []): { state: GameState; events: GameEvent[] } {
  const game = createGame(scenario, SEED);
  let state = game.state;
  const events = [...game.events];
  for (let w = 1; w < week; w++) {
    const result = resolveWeek(scenario, state, w === 1 ? opening : []);
    expect(result.refused).toEqual([]);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

/** From `base` (awaiting week w − 1's orders) every proposer offers `offer`; hub (playing `p`) answers in week w: accepted or not, per proposer. */
function answers(base: { state: GameState; events: GameEvent[] }, offer: Offer, p: Persona): Record<string, boolean> {
  const orders = PROPOSERS.map((who): Action => ({ type: 'propose', actor: on.actor(who), clauses: clausesOf(offer) }));
  const result = resolveWeek(scenario, base.state, orders);
  expect(result.refused).toEqual([]);
  const state = result.state;
  const policy = negotiatorPolicy(p)({ scenario: pub, actor: hub, seed: SEED });
  // A fresh negotiator that has seen everything so far, from its empty memory.
  const view = viewFor(scenario, state, hub, eventsFor([...base.events, ...result.events], hub));
  expect(ownUtility(view, clausesOf(offer))).toBeCloseTo(offer.worth, 9);
  const actions = policy.decide(view, legalActions(pub, state, hub), policy.start()).orders;
  const out: Record<string, boolean> = {};
  for (const who of PROPOSERS) {
    const pkg = state.inbox.find((x) => x.proposer === on.actor(who))!;
    const answer = actions.filter(
      (a) => (a.type === 'counter' ? a.to : a.type === 'accept' || a.type === 'reject' ? a.package : null) === pkg.id,
    );
    expect(answer, `one answer to ${who}'s package`).toHaveLength(1);
    out[who] = answer[0]!.type === 'accept';
    // A counter asks at least the target and at least what the rejected package offered (it may have crossed a red line).
    const counter = answer[0]!;
    if (counter.type === 'counter') {
      expect(ownUtility(view, counter.clauses)).toBeGreaterThanOrEqual(
        Math.max(offer.worth, handTarget(view.week, p, who)) - 1e-9,
      );
      counters++;
    }
  }
  return out;
}

let counters = 0;

/** The documented formula, written out again here rather than imported. */
function handTarget(week: number, p: Persona, proposer: string): number {
  const t = BY_WEEK[week]!.t;
  const e = 1 * p.temperamentScale;
  const target = RV + (100 - RV) * (1 - t ** (1 / e));
  return Math.max(RV, target + SHIFT[proposer]! * p.trustScale);
}

describe('the fixture pins every input of the formula', () => {
  it("draws temperament 1 and horizon 5 whatever the seed, and hub's stance matches the hand numbers", () => {
    for (const seed of [1, 2, SEED, 99, 123456]) {
      const { state } = createGame(scenario, seed);
      expect(state.temperament[hub]).toBe(1);
      expect(state.horizon[hub]).toBe(5);
    }
    for (let week = 1; week <= 8; week++) {
      const view = viewFor(scenario, before(week).state, hub, []);
      expect(view.week).toBe(week);
      expect(ownReservation(pub, view)).toBe(RV);
      const stance = stanceOf(pub, view, persona('negotiator'));
      expect(stance.t).toBe(BY_WEEK[week]!.t);
      expect(stance.max).toBeCloseTo(100, 9);
      expect(stance.current).toBe(0);
      expect(stance.target).toBeCloseTo(BY_WEEK[week]!.target, 9);
    }
    const trust = createGame(scenario, SEED).state.values;
    expect(trust[scenario.trustIndex(hub, on.actor('ally'))]).toBe(70);
    expect(trust[scenario.trustIndex(hub, on.actor('rim'))]).toBe(50);
    expect(trust[scenario.trustIndex(hub, on.actor('rival'))]).toBe(30);
  });
});

describe('the negotiator accepts exactly the packages worth its trust-adjusted target', () => {
  it.each([2, 3, 4, 5, 8])(
    'in week %i, for offers of every worth, from every proposer, for every persona',
    (week) => {
      const base = before(week - 1);
      counters = 0;
      let accepted = 0;
      let refusedAboveTarget = 0;
      for (const offer of SWEEP) {
        for (const p of PERSONAS) {
          // The default persona sees every worth; hawk and dove (slower to ask) those near their targets.
          if (p.id !== 'negotiator' && !PROPOSERS.some((who) => Math.abs(offer.worth - handTarget(week, p, who)) <= 5))
            continue;
          const got = answers(base, offer, p);
          for (const who of PROPOSERS) {
            const target = handTarget(week, p, who);
            const expected = !HIDDEN_RED(offer) && offer.worth >= target;
            if (got[who] !== expected) {
              expect.fail(
                `${p.id}, week ${week}, ${who} offers ${JSON.stringify(offer)}: expected ${expected ? 'accept' : 'no'} (target ${target})`,
              );
            }
            if (got[who]) {
              accepted++;
              expect(offer.worth).toBeGreaterThanOrEqual(RV);
            } else if (offer.worth >= target) refusedAboveTarget++;
          }
        }
      }
      // Both sides of the line are exercised, and the red line matters.
      expect(accepted).toBeGreaterThan(0);
      if (week < 8) expect(counters).toBeGreaterThan(0);
      expect(refusedAboveTarget).toBeGreaterThan(0);
    },
    30_000,
  );

  it('has offers within a point either side of each target (the sweep tests the boundary, not just the extremes)', () => {
    const worths = SWEEP.filter((o) => !HIDDEN_RED(o)).map((o) => o.worth);
    for (const week of [2, 3, 4, 5]) {
      for (const p of PERSONAS) {
        for (const who of PROPOSERS) {
          const target = handTarget(week, p, who);
          // Nothing is worth 96–99 to hub: above 95 the nearest offer is 100.
          if (target > 95) continue;
          expect(
            worths.some((w) => w >= target && w <= target + 1),
            `just above ${target}`,
          ).toBe(true);
          expect(
            worths.some((w) => w < target && w >= target - 1),
            `just below ${target}`,
          ).toBe(true);
        }
      }
    }
  });

  it('at t = 1 a trusted proposer cannot push it below its reservation value', () => {
    // ally's trust would take the target to 30.5, but it stops at 40.5.
    const base = before(5);
    const near = (worth: number) => OFFERS.find((o) => o.worth === worth && !HIDDEN_RED(o))!;
    expect(answers(base, near(40), persona('dove')).ally).toBe(false);
    expect(answers(base, near(40), persona('negotiator')).ally).toBe(false);
    expect(answers(base, near(41), persona('negotiator')).ally).toBe(true);
    expect(answers(base, near(35), persona('negotiator')).ally).toBe(false);
  });

  it('never signs across a red line it declared, however good the package', () => {
    // g9 is not one of hub's hidden red lines: only the declaration stops it.
    expect(scenario.actors[hub]!.profile.redLines[on.lever('grant')]![9]).toBe(false);
    const declared = on.redLine('hub', 'grant', 'g9');
    for (const week of [3, 6]) {
      const base = before(week - 1, [declared]);
      expect(base.state.redLines[hub]![on.lever('grant')]).toEqual([9]);
      for (const offer of OFFERS.filter((o) => o.worth >= 60 && !HIDDEN_RED(o))) {
        const got = answers(base, offer, persona('dove'));
        for (const who of PROPOSERS) {
          const expected = offer.grant !== 9 && offer.worth >= handTarget(week, persona('dove'), who);
          expect(got[who], `${JSON.stringify(offer)} from ${who} in week ${week}`).toBe(expected);
        }
      }
    }
  }, 30_000);
});

describe('the concession functions', () => {
  it('time runs from 0 in week 1 to 1 at the horizon and stays there', () => {
    expect(timeOf(1, 5)).toBe(0);
    expect(timeOf(3, 5)).toBe(0.5);
    expect(timeOf(5, 5)).toBe(1);
    expect(timeOf(9, 5)).toBe(1);
    expect(timeOf(1, 1)).toBe(0);
    expect(timeOf(2, 1)).toBe(1);
  });

  it('the target falls from max to RV, never below RV, faster for a higher temperament', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        (rv, span, t1, t2, e1, e2) => {
          const max = rv + span;
          const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const [slow, fast] = e1 <= e2 ? [e1, e2] : [e2, e1];
          expect(concessionTarget(rv, max, 0, e1)).toBeCloseTo(max, 9);
          expect(concessionTarget(rv, max, 1, e1)).toBeCloseTo(rv, 9);
          expect(concessionTarget(rv, max, early, e1)).toBeGreaterThanOrEqual(
            concessionTarget(rv, max, late, e1) - 1e-9,
          );
          expect(concessionTarget(rv, max, early, slow)).toBeGreaterThanOrEqual(
            concessionTarget(rv, max, early, fast) - 1e-9,
          );
          expect(concessionTarget(rv, max, early, e1)).toBeGreaterThanOrEqual(rv - 1e-9);
          // A best case below RV (the world moved) leaves the target at RV.
          expect(concessionTarget(rv, rv - span, early, e1)).toBeCloseTo(rv, 12);
        },
      ),
    );
  });

  it('trust moves the target by trust_effect per point away from 50, never below RV', () => {
    expect(trustAdjusted(70, 40, 50, 0.5)).toBe(70);
    expect(trustAdjusted(70, 40, 70, 0.5)).toBe(60);
    expect(trustAdjusted(70, 40, 30, 0.5)).toBe(80);
    expect(trustAdjusted(45, 40, 100, 0.5)).toBe(40);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rv, span, trust, effect) => {
          expect(trustAdjusted(rv + span, rv, trust, effect)).toBeGreaterThanOrEqual(rv);
        },
      ),
    );
  });
});
