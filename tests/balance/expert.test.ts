/**
 * The expert (a one-step Monte-Carlo lookahead over abstract moves): legal,
 * deterministic for a budget, its own base policy outside the lab, and in
 * the lab it does no worse than the default it builds on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BalanceRunner } from '../../src/engine/balance/BalanceRunner';
import { dealSpaceOf } from '../../src/engine/balance/DealSpace';
import { observeGame, stepContextOf } from '../../src/engine/balance/observeGame';
import { buildCells, type BalancePlan } from '../../src/engine/balance/plan';
import { resolvePolicy } from '../../src/engine/balance/policySpec';
import { meanInterval } from '../../src/engine/balance/intervals';
import { POLICIES } from '../../src/engine/policies/policies';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { playGame } from '../engine/playGame';

const file = 'tests/fixtures/minimal.yaml';
const text = readFileSync(file, 'utf8');
const loaded = loadScenario(text, file);
if (!loaded.ok) throw new Error('minimal.yaml does not load');
const scenario = loaded.scenario;
const negotiator = POLICIES.get('negotiator')!;
const expert = (iterations: number) => {
  const r = resolvePolicy(scenario, `expert:${iterations}`, 'negotiator', {
    actor: 0,
    table: [negotiator, negotiator],
  });
  if (!r.ok) throw new Error(r.message);
  return r.factory;
};

describe('the expert', () => {
  const ctx = stepContextOf(scenario, dealSpaceOf(scenario));
  const seeds = Array.from({ length: 8 }, (_, i) => 40 + i);

  it('gives only legal orders and plays the same game twice', () => {
    for (const seed of seeds) {
      const a = observeGame(ctx, [expert(6), negotiator], seed);
      expect(a.refused).toBe(0);
      expect(JSON.stringify(observeGame(ctx, [expert(6), negotiator], seed))).toBe(JSON.stringify(a));
    }
  });

  it('outside the lab (no game bound) it is its base policy', () => {
    for (const seed of seeds.slice(0, 3)) {
      const plain = playGame(scenario, seed, [negotiator, negotiator]);
      const unbound = playGame(scenario, seed, [expert(6), negotiator]);
      expect(JSON.stringify(unbound.log)).toBe(JSON.stringify(plain.log));
    }
  });

  it('in the lab it does no worse than the default, game for game on average', () => {
    const cells = buildCells(scenario, ['negotiator', 'negotiator'], ['expert:6'], [0], 'negotiator');
    if (!cells.ok) throw new Error(cells.message);
    const plan: BalancePlan = {
      scenarioId: 'minimal',
      scenarioTitle: '',
      scenarioHash: '',
      engineVersion: '',
      seed: 11,
      games: 16,
      sweep: null,
      cells: cells.value,
    };
    const stats = new BalanceRunner(text, file, plan, 'negotiator').run(0, 16)[0]!;
    const diff = meanInterval(stats[1]!.actors[0]!.diff);
    expect(diff.n).toBe(16);
    expect(diff.mean).toBeGreaterThanOrEqual(0);
    expect(stats[1]!.refused).toBe(0);
  });

  it('validates its budget', () => {
    expect(resolvePolicy(scenario, 'expert:0', 'negotiator').ok).toBe(false);
    expect(resolvePolicy(scenario, 'expert:50@hawk', 'negotiator').ok).toBe(true);
  });
});
