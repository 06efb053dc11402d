/**
 * The view-only expert's belief (src/engine/balance/Belief.ts): the others'
 * orders teach it their hidden draws. Over seeded ukraine-2025 games of the
 * default negotiator, the weight it puts on each other side's true horizon
 * ends above where it starts (the share of its worlds that drew it), and
 * its worlds rebuild the packages in play from the public record exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Belief } from '../../src/engine/balance/Belief';
import { actorIndex } from '../../src/engine/game/ids';
import { newGame } from '../../src/engine/game/newGame';
import { playWeek } from '../../src/engine/game/playWeek';
import { publicScenarioOf } from '../../src/engine/game/PublicScenario';
import { viewFor } from '../../src/engine/game/viewFor';
import { eventsFor } from '../../src/engine/game/visibleTo';
import { POLICIES } from '../../src/engine/policies/policies';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const file = 'scenarios/ukraine-2025.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario = loaded.scenario;
const negotiator = POLICIES.get('negotiator')!;
const table = scenario.actors.map(() => negotiator);
const seat = 0;

describe("the expert's belief", () => {
  it('learns the others’ horizons from their orders, and rebuilds the packages in play', () => {
    let before = 0;
    let after = 0;
    let samples = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const ctxOf = (i: number) => ({ scenario: publicScenarioOf(scenario), actor: actorIndex(i), seed });
      const seats = table.map((f, i) => f(ctxOf(i)));
      const belief = new Belief(scenario, seat, table, ctxOf(seat), 30);
      let game = newGame(scenario, seed, seats);
      const truth = game.state.horizon;
      const onTruth = (i: number) => belief.weightOf(i, (world) => world.horizon[i] === truth[i]);
      let first: number[] | null = null;
      while (!game.state.ended) {
        const view = viewFor(
          scenario,
          game.state,
          actorIndex(seat),
          eventsFor(game.events.slice(game.lastWeekFrom), actorIndex(seat)),
        );
        belief.update(view, game.state);
        first ??= [1, 2, 3].map(onTruth);
        const world = belief.world(() => 0.5, 7, view, null).game.state;
        expect(world.inbox).toEqual(game.state.inbox);
        game = playWeek(scenario, game, seats);
      }
      const last = [1, 2, 3].map(onTruth);
      for (let i = 0; i < 3; i++) {
        before += first![i]!;
        after += last[i]!;
        samples++;
      }
    }
    // The first week's weights are the prior's: the share of the worlds that drew each side's true horizon.
    expect(after / samples).toBeGreaterThan((before / samples) * 1.5);
  });
});
