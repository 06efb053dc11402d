import type { PublicScenario } from './PublicScenario';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import { at } from '../util/at';

/**
 * What the scenario answers a red line with, so that a student sees it before declaring one: each world dynamics
 * rule, event, pressure and ending whose condition reads `red_line.<actor>.<lever>.<option>` (docs/model.md §3.2),
 * in that order, in words: whether it makes one likelier or rules it out, the condition says, not this.
 */
export function redLineAnswers(
  scenario: Pick<PublicScenario, 'actors' | 'levers' | 'dynamics' | 'events' | 'pressures' | 'endings'>,
  actor: ActorIndex,
  lever: LeverIndex,
  option: OptionIndex,
): string[] {
  const l = at(scenario.levers, lever);
  const name = `red_line.${at(scenario.actors, actor).id}.${l.id}.${at(l.options, option).id}`;
  const reads = (x: { readonly when: { readonly names: readonly string[] } | undefined }) =>
    x.when?.names.includes(name) === true;
  return [
    ...scenario.dynamics
      .filter(reads)
      .map((r) => r.description.trim() || 'The world changes every turn it holds (the scenario does not say how).'),
    ...scenario.events.filter(reads).map((e) => `It bears on the news: ${quoted(e.headline)}`),
    ...scenario.pressures.filter(reads).map((p) => `It bears on a pressure: ${quoted(p.name)}`),
    ...scenario.endings.filter(reads).map((e) => `It bears on an ending: ${quoted(e.title)}`),
  ];
}

/** A name or headline in quotes, closing the sentence unless it closes itself. */
const quoted = (s: string) => `“${s.trim()}”${/[.!?]$/.test(s.trim()) ? '' : '.'}`;
