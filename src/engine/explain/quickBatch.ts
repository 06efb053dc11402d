/**
 * The quick batch of a scenario's author (docs/authoring.md): games with the
 * default negotiator in every seat, one per seed, and how many ended in each
 * ending. Seeds `from` to `to` − 1, so that a caller can play a batch in
 * slices (the browser does, to show its progress) and add the counts up:
 * the sum is the same as one call over all the seeds.
 */
import { newGame } from '../game/newGame';
import { playUntil } from '../game/playWeek';
import { publicScenarioOf } from '../game/PublicScenario';
import { DEFAULT_POLICY, POLICIES } from '../policies/policies';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { got } from '../util/at';

/** Per ending (in the scenario's order), the games of seeds `from` … `to` − 1 that ended in it. */
export function quickBatch(scenario: CompiledScenario, from: number, to: number): number[] {
  const pub = publicScenarioOf(scenario);
  const factory = got(POLICIES, DEFAULT_POLICY, 'default policy');
  const ended = scenario.endings.map(() => 0);
  for (let seed = from; seed < to; seed++) {
    const seats = scenario.actors.map((a) => factory({ scenario: pub, actor: a.index, seed }));
    const ending = playUntil(scenario, newGame(scenario, seed, seats), seats).state.ended?.ending;
    if (ending !== undefined) ended[ending] = (ended[ending] ?? 0) + 1;
  }
  return ended;
}
