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
import { envOf } from '../../src/engine/game/envOf';
import type { GameState } from '../../src/engine/game/GameState';
import { newGame } from '../../src/engine/game/newGame';
import { playWeek } from '../../src/engine/game/playWeek';
import { publicScenarioOf } from '../../src/engine/game/PublicScenario';
import { reservationOf } from '../../src/engine/model/reservationOf';
import { utilityOf } from '../../src/engine/model/utilityOf';
import { POLICIES } from '../../src/engine/policies/policies';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml', 'utf8'), 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario = loaded.scenario;
const byId = <T extends { readonly id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;
const actors = ['ukraine', 'russia'].map((id) => byId(scenario.actors, id));
const levers = ['nato', 'territory', 'ceasefire', 'security'].map((id) => byId(scenario.levers, id));
const START_MAX = 0.05;

/** The share of the levers' packages both value at least at their reservation value in `state`, red lines left out. */
function share(state: GameState): number {
  const env = envOf(scenario, state);
  const options: number[] = scenario.levers.map((l) => l.statusQuo);
  let inside = 0;
  let packages = 0;
  const visit = (i: number): void => {
    const lever = levers[i];
    if (!lever) {
      packages++;
      const refused = actors.some((a) => levers.some((l) => a.profile.redLines[l.index]?.[options[l.index]!]));
      if (!refused && actors.every((a) => utilityOf(a.profile, options, state.values) >= reservationOf(a, env)))
        inside++;
      return;
    }
    for (let o = 0; o < lever.options.length; o++) {
      options[lever.index] = o;
      visit(i + 1);
    }
    options[lever.index] = lever.statusQuo;
  };
  visit(0);
  return inside / packages;
}

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
