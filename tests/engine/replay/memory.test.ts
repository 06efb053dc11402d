/**
 * The AI's memory in the game and its record (docs/model.md §7): a record
 * carries every AI seat's memory at the start of each week, so a game
 * replayed through week N and played on with the seats replayRecord returns
 * continues exactly as the original did — no decision is re-run to rebuild
 * what a policy remembered. A record whose memory its policy could not have
 * written is refused (REPLAY_MEMORY), and so is one naming a policy the
 * engine does not know (REPLAY_POLICY).
 */
import { describe, expect, it } from 'vitest';
import type { NegotiatorMemory } from '../../../src/engine/ai/negotiatorPolicy';
import type { Game } from '../../../src/engine/game/Game';
import { playUntil, playWeek } from '../../../src/engine/game/playWeek';
import { newGame } from '../../../src/engine/game/newGame';
import { HUMAN, type GameRecord } from '../../../src/engine/replay/GameRecord';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import { checksumOf, recordGame } from '../../../src/engine/replay/recordGame';
import { parseRecord } from '../../../src/engine/replay/parseRecord';
import { replayRecord } from '../../../src/engine/replay/replayRecord';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { fixture, ukraine } from '../game/kit';
import { playGame, seatsFor } from '../playGame';

const scenario = ukraine();
const ALL_NEGOTIATORS = ['negotiator', 'negotiator', 'negotiator', 'negotiator'];
const MIXED = ['hawk', 'conceder', 'dove', 'negotiator'];

function recorded(on: CompiledScenario, seats: readonly string[], seed: number): { game: Game; record: GameRecord } {
  const game = playGame(on, seed, seats);
  const record = recordGame(on, game, {
    seed,
    seats: Object.fromEntries(on.actors.map((a, i) => [a.id, seats[i]!])),
  });
  return { game, record };
}

/** A record edited, then re-signed so that only the engine's own checks can catch it. */
function resigned(record: GameRecord, edit: Partial<Omit<GameRecord, 'checksum'>>): GameRecord {
  const { checksum: _old, ...body } = { ...record, ...edit };
  return { ...body, checksum: checksumOf(body) };
}

const codeOf = (record: GameRecord) => {
  const result = replayRecord(scenario, record);
  return result.ok ? 'OK' : result.code;
};

describe('memories in a game record', () => {
  it('are every seat’s memory at the start of each week resolved and the next, and survive JSON', () => {
    for (const seats of [ALL_NEGOTIATORS, MIXED]) {
      const { game, record } = recorded(scenario, seats, 3);
      expect(record.memories).toHaveLength(record.weeks + 1);
      expect(record.memories).toEqual(game.memories);
      for (const row of record.memories) expect(row).toHaveLength(scenario.actors.length);
      // Negotiators remember something from the first week on.
      expect(JSON.stringify(record.memories.at(-1))).not.toBe(JSON.stringify(record.memories[0]));
      const parsed = parseRecord(JSON.stringify(record));
      expect(parsed.ok && parsed.record.memories).toEqual(game.memories);
      expect(parsed.ok && replayRecord(scenario, parsed.record).ok).toBe(true);
    }
  });

  it('of a week never change as later weeks are played (the negotiator learns into copies)', () => {
    const seats = seatsFor(scenario, 'negotiator', 5);
    let game = newGame(scenario, 5, seats);
    const seen: string[] = [];
    while (!game.state.ended) {
      game = playWeek(scenario, game, seats);
      seen.push(JSON.stringify(game.memories.at(-1)));
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(game.memories.slice(1).map((m) => JSON.stringify(m))).toEqual(seen);
  });

  it('let a game replayed through week N and played on with the returned seats continue exactly as the original', () => {
    let continued = 0;
    for (const seats of [ALL_NEGOTIATORS, MIXED]) {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { game, record } = recorded(scenario, seats, seed);
        for (const n of [1, 3, Math.max(1, record.weeks - 1)]) {
          const where = `${seats.join(', ')}, seed ${seed}, through week ${n}`;
          const replayed = replayRecord(scenario, JSON.parse(JSON.stringify(record)) as GameRecord, n);
          if (!replayed.ok) expect.fail(`${where}: ${replayed.code} ${replayed.message}`);
          expect(replayed.game.state.week, where).toBe(n + 1);
          expect(replayed.game.memories, where).toEqual(record.memories.slice(0, n + 1));
          expect(replayed.seats.map((p) => p?.id)).toEqual(seats);
          const onward = playUntil(scenario, replayed.game, replayed.seats);
          expect(stateHashOf(onward.state), where).toBe(stateHashOf(game.state));
          expect(onward.memories, where).toEqual(game.memories);
          // As JSON: the record is JSON, which writes a −0 in a private reason as 0.
          expect(JSON.stringify(onward.log), where).toBe(JSON.stringify(game.log));
          expect(JSON.stringify(onward.events), where).toBe(JSON.stringify(game.events));
          continued++;
        }
      }
    }
    expect(continued).toBe(2 * 6 * 3);
  }, 60_000);

  it('keep a human seat’s memory null, and replay it with the human seat left to its recorded orders', () => {
    const three = fixture('three');
    const seats = ['negotiator', HUMAN, 'conceder'];
    const game = playGame(three, 4, ['negotiator', null, 'conceder']);
    expect(game.memories.every((row) => row[1] === null)).toBe(true);
    const record = recordGame(three, game, {
      seed: 4,
      seats: Object.fromEntries(three.actors.map((a, i) => [a.id, seats[i]!])),
    });
    const replayed = replayRecord(three, record);
    expect(replayed.ok && replayed.seats.map((p) => p?.id ?? null)).toEqual(['negotiator', null, 'conceder']);
    expect(replayed.ok && stateHashOf(replayed.game.state)).toBe(stateHashOf(game.state));
  });
});

