/**
 * The zone of agreement a balance block asks for (docs/balance.md, "Targets"), measured in
 * ukraine-2025's games, where Ukraine's and Russia's fallbacks fall as the war goes on: each
 * game's week of widening is checked against the shares counted package by package, from full
 * utilities and reservation values, at the start of every week of the same game played again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { observeGame, stepContextOf } from '../../src/engine/balance/observeGame';
import { gameSeed } from '../../src/engine/balance/seeds';
import { zoneOfAgreement } from '../../src/engine/balance/zoneOfAgreement';
import type { GameState } from '../../src/engine/game/GameState';
import { newGame } from '../../src/engine/game/newGame';
import { playWeek } from '../../src/engine/game/playWeek';
import { publicScenarioOf } from '../../src/engine/game/PublicScenario';
import { POLICIES } from '../../src/engine/policies/policies';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { countedZoneShare } from './countedZoneShare';

const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml', 'utf8'), 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario = loaded.scenario;
const byId = <T extends { readonly id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;
const ACTORS = ['ukraine', 'russia'];
const LEVERS = ['nato', 'territory', 'ceasefire', 'security'];
const actors = ACTORS.map((id) => byId(scenario.actors, id));
const levers = LEVERS.map((id) => byId(scenario.levers, id));
const START_MAX = 0.05;

/** The share of the levers' packages both value at least at their reservation value in `state`, red lines left out. */
const share = (state: GameState) => countedZoneShare(scenario, ACTORS, LEVERS, state);

describe('the zone of agreement in a game', () => {
  it('widens in the week its share first passes start_max, counted at the start of every week', () => {
    const spec = { actors: actors.map((a) => a.index), levers: levers.map((l) => l.index), startMax: START_MAX };
    const ctx = stepContextOf(scenario, null, zoneOfAgreement(scenario, spec));
    const factories = scenario.actors.map(() => POLICIES.get('negotiator')!);
    const weeks: number[] = [];
    for (let g = 0; g < 6; g++) {
      const seed = gameSeed(1, g);
      const observed = observeGame(ctx, factories, seed);
      const pub = publicScenarioOf(scenario);
      const seats = scenario.actors.map((a) => POLICIES.get('negotiator')!({ scenario: pub, actor: a.index, seed }));
      let game = newGame(scenario, seed, seats);
      const start = share(game.state);
      expect(observed.zoneStart).toBeCloseTo(start, 12);
      let widened = start > START_MAX ? 1 : 0;
      while (!game.state.ended) {
        game = playWeek(scenario, game, seats);
        if (widened === 0 && !game.state.ended && share(game.state) > START_MAX) widened = game.state.week;
      }
      expect(observed.zoneWeek).toBe(widened);
      weeks.push(widened);
    }
    // The test means something only if the zone starts narrow and widens within some games.
    expect(weeks.every((w) => w !== 1)).toBe(true);
    expect(weeks.some((w) => w > 1)).toBe(true);
  });
});
