/**
 * Personas are parameter sets of the one negotiator, not different code: a
 * hawk concedes later than the default negotiator, and a dove earlier — at
 * the same time t its target is higher or lower — and every persona, seated
 * against every registered policy, plays legal orders to the end of a game.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concessionTarget } from '../../../src/engine/ai/concession';
import { stanceOf } from '../../../src/engine/ai/negotiatorPolicy';
import { PERSONAS } from '../../../src/engine/ai/Persona';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { POLICIES } from '../../../src/engine/policies/policies';
import { ukraine } from '../game/kit';
import { persona, playGame, seeds, watched } from './harness';
import { A } from '../../ids';

const scenario = ukraine();
const hawk = persona('hawk');
const negotiator = persona('negotiator');
const dove = persona('dove');

describe('personas', () => {
  it('are registered policies of the same negotiator, told apart only by their parameters', () => {
    expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
    for (const p of PERSONAS) {
      const policy = POLICIES.get(p.id)!({ scenario: publicScenarioOf(scenario), actor: A(0), seed: 1 });
      expect(policy.id).toBe(p.id);
      for (const [key, value] of Object.entries(p))
        if (typeof value === 'number') expect(Number.isFinite(value), `${p.id}.${key}`).toBe(true);
    }
    expect(hawk.temperamentScale).toBeLessThan(negotiator.temperamentScale);
    expect(dove.temperamentScale).toBeGreaterThan(negotiator.temperamentScale);
  });

  it("a hawk's target is above the negotiator's, and a dove's below it, at every t strictly between 0 and 1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.5, max: 1.8, noNaN: true }),
        (rv, span, t, e) => {
          const of = (p: typeof hawk) => concessionTarget(rv, rv + span, t, e * p.temperamentScale);
          expect(of(hawk)).toBeGreaterThan(of(negotiator));
          expect(of(negotiator)).toBeGreaterThan(of(dove));
          // … and all three start at the best case and end at the reservation value.
          for (const p of PERSONAS) {
            expect(concessionTarget(rv, rv + span, 0, e * p.temperamentScale)).toBeCloseTo(rv + span, 9);
            expect(concessionTarget(rv, rv + span, 1, e * p.temperamentScale)).toBeCloseTo(rv, 9);
          }
        },
      ),
    );
  });

  it('in every view of real games, the hawk asks at least as much as the negotiator, and the dove at most as much', () => {
    let strict = 0;
    const check = watched(negotiator, ({ scenario: pub, view }) => {
      const [h, n, d] = [hawk, negotiator, dove].map((p) => stanceOf(pub, view, p));
      expect(h!.target).toBeGreaterThanOrEqual(n!.target - 1e-9);
      expect(n!.target).toBeGreaterThanOrEqual(d!.target - 1e-9);
      if (h!.t > 0 && h!.t < 1 && h!.max > h!.reservation) {
        expect(h!.target).toBeGreaterThan(n!.target);
        expect(n!.target).toBeGreaterThan(d!.target);
        strict++;
      }
    });
    for (const seed of seeds(5))
      playGame(
        scenario,
        seed,
        scenario.actors.map(() => check),
      );
    expect(strict).toBeGreaterThan(20);
  }, 60_000);

  it('every persona, seated against every registered policy, gives only legal orders and the game ends by the deadline', () => {
    const ids = [...POLICIES.keys()];
    let games = 0;
    for (const p of PERSONAS) {
      for (const other of ids) {
        for (const seed of seeds(2, 100 + games)) {
          // Alternate seats both ways round the table.
          for (const first of [p.id, other]) {
            const second = first === p.id ? other : p.id;
            const seats = scenario.actors.map((_, i) => (i % 2 === 0 ? first : second));
            const game = playGame(
              scenario,
              seed,
              seats.map((id) => POLICIES.get(id)!),
            );
            const where = `${seats.join(', ')}, seed ${seed}`;
            games++;
            expect(game.state.ended, where).not.toBeNull();
            expect(game.state.ended!.week, where).toBeLessThanOrEqual(scenario.turns.count);
            const refused = game.refused.filter((r) => seats[r.action.actor] === p.id);
            if (refused.length > 0) expect.fail(`${where}: ${p.id}'s order refused: ${JSON.stringify(refused[0])}`);
          }
        }
      }
    }
    expect(games).toBe(PERSONAS.length * ids.length * 2 * 2);
  }, 120_000);
});