describe('a record is refused', () => {
  const { record } = recorded(scenario, MIXED, 7);
  const week = 2;
  const negotiatorSeat = MIXED.indexOf('negotiator');
  const concederSeat = MIXED.indexOf('conceder');
  const withMemory = (seat: number, memory: unknown): GameRecord =>
    resigned(record, {
      memories: record.memories.map((row, w) => (w === week ? row.map((m, s) => (s === seat ? memory : m)) : row)),
    });

  it('when a memory is one its policy could not have written (REPLAY_MEMORY), even re-signed', () => {
    expect(codeOf(resigned(record, {}))).toBe('OK');
    const memory = record.memories[week]![negotiatorSeat] as NegotiatorMemory;
    expect(codeOf(withMemory(negotiatorSeat, { ...memory, stalled: 'many' }))).toBe('REPLAY_MEMORY');
    expect(codeOf(withMemory(negotiatorSeat, { ...memory, model: null }))).toBe('REPLAY_MEMORY');
    expect(codeOf(withMemory(negotiatorSeat, null))).toBe('REPLAY_MEMORY');
    expect(codeOf(withMemory(concederSeat, [1, 2]))).toBe('REPLAY_MEMORY');
    expect(codeOf(withMemory(concederSeat, memory))).toBe('REPLAY_MEMORY');
    // A week's memories for too few seats, or a week too few.
    expect(
      codeOf(resigned(record, { memories: record.memories.map((row, w) => (w === week ? row.slice(1) : row)) })),
    ).toBe('REPLAY_MEMORY');
    expect(codeOf(resigned(record, { memories: record.memories.slice(1) }))).toBe('REPLAY_MEMORY');
  });

  it('when it names a policy the engine does not know (REPLAY_POLICY), even re-signed', () => {
    const seats = { ...record.seats, [scenario.actors[0]!.id]: 'oracle' };
    const refused = replayRecord(scenario, resigned(record, { seats }));
    expect(refused).toMatchObject({ ok: false, code: 'REPLAY_POLICY' });
    // It names the seat.
    expect(!refused.ok && refused.message).toContain(scenario.actors[0]!.name);
    // A seat left out is no better.
    const { [scenario.actors[1]!.id]: _gone, ...fewer } = record.seats;
    expect(codeOf(resigned(record, { seats: fewer }))).toBe('REPLAY_POLICY');
  });
});
