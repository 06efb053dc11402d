import { compiledOf, type Scenario } from '../api/Scenario';
import type { ActorIndex } from '../game/ids';
import type { GameRecord } from '../replay/GameRecord';
import { analyseWeek, branchStart, type WeekThatMattered } from './weekThatMattered';

/** Every week of `seat`'s game analysed as weekThatMattered does (docs/model.md §9), in order. */
export function movesThatMattered(
  scenario: Scenario,
  record: GameRecord,
  seat: ActorIndex,
): readonly WeekThatMattered[] {
  const compiled = compiledOf(scenario);
  return Array.from({ length: record.weeks }, (_, i) =>
    analyseWeek(compiled, branchStart(compiled, record, i + 1), seat),
  );
}
