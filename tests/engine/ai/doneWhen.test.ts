/**
 * The "Done when", as a test: over 1,000 seeds of ukraine-2025 with
 * the default negotiator in every seat, at least three different endings
 * occur and some package is signed in most games. Whole games, so it takes
 * seconds (about 10 ms a game on an idle core); it has a file of its own.
 */
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../../src/engine/policies/policies';
import { ukraine } from '../game/kit';
import { playGame, seeds } from './harness';

const scenario = ukraine();

describe('all-negotiator ukraine-2025 over 1,000 seeds', () => {
  it('ends in at least three different ways and signs a package in most games', () => {
    const negotiator = POLICIES.get('negotiator')!;
    const endings = new Map<string, number>();
    let signed = 0;
    for (const seed of seeds(1000)) {
      const game = playGame(
        scenario,
        seed,
        scenario.actors.map(() => negotiator),
      );
      expect(game.state.ended, `seed ${seed}`).not.toBeNull();
      if (game.refused.length > 0) expect.fail(`seed ${seed}: the rules refused ${JSON.stringify(game.refused[0])}`);
      const id = scenario.endings[game.state.ended!.ending]!.id;
      endings.set(id, (endings.get(id) ?? 0) + 1);
      if (game.events.some((e) => e.type === 'package_signed')) signed++;
    }
    expect(endings.size, JSON.stringify([...endings])).toBeGreaterThanOrEqual(3);
    expect(signed, `${signed} of 1,000 games sign a package`).toBeGreaterThan(500);
  }, 180_000);
});
