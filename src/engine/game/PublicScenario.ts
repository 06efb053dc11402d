/**
 * What every player may know of a scenario: everything but the actors'
 * hidden profiles (weights, values, links, reservation values, red lines,
 * temperaments) and their briefings and summaries, which tell what each
 * actor wants and fears (the role screen shows them before a game, through
 * roleChoice). Views and policies get this, never the compiled scenario.
 */
import type { CompiledActor, CompiledScenario } from '../scenario/CompiledScenario';

export type PublicActor = Omit<CompiledActor, 'profile' | 'briefing' | 'briefingParagraphs' | 'summary'>;
export type PublicScenario = Omit<CompiledScenario, 'actors' | 'input'> & { readonly actors: readonly PublicActor[] };

const cache = new WeakMap<CompiledScenario, PublicScenario>();

export function publicScenarioOf(scenario: CompiledScenario): PublicScenario {
  let result = cache.get(scenario);
  if (!result) {
    const { actors, input: _input, ...rest } = scenario;
    result = {
      ...rest,
      actors: actors.map(({ profile: _p, briefing: _b, briefingParagraphs: _bp, summary: _s, ...pub }) => pub),
    };
    cache.set(scenario, result);
  }
  return result;
}
