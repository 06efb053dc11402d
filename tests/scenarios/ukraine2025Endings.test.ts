/**
 * Each ending of ukraine-2025 says things about the game that reaches it
 * ("Ukraine has guarantees", "no ceasefire in force", "the land, Ukraine's
 * guarantees, or both, are still open"). Over seeded games with every seat
 * played by the computer (the default negotiator, and random players for
 * variety), every game that reaches an ending makes its narrative true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { at } from '../../src/engine/util/at';
import { playGame, seeds } from '../engine/playGame';

const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml'), 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario = loaded.scenario;

describe('ukraine-2025: the ending narratives are true of the games that reach them', () => {
  it('holds over 240 seeded games', () => {
    const reached = new Map<string, number>();
    for (const seed of seeds(240)) {
      const game = playGame(scenario, seed, seed % 2 === 0 ? 'negotiator' : 'random');
      const ended = game.state.ended;
      if (!ended) throw new Error(`game ${seed} did not end`);
      const ending = at(scenario.endings, ended.ending).id;
      reached.set(ending, (reached.get(ending) ?? 0) + 1);
      const lever = (id: string) => {
        const def = scenario.levers.find((l) => l.id === id)!;
        const now = at(game.state.levers, def.index);
        return { settled: now.settled, option: at(def.options, now.option).id };
      };
      const [ceasefire, territory, security] = [lever('ceasefire'), lever('territory'), lever('security')];
      const anySettled = scenario.levers.some((l) => at(game.state.levers, l.index).settled);
      const why = `${ending} in game ${seed}`;
      switch (ending) {
        case 'comprehensive_peace': // the guns fall silent, the land is settled, Ukraine has guarantees
        case 'framework_deal': // the land and Ukraine's guarantees are settled on paper, a partial truce
          expect(ceasefire.option, why).toBe(ending === 'framework_deal' ? 'partial' : 'full');
          expect(territory.settled && security.settled, why).toBe(true);
          expect(security.option, why).not.toBe('none');
          break;
        case 'ceasefire_only': // a ceasefire is in force; the land, the guarantees, or both, are still open
          expect(ceasefire.settled && ceasefire.option !== 'none', why).toBe(true);
          expect(territory.settled && security.settled, why).toBe(false);
          break;
        case 'partial_deals': // the war goes on, no ceasefire in force, some agreements signed
          expect([ceasefire.settled, ceasefire.option, anySettled], why).toEqual([false, 'none', true]);
          break;
        case 'no_deal': // no agreement in force, and the war continues
          expect([anySettled, ceasefire.option], why).toEqual([false, 'none']);
          break;
      }
    }
    // Not vacuous: every ending checked above is reached by some of these games.
    for (const id of ['comprehensive_peace', 'framework_deal', 'ceasefire_only', 'partial_deals', 'no_deal'])
      expect(reached.get(id) ?? 0, id).toBeGreaterThan(0);
  });
});
