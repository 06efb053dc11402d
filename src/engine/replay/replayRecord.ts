/**
 * Rebuilds a game from its record, refusing — with a code and a plain
 * message — a record made by another engine version, for another scenario
 * (or another version of it), edited by hand, naming an unknown policy,
 * holding a memory its policy could not have written, or an illegal action.
 * The recorded orders are resolved by the one week loop (playWeek) with no
 * policy deciding; the AI seats' memories come from the record, so nothing
 * is decided twice. `throughWeek` stops early: the start of a branch.
 */
import type { Game } from '../game/Game';
import { newGame } from '../game/newGame';
import { playWeek } from '../game/playWeek';
import type { Policy } from '../policies/Policy';
import { seatPolicies } from '../api/seatPolicies';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { ENGINE_VERSION } from '../version';
import type { GameRecord, ReplayError } from './GameRecord';
import { scenarioHashOf } from './hashes';
import { checksumHolds } from './recordGame';

export type ReplayResult =
  | {
      readonly ok: true;
      readonly game: Game;
      readonly record: GameRecord;
      /** The recorded seats' policies (null for a human), ready to play on. */
      readonly seats: readonly (Policy | null)[];
    }
  | ReplayError;

const fail = (code: ReplayError['code'], message: string): ReplayError => ({ ok: false, code, message });

export function replayRecord(
  scenario: CompiledScenario,
  record: GameRecord,
  throughWeek = Number.POSITIVE_INFINITY,
): ReplayResult {
  if (record.engineVersion !== ENGINE_VERSION) {
    return fail(
      'REPLAY_ENGINE_VERSION',
      `This game was recorded by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}, whose rules may differ.`,
    );
  }
  if (record.scenarioId !== scenario.id || record.scenarioHash !== scenarioHashOf(scenario)) {
    return fail(
      'REPLAY_SCENARIO',
      `This game was played on ${record.scenarioId === scenario.id ? 'another version of' : `scenario "${record.scenarioId}", not`} "${scenario.id}".`,
    );
  }
  if (!checksumHolds(record)) {
    return fail('REPLAY_TAMPERED', 'This saved game has been edited since it was recorded; it cannot be replayed.');
  }
  const resolved = seatPolicies(scenario, record.seats, record.seed);
  if (!resolved.ok) {
    const actor = scenario.actors.find((a) => a.id === resolved.unknown)?.name ?? resolved.unknown;
    return fail('REPLAY_POLICY', `This saved game names no known player for ${actor}.`);
  }
  const seats = resolved.policies;
  const memoryOk =
    record.memories.length === record.weeks + 1 &&
    record.memories.every(
      (row) =>
        row.length === seats.length &&
        row.every((memory, seat) => {
          const policy = seats[seat];
          return policy ? policy.isMemory(memory) : memory === null;
        }),
    );
  if (!memoryOk) return fail('REPLAY_MEMORY', 'This saved game holds an AI memory that does not fit its players.');

  const human = seats.map(() => null);
  let game = newGame(scenario, record.seed, human);
  const last = Math.min(record.weeks, throughWeek);
  for (let week = 1; week <= last && !game.state.ended; week++) {
    const orders = record.actions.filter((a) => a.week === week).map((a) => a.action);
    game = playWeek(scenario, game, human, orders);
    const refused = game.refused[0];
    if (refused) {
      return fail(
        'REPLAY_ILLEGAL_ACTION',
        `Week ${week}: a recorded action is not legal (${refused.refusal.code}: ${refused.refusal.message.replace(/\.$/, '')}).`,
      );
    }
  }
  const weeks = game.state.ended ? game.state.week : game.state.week - 1;
  return { ok: true, game: { ...game, memories: record.memories.slice(0, weeks + 1) }, record, seats };
}
