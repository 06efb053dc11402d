import { readersOf } from '../scenario/readersOf';
import type { PublicScenario } from './PublicScenario';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import { at } from '../util/at';

/**
 * What the scenario answers a red line with, in words, so that a student sees it before declaring one: each world
 * dynamics rule, pressure, meeting rule and ending whose condition or effects read
 * `red_line.<actor>.<lever>.<option>` (docs/model.md §3.2), and whether news may follow. It names what the red line
 * bears on, not which way: a rule's own description says that, and an event's headline is not told before the news
 * comes.
 */
export function redLineAnswers(
  scenario: Pick<
    PublicScenario,
    'actors' | 'levers' | 'turns' | 'dynamics' | 'events' | 'pressures' | 'meetingRules' | 'endings'
  >,
  actor: ActorIndex,
  lever: LeverIndex,
  option: OptionIndex,
): string[] {
  const l = at(scenario.levers, lever);
  const name = `red_line.${at(scenario.actors, actor).id}.${l.id}.${at(l.options, option).id}`;
  const rules: string[] = [];
  const others: string[] = [];
  let news = false;
  for (const reader of readersOf(scenario)) {
    if (!reader.names.has(name)) continue;
    switch (reader.kind) {
      case 'rule':
        rules.push(
          at(scenario.dynamics, reader.index).description.trim() ||
            `The world changes every ${scenario.turns.unit} this red line stands (the scenario does not say how).`,
        );
        break;
      case 'event':
        news = true;
        break;
      case 'pressure':
        others.push(`It bears on a pressure: ${quoted(at(scenario.pressures, reader.index).name)}`);
        break;
      case 'meeting rule':
        others.push(`It bears on who may meet: ${quoted(at(scenario.meetingRules, reader.index).message)}`);
        break;
      case 'ending':
        others.push(`It bears on an ending: ${quoted(at(scenario.endings, reader.index).title)}`);
        break;
    }
  }
  return [...rules, ...(news ? ['It bears on news that may come.'] : []), ...others];
}

/** A name or message in quotes, closing the sentence unless it closes itself. */
function quoted(text: string): string {
  const s = text.trim();
  return `“${s}”${/[.!?]$/.test(s) ? '' : '.'}`;
}
