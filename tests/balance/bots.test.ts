/**
 * Bots beyond the registry, and the balance lab's reading of one game: the
 * wrappers do what their names say, in real games, and never give orders the
 * rules refuse; grades agree with gradeOutcome.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../src/engine/game/Action';
import { dealSpaceOf, frontierDistance, zopaOpen } from '../../src/engine/balance/DealSpace';
import { leverPart } from '../../src/engine/model/utilityOf';
import { gradeIndexOf, GRADES, observeGame, stepContextOf } from '../../src/engine/balance/observeGame';
import { buildCells } from '../../src/engine/balance/plan';
import { resolvePolicy } from '../../src/engine/balance/policySpec';
import { gradeOutcome } from '../../src/engine/model/gradeOutcome';
import type { ActorScore } from '../../src/engine/model/scoreActor';
import type { PolicyFactory } from '../../src/engine/policies/Policy';
import { POLICIES } from '../../src/engine/policies/policies';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { playGame } from '../engine/playGame';
import { A } from '../ids';

function load(file: string) {
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

const minimal = load('tests/fixtures/minimal.yaml');
const ctx = stepContextOf(minimal, dealSpaceOf(minimal));
const negotiator = POLICIES.get('negotiator')!;
const spec = (text: string): PolicyFactory => {
  const r = resolvePolicy(minimal, text, 'negotiator');
  if (!r.ok) throw new Error(r.message);
  return r.factory;
};
const uses = (game: ReturnType<typeof observeGame>, actor: number, type: string) =>
  game.actions[actor]![ACTION_TYPES.indexOf(type as never)]!;
const SEEDS = Array.from({ length: 12 }, (_, i) => 100 + i);

describe('probes in real games', () => {
  it('forbid:<action> never uses it; force:<action> uses it whenever it can', () => {
    for (const seed of SEEDS) {
      expect(uses(observeGame(ctx, [spec('forbid:propose'), negotiator], seed), 0, 'propose')).toBe(0);
      expect(uses(observeGame(ctx, [spec('forbid:meet'), negotiator], seed), 0, 'meet')).toBe(0);
      const forced = observeGame(ctx, [spec('force:meet'), negotiator], seed);
      expect(uses(forced, 0, 'meet')).toBe(forced.week);
      expect(forced.refused).toBe(0);
    }
  });

  it('never-accept accepts nothing; accept-all rejects nothing', () => {
    for (const seed of SEEDS) {
      const never = observeGame(ctx, [negotiator, spec('never-accept')], seed);
      expect(uses(never, 1, 'accept')).toBe(0);
      const all = observeGame(ctx, [spec('accept-all'), negotiator], seed);
      expect(uses(all, 0, 'reject') + uses(all, 0, 'counter')).toBe(0);
    }
  });

  it('max-pressure presses whenever its cooldown allows', () => {
    for (const seed of SEEDS) {
      const pressed = observeGame(ctx, [spec('max-pressure'), negotiator], seed);
      // drills: cooldown 2 (two weeks off), so weeks 1, 4, 7 … of the weeks played.
      expect(uses(pressed, 0, 'pressure')).toBe(Math.ceil(pressed.week / 3));
      expect(pressed.refused).toBe(0);
    }
  });

  it('stall makes no offer and accepts nothing before the last week packages may be made', () => {
    const last = minimal.turns.count - 1;
    for (const seed of SEEDS) {
      const game = playGame(minimal, seed, [spec('stall'), negotiator]);
      const early = game.log.filter(({ week, action }) => action.actor === 0 && week < last);
      expect(early.filter(({ action }) => ['propose', 'counter', 'accept'].includes(action.type))).toEqual([]);
      expect(game.refused).toEqual([]);
    }
  });

  it('forbid/force of an option changes what is proposed', () => {
    for (const seed of SEEDS) {
      const forbidden = observeGame(ctx, [spec('forbid:quota=large'), negotiator], seed);
      expect(forbidden.refused).toBe(0);
      const forced = observeGame(ctx, [spec('force:border=new_line'), negotiator], seed);
      expect(forced.refused).toBe(0);
      expect(forced.proposed.some(([l, o]) => l === 0 && o === 1)).toBe(true);
    }
  });

  it('bad specs are explained', () => {
    const r = resolvePolicy(minimal, 'force:quota=huge', 'negotiator');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('options: none, small, large');
    expect(resolvePolicy(minimal, 'max-pressure@hawk', 'negotiator').ok).toBe(true);
    expect(resolvePolicy(minimal, 'random@hawk', 'negotiator').ok).toBe(false);
  });

  it('probe sets expand per role, skipping pressure probes for roles without pressure', () => {
    const cells = buildCells(minimal, ['negotiator', 'negotiator'], ['scripted', 'actions'], [0, 1], 'negotiator');
    expect(cells.ok).toBe(true);
    const ids = cells.ok ? cells.value.map((c) => c.id) : [];
    expect(ids).toContain('north:max-pressure');
    expect(ids).toContain('north:force:pressure');
    expect(ids).not.toContain('south:max-pressure');
    expect(ids).not.toContain('south:force:pressure');
  });
});

describe('reading a game', () => {
  it('grades agree with gradeOutcome', () => {
    const base: ActorScore = {
      actor: A(0),
      utility: 50,
      startReservation: 40,
      endReservation: 40,
      result: 10,
      best: 70,
      bestOptions: [],
      goodThreshold: 15,
      good: false,
    };
    for (const s of [base, { ...base, good: true, result: 20 }, { ...base, result: -0.01 }, { ...base, result: 0 }]) {
      expect(GRADES[gradeIndexOf(s)]).toBe(gradeOutcome(s, 'North').grade);
    }
  });

  it('the deal space: frontier packages dominate every package, distance 0 on the frontier', () => {
    const space = dealSpaceOf(minimal)!;
    expect(space.size).toBe(6);
    const all = [
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ].map((o) => minimal.actors.map((a) => leverPart(a.profile, o)));
    for (const u of all) expect(frontierDistance(space, u)).toBeGreaterThanOrEqual(0);
    // The status quo (old line, no quota) for North 70+6=76, South 0+40=40 is beaten by nothing for both at once?
    const best = Math.max(...all.map((u) => Math.min(u[0]! - all[0]![0]!, u[1]! - all[0]![1]!)));
    expect(frontierDistance(space, all[0]!)).toBeCloseTo(Math.max(0, best), 12);
    expect(zopaOpen(space, [0, 0])).toBe(true);
    expect(zopaOpen(space, [1000, 0])).toBe(false);
  });

  it('a game read twice is read the same', () => {
    expect(JSON.stringify(observeGame(ctx, [negotiator, negotiator], 7))).toBe(
      JSON.stringify(observeGame(ctx, [negotiator, negotiator], 7)),
    );
  });
});
