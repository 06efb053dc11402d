import type { Game } from '../game/Game';
import { canonicalJson, hashText } from '../rng/hashText';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { ENGINE_VERSION } from '../version';
import type { GameRecord } from './GameRecord';
import { scenarioHashOf } from './hashes';

export interface RecordOptions {
  readonly seed: number;
  readonly seats: Readonly<Record<string, string>>;
  readonly branchOf?: GameRecord['branchOf'];
}

/** The exportable record of a game so far. */
export function recordGame(scenario: CompiledScenario, game: Game, options: RecordOptions): GameRecord {
  const body = {
    format: 'parley-game' as const,
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHashOf(scenario),
    seed: options.seed,
    seats: options.seats,
    weeks: game.state.ended ? game.state.week : game.state.week - 1,
    actions: game.log,
    memories: game.memories,
    branchOf: options.branchOf ?? null,
  };
  return { ...body, checksum: checksumOf(body) };
}

export function checksumOf(body: Omit<GameRecord, 'checksum'>): string {
  return hashText(canonicalJson(body));
}

/** Whether a record is as it was recorded: a record edited by hand is refused, never replayed. */
export function checksumHolds(record: GameRecord): boolean {
  const { checksum, ...body } = record;
  return checksumOf(body) === checksum;
}
