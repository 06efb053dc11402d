// The debrief asks the engine worker for the moves that mattered week by
// week, so that its screen can show progress: each answer, copied as
// postMessage copies it, is the engine's own analysis of that week.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  HUMAN,
  newGame,
  playWeek,
  publicScenario,
  recordGame,
  seatPolicies,
  seatViewOf,
  weekThatMattered,
  type Action,
} from '../../src/engine/index';
import { answer, engineCalls } from '../../src/worker/engineCalls';
import { inProcessClient } from '../../src/worker/inProcessClient';
import { A } from '../ids';
import { precompiled, scenario } from './ukrainePrecompiled';

/** A finished game with the student in `seat`, who accepts every package put to them. */
function finishedGame(seed: number, seat: ReturnType<typeof A>) {
  const seats = Object.fromEntries(
    publicScenario(scenario).actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]),
  );
  const made = seatPolicies(scenario, seats, seed);
  if (!made.ok) throw new Error(made.unknown);
  let game = newGame(scenario, seed, made.policies);
  while (!game.state.ended) {
    const orders: Action[] = seatViewOf(scenario, game, seat).toAnswer.map((p) => ({
      type: 'accept',
      actor: seat,
      package: p.id,
    }));
    game = playWeek(scenario, game, made.policies, orders);
  }
  return recordGame(scenario, game, { seed, seats });
}

describe('the engine worker asked for the moves that mattered', () => {
  it("answers each week with the engine's analysis of it", async () => {
    const seat = A(1);
    const record = finishedGame(5, seat);
    const client = inProcessClient();
    const key = await client.call('load', precompiled);
    for (let week = 1; week <= record.weeks; week++) {
      const asked = await client.call('weekThatMattered', structuredClone({ scenario: key, record, seat, week }));
      expect(structuredClone(asked), `week ${week}`).toEqual(weekThatMattered(scenario, record, seat, week));
    }
  });

  it('answers what went wrong for a week the game did not have', () => {
    const record = finishedGame(5, A(0));
    const calls = engineCalls();
    const key = calls.load(precompiled);
    const reply = answer(calls, {
      id: 3,
      call: 'weekThatMattered',
      arg: { scenario: key, record, seat: A(0), week: record.weeks + 1 },
    });
    expect(reply).toEqual({
      id: 3,
      ok: false,
      message: `This game has no week ${record.weeks + 1} to analyse (it has ${record.weeks}).`,
    });
  });
});
