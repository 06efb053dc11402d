import type { CompiledEffects, CompiledExpr } from '../scenario/CompiledScenario';
import type { PublicScenario } from './PublicScenario';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import { at } from '../util/at';

/**
 * What the scenario answers a red line with, in words, so that a student sees it before declaring one: each world
 * dynamics rule, event, pressure, meeting rule and ending whose condition or effects read
 * `red_line.<actor>.<lever>.<option>` (docs/model.md §3.2). It names what the red line bears on, not which way: the
 * rule's own description says that, and an event's headline is not told before the news comes.
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
  const reads = (e: CompiledExpr | undefined) => e?.names.includes(name) === true;
  const moves = (effects: CompiledEffects) => [...effects.add, ...effects.set].some((x) => reads(x.expr));
  const unit = scenario.turns.unit;
  return [
    ...scenario.dynamics
      .filter((r) => reads(r.when) || moves(r.effects))
      .map((r) => r.description.trim() || `The world changes every ${unit} it stands (the scenario does not say how).`),
    ...(scenario.events.some((e) => reads(e.when) || moves(e.effects)) ? ['It bears on news that may come.'] : []),
    ...scenario.pressures
      .filter((p) => reads(p.when) || moves(p.userCost) || moves(p.effects))
      .map((p) => `It bears on a pressure: ${quoted(p.name)}`),
    ...scenario.meetingRules.filter((r) => reads(r.when)).map((r) => `It bears on who may meet: ${quoted(r.message)}`),
    ...scenario.endings.filter((e) => reads(e.when)).map((e) => `It bears on an ending: ${quoted(e.title)}`),
  ];
}

/** A name or message in quotes, closing the sentence unless it closes itself. */
function quoted(text: string): string {
  const s = text.trim();
  return `“${s}”${/[.!?]$/.test(s) ? '' : '.'}`;
}
