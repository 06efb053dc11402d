/**
 * Game records (docs/model.md §7, "New games and branches"): a record replays to
 * the same game, and is refused — with a stable code — when it was made by
 * another engine version, for another scenario or another version of it
 * (here: the same file with a param overridden), edited by hand, or when it
 * holds an illegal action. A branch replays the first weeks, then plays on
 * differently with the same luck.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/game/Action';
import { formatEvent } from '../../../src/engine/game/formatLog';
import { playUntil } from '../../../src/engine/game/playWeek';
import { takeOverSeats } from '../../../src/engine/game/takeOverSeats';
import type { GameRecord } from '../../../src/engine/replay/GameRecord';
import { scenarioHashOf, stateHashOf } from '../../../src/engine/replay/hashes';
import { checksumOf, recordGame } from '../../../src/engine/replay/recordGame';
import { parseRecord } from '../../../src/engine/replay/parseRecord';
import { replayRecord } from '../../../src/engine/replay/replayRecord';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { ENGINE_VERSION } from '../../../src/engine/version';
import { fixture, ordersFor, ukraine } from '../game/kit';
import { playGame, seatsFor } from '../playGame';

const SEED = 11;

function played(scenario: CompiledScenario, seats: readonly string[], seed = SEED, until?: number) {
  const game = playGame(scenario, seed, seats, until);
  const record = recordGame(scenario, game, {
    seed,
    seats: Object.fromEntries(scenario.actors.map((a, i) => [a.id, seats[i]!])),
  });
  return { game, record };
}

/** A record edited and then re-signed, as a careful forger (or a tool) would. */
function resigned(record: GameRecord, edit: Partial<Omit<GameRecord, 'checksum'>>): GameRecord {
  const { checksum: _old, ...body } = { ...record, ...edit };
  return { ...body, checksum: checksumOf(body) };
}

const code = (scenario: CompiledScenario, record: GameRecord) => {
  const result = replayRecord(scenario, record);
  return result.ok ? 'OK' : result.code;
};

describe('a record', () => {
  const scenario = fixture('minimal');
  const { game, record } = played(scenario, ['greedy', 'conceder']);

  it('replays to the same game', () => {
    expect(record).toMatchObject({
      format: 'parley-game',
      engineVersion: ENGINE_VERSION,
      scenarioId: 'minimal',
      scenarioHash: scenarioHashOf(scenario),
      seed: SEED,
      branchOf: null,
    });
    expect(record.weeks).toBe(game.state.ended!.week);
    const result = replayRecord(scenario, record);
    expect(result.ok && stateHashOf(result.game.state)).toBe(stateHashOf(game.state));
  });

  it('from another engine version is refused (REPLAY_ENGINE_VERSION), even re-signed', () => {
    expect(code(scenario, { ...record, engineVersion: '0.9.0' })).toBe('REPLAY_ENGINE_VERSION');
    expect(code(scenario, resigned(record, { engineVersion: '0.9.0' }))).toBe('REPLAY_ENGINE_VERSION');
  });

  it('for another version of the scenario is refused (REPLAY_SCENARIO)', () => {
    const tuned = fixture('minimal', { war_cost: 3 });
    expect(scenarioHashOf(tuned)).not.toBe(scenarioHashOf(scenario));
    expect(code(tuned, record)).toBe('REPLAY_SCENARIO');
    const other = fixture('three');
    const refused = replayRecord(other, record);
    expect(refused).toMatchObject({ ok: false, code: 'REPLAY_SCENARIO' });
    // It names the scenario the record is for.
    expect(!refused.ok && refused.message).toContain('"minimal"');
  });

  it('edited by hand is refused (REPLAY_TAMPERED): a seed, an action, a week count', () => {
    expect(code(scenario, { ...record, seed: record.seed + 1 })).toBe('REPLAY_TAMPERED');
    const first = record.actions[0]!;
    const edited = { ...first, action: { ...first.action, actor: 1 - first.action.actor } as Action };
    expect(code(scenario, { ...record, actions: [edited, ...record.actions.slice(1)] })).toBe('REPLAY_TAMPERED');
    expect(code(scenario, { ...record, actions: record.actions.slice(1) })).toBe('REPLAY_TAMPERED');
    expect(code(scenario, { ...record, weeks: record.weeks - 1 })).toBe('REPLAY_TAMPERED');
    expect(code(scenario, { ...record, seats: { north: 'random', south: 'random' } })).toBe('REPLAY_TAMPERED');
  });

  it('holding an illegal action, even correctly re-signed, is refused (REPLAY_ILLEGAL_ACTION)', () => {
    const on = ordersFor(scenario);
    // South may not apply North's drills.
    const drills = { week: 1, action: { ...on.pressure('drills'), actor: on.actor('south') } };
    const result = replayRecord(scenario, resigned(record, { actions: [drills, ...record.actions] }));
    expect(result).toMatchObject({ ok: false, code: 'REPLAY_ILLEGAL_ACTION' });
    // It says which rule the action breaks.
    expect(!result.ok && result.message).toContain('NOT_YOUR_PRESSURE');
    // Nor answer a package that does not exist, nor send garbage.
    expect(
      code(
        scenario,
        resigned(record, { actions: [{ week: 2, action: on.accept('south', 'w1-nobody-1') }, ...record.actions] }),
      ),
    ).toBe('REPLAY_ILLEGAL_ACTION');
    expect(
      code(
        scenario,
        resigned(record, { actions: [{ week: 1, action: { type: 'surrender', actor: 0 } as unknown as Action }] }),
      ),
    ).toBe('REPLAY_ILLEGAL_ACTION');
  });

  it('that is not JSON, or not a record, is refused when parsed', () => {
    const parseCode = (text: string) => {
      const parsed = parseRecord(text);
      return parsed.ok ? 'OK' : parsed.code;
    };
    expect(parseCode('{')).toBe('REPLAY_NOT_JSON');
    expect(parseCode(JSON.stringify({ ...record, format: 'chess' }))).toBe('REPLAY_MALFORMED');
    expect(parseCode(JSON.stringify({ ...record, cheat: true }))).toBe('REPLAY_MALFORMED');
    expect(parseCode(JSON.stringify({ ...record, seed: -1 }))).toBe('REPLAY_MALFORMED');
    expect(parseCode(JSON.stringify(record))).toBe('OK');
  });

  it('of a game stopped early replays only the weeks it resolved', () => {
    const partial = played(scenario, ['greedy', 'conceder'], SEED, 3);
    expect(partial.game.state.week).toBe(4);
    expect(partial.record.weeks).toBe(3);
    const result = replayRecord(scenario, partial.record);
    expect(result.ok && stateHashOf(result.game.state)).toBe(stateHashOf(partial.game.state));
  });
});

