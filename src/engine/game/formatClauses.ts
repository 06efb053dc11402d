import { at } from '../util/at';
import type { Clause } from './GameState';
import type { PublicScenario } from './PublicScenario';

/** A package's terms, in words (no "=" on a student's screen): "Ceasefire: Full ceasefire; Sanctions on Russia: Phased relief". */
export function formatClauses(scenario: Pick<PublicScenario, 'levers'>, clauses: readonly Clause[]): string {
  return clauses
    .map((c) => `${at(scenario.levers, c.lever).name}: ${at(at(scenario.levers, c.lever).options, c.option).name}`)
    .join('; ');
}
