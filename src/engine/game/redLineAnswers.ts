import type { PublicScenario } from './PublicScenario';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import { at } from '../util/at';

/**
 * What the scenario's rules answer a red line with: the descriptions of the world dynamics whose condition reads
 * `red_line.<actor>.<lever>.<option>` (docs/model.md §3.2), so that a student sees them before declaring it.
 */
export function redLineAnswers(
  scenario: Pick<PublicScenario, 'actors' | 'levers' | 'dynamics'>,
  actor: ActorIndex,
  lever: LeverIndex,
  option: OptionIndex,
): string[] {
  const l = at(scenario.levers, lever);
  const name = `red_line.${at(scenario.actors, actor).id}.${l.id}.${at(l.options, option).id}`;
  return scenario.dynamics
    .filter((r) => r.when?.names.includes(name))
    .map((r) => r.description.trim() || 'The world changes every turn it holds (the scenario does not say how).');
}