describe('a branch', () => {
  const scenario = ukraine();
  const N = 5;

  /** The all-greedy original, replayed through week N − 1, then played on from week N with `others` in every seat. */
  function branched(others: readonly string[]) {
    const original = played(scenario, ['greedy', 'greedy', 'greedy', 'greedy']);
    const replayed = replayRecord(scenario, original.record, N - 1);
    if (!replayed.ok) throw new Error(replayed.message);
    // Every seat changes hands: each new policy starts from its empty memory at the branch week.
    const seats = seatsFor(scenario, others, SEED);
    const branch = playUntil(
      scenario,
      takeOverSeats(
        replayed.game,
        seats,
        seats.map(() => true),
      ),
      seats,
    );
    const record = recordGame(scenario, branch, {
      seed: SEED,
      seats: Object.fromEntries(scenario.actors.map((a, i) => [a.id, others[i]!])),
      branchOf: { checksum: original.record.checksum, week: N },
    });
    return { original, replayed, branch, record };
  }

  it('replays the first N − 1 weeks exactly, then plays on with other policies and the same luck', () => {
    const { original, replayed, branch, record } = branched(['hardliner', 'random', 'random', 'hardliner']);
    const { game } = original;
    expect(game.state.ended!.week).toBeGreaterThan(N);
    expect(replayed.game.state.week).toBe(N);
    // The original's state before week N, reached by playing the same seats only that far.
    const upTo = played(scenario, ['greedy', 'greedy', 'greedy', 'greedy'], SEED, N - 1);
    expect(stateHashOf(replayed.game.state)).toBe(stateHashOf(upTo.game.state));

    const prefix = replayed.game.events.length;
    // Weeks 1 … N − 1 (through week N's news) are the original's, event for event.
    expect(branch.events.slice(0, prefix)).toEqual(game.events.slice(0, prefix));
    expect(branch.log.filter((a) => a.week < N)).toEqual(game.log.filter((a) => a.week < N));
    expect(branch.events.slice(0, prefix).map((e) => formatEvent(scenario, e))).toContain(
      `Week ${N} of ${scenario.turns.count}`,
    );
    // From week N on, it is another game.
    expect(branch.log.filter((a) => a.week >= N)).not.toEqual(game.log.filter((a) => a.week >= N));
    expect(branch.state.ended).not.toBeNull();

    // Its record names what it branched from, and replays on its own.
    expect(record.branchOf).toEqual({ checksum: original.record.checksum, week: N });
    const again = replayRecord(scenario, record);
    expect(again.ok && stateHashOf(again.game.state)).toBe(stateHashOf(branch.state));
  });

  // takeOverSeats rewrites a changed seat's earlier memories too, so the branch's record holds only memories its
  // own policies could have written (docs/model.md §7).
  it('whose seats changed to a policy that remembers, replays on its own from its record', () => {
    const { branch, record } = branched(['hardliner', 'conceder', 'random', 'negotiator']);
    const again = replayRecord(scenario, record);
    expect(again.ok ? 'OK' : again.code).toBe('OK');
    expect(again.ok && stateHashOf(again.game.state)).toBe(stateHashOf(branch.state));
  });
});
