/**
 * A week's animation, planned from its events in the order resolution gave
 * them: answers, seals on the signed options, locks, the void packages
 * failing on their levers, deliveries, then the meters.
 */
import { describe, expect, it } from 'vitest';
import type { GameEvent, Package } from '../../src/engine/index';
import { planWeek, STEP_MS } from '../../src/game/animate/planWeek';
import { A, As, C, L, O } from '../ids';

const pkg = (id: string, proposer: number, parties: number[]): Package => ({
  id,
  proposer: A(proposer),
  week: 1,
  clauses: [C(0, 1)],
  parties: As(...parties),
  copied: [],
  counters: null,
});

describe('planWeek', () => {
  it('seals a signed package, locks its lever, and fails the packages it made void, in that order', () => {
    const events: GameEvent[] = [
      { type: 'answered', actor: A(1), package: 'p1', proposer: A(0), answer: 'accept', reasons: null },
      { type: 'package_signed', package: pkg('p1', 0, [0, 1]), rank: 0, minSurplus: null },
      { type: 'lever_settled', lever: L(0), option: O(1), package: 'p1' },
      { type: 'package_void', package: 'p2', lever: L(0), by: 'p1' },
      { type: 'package_delivered', package: pkg('p3', 1, [0, 1]), reasons: null },
      { type: 'values_changed', cause: 'dynamics', changes: [{ index: 0, from: 50, to: 55, causes: [] }] },
    ];
    expect(planWeek(events)).toEqual([
      { kind: 'answer', items: [{ actor: A(1), answer: 'accept' }] },
      { kind: 'sign', items: [{ lever: L(0), option: O(1) }] },
      { kind: 'settle', levers: [L(0)] },
      { kind: 'void', items: [{ lever: L(0), package: 'p2' }] },
      { kind: 'deliver', items: [{ from: A(1), to: [A(0)] }] },
      { kind: 'values' },
    ]);
    // A whole week stays short enough to watch, or to skip.
    expect(Object.values(STEP_MS).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3500);
  });

  it('plays nothing for a week without a visible change', () => {
    expect(planWeek([{ type: 'week_started', week: 2 }])).toEqual([]);
  });
});
