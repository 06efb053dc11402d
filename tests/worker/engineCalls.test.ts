// The AI seats decide in the engine worker; the worker must play the very
// games the engine plays in the page. A week asked through the protocol —
// request and reply copied as postMessage copies them — gives the same game
// as playWeek with the seats' policies, week after week, to the ending, for
// seeded games of ukraine-2025 with the student in each seat.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  HUMAN,
  newGame,
  playWeek,
  publicScenario,
  recordGame,
  seatViewOf,
  seatPolicies,
  type Action,
  type ActorIndex,
  type Game,
} from '../../src/engine/index';
import { answer, engineCalls } from '../../src/worker/engineCalls';
import type { EngineCalls, EngineRequest } from '../../src/worker/engineProtocol';
import { A } from '../ids';
import { precompiled, scenario } from './ukrainePrecompiled';

/** A request answered as the worker answers it: what crosses is a structured clone, both ways. */
function asked(calls: EngineCalls, request: EngineRequest): unknown {
  const reply = structuredClone(answer(calls, structuredClone(request)));
  if (!reply.ok) throw new Error(reply.message);
  return reply.answer;
}

/** The student accepts every package put to them and proposes nothing: deals get signed, games end. */
const acceptAll = (game: Game, seat: ActorIndex): Action[] =>
  seatViewOf(scenario, game, seat).toAnswer.map((p) => ({ type: 'accept', actor: seat, package: p.id }));

describe('the engine worker', () => {
  it('plays the same games as the engine in the page, week by week', () => {
    const calls = engineCalls();
    const key = asked(calls, { id: 1, call: 'load', arg: precompiled }) as string;
    const actors = publicScenario(scenario).actors;
    for (let seed = 1; seed <= 20; seed++) {
      const seat = A(seed % actors.length);
      const seats = Object.fromEntries(actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]));
      const made = seatPolicies(scenario, seats, seed);
      if (!made.ok) throw new Error(made.unknown);
      let here = newGame(scenario, seed, made.policies);
      let there = here;
      while (!here.state.ended) {
        const orders = acceptAll(here, seat);
        here = playWeek(scenario, here, made.policies, orders);
        there = asked(calls, {
          id: 2,
          call: 'playWeek',
          arg: { scenario: key, game: there, seats, seed, orders },
        }) as Game;
        expect(there, `seed ${seed}, week ${here.state.week}`).toEqual(here);
      }
      const options = { seed, seats, branchOf: null };
      expect(recordGame(scenario, there, options)).toEqual(recordGame(scenario, here, options));
    }
  });

  it('answers what went wrong instead of a game', () => {
    const calls = engineCalls();
    const game = newGame(
      scenario,
      1,
      publicScenario(scenario).actors.map(() => null),
    );
    const reply = answer(calls, {
      id: 7,
      call: 'playWeek',
      arg: { scenario: 'unknown', game, seats: {}, seed: 1, orders: [] },
    });
    expect(reply).toEqual({ id: 7, ok: false, message: 'The scenario of this game was not loaded.' });
  });
});
