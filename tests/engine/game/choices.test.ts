/**
 * A seat's choices (choicesOf) are computed from its view alone, by the same
 * check functions the rules resolve with (docs/model.md §3.1); they must say
 * exactly what checkAction says on the game's state. Over every week of
 * seeded ukraine-2025 games, for each seat, every candidate single order —
 * each lever × option as a one-clause package, an accept, a reject and a
 * one-clause counter per package, a meeting with each other actor, a
 * statement of flexibility and a one-option red line per lever, each
 * pressure — is allowed by choicesOf iff checkAction accepts it, refused with
 * the same code (and facts) when not; legalActions lists exactly the allowed
 * ones; and the same holds after each order the seat actually gave that week
 * (its draft so far).
 */
import { describe, expect, it } from 'vitest';
import type { Action, ActionType } from '../../../src/engine/game/Action';
import { checkAction, pointsLeft } from '../../../src/engine/game/checkAction';
import { checkOrders, choicesOf, type Choices, type Verdict } from '../../../src/engine/game/choicesOf';
import { createGame } from '../../../src/engine/game/createGame';
import type { Game } from '../../../src/engine/game/Game';
import type { GameState } from '../../../src/engine/game/GameState';
import { legalActions } from '../../../src/engine/game/legalActions';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import { viewFor, type SeatView } from '../../../src/engine/game/viewFor';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import { playGame, seeds } from '../playGame';
import { fixture, ordersFor, ukraine } from './kit';
import { optionIndices, type ActorIndex } from '../../../src/engine/game/ids';
import { A } from '../../ids';

const scenario = ukraine();
const pub = publicScenarioOf(scenario);

/** A candidate order and what choicesOf says of it (undefined: choicesOf has no entry for it, so it must be refused). */
interface Candidate {
  readonly action: Action;
  readonly choice: Verdict | undefined;
}

function candidatesOf(view: SeatView, state: GameState, choices: Choices): Candidate[] {
  const actor = view.actor;
  const out: Candidate[] = [];
  const clauseChoice = (lever: number, option: number) => choices.levers[lever]?.options[option]?.refusal;
  for (const l of pub.levers)
    optionIndices(l).forEach((option) =>
      out.push({
        action: { type: 'propose', actor, clauses: [{ lever: l.index, option }] },
        choice: clauseChoice(l.index, option),
      }),
    );
  // Every package in the game, seen by the seat or not.
  for (const p of state.inbox) {
    const answer = choices.answers.find((a) => a.package.id === p.id);
    out.push({ action: { type: 'accept', actor, package: p.id }, choice: answer?.accept });
    out.push({ action: { type: 'reject', actor, package: p.id }, choice: answer?.reject });
    for (const l of pub.levers)
      optionIndices(l).forEach((option) =>
        out.push({
          action: { type: 'counter', actor, to: p.id, clauses: [{ lever: l.index, option }] },
          // A counter is possible when an answer is, and its clause when a package's would be; NO_CLAUSE only
          // says that no clause is, so the rules then name the clause's own reason.
          choice:
            answer &&
            (answer.counter?.code === 'NO_CLAUSE'
              ? clauseChoice(l.index, option)
              : (answer.counter ?? clauseChoice(l.index, option))),
        }),
      );
  }
  for (const a of pub.actors)
    if (a.index !== actor)
      out.push({
        action: { type: 'meet', actor, with: [a.index] },
        choice: choices.meet.find((m) => m.actor === a.index)?.refusal,
      });
  for (const l of pub.levers) {
    const statement = choices.statements.find((s) => s.lever === l.index);
    out.push({ action: { type: 'flexibility', actor, lever: l.index }, choice: statement?.flexibility });
    optionIndices(l).forEach((option) =>
      out.push({
        action: { type: 'red_line', actor, lever: l.index, options: [option] },
        choice: statement?.redLine[option]?.refusal,
      }),
    );
  }
  for (const p of pub.pressures)
    out.push({
      action: { type: 'pressure', actor, pressure: p.index },
      choice: choices.pressures.find((x) => x.pressure === p.index)?.refusal,
    });
  return out;
}

interface Tally {
  views: number;
  drafts: number;
  allowed: number;
  refused: Map<string, number>;
}

/** Every disagreement between choicesOf (and legalActions) and checkAction for one seat, state and draft. */
function disagreements(state: GameState, seat: ActorIndex, draft: readonly Action[], tally: Tally): string[] {
  const view = viewFor(scenario, state, seat, []);
  const choices = choicesOf(view, draft);
  const problems: string[] = [];
  const allowedKinds = new Set<ActionType>();
  const where = (a: Action) => `week ${state.week}, seat ${seat}, draft ${draft.length}: ${JSON.stringify(a)}`;
  for (const { action, choice } of candidatesOf(view, state, choices)) {
    const got = checkAction(pub, state, draft, action);
    if (got === null) {
      allowedKinds.add(action.type);
      tally.allowed++;
      if (choice !== null) problems.push(`${where(action)}: allowed, but choicesOf says ${choice?.code ?? 'nothing'}`);
      continue;
    }
    tally.refused.set(got.code, (tally.refused.get(got.code) ?? 0) + 1);
    if (choice === undefined) continue;
    if (choice === null) {
      problems.push(`${where(action)}: refused ${got.code}, but choicesOf allows it`);
      continue;
    }
    if (choice.code !== got.code) problems.push(`${where(action)}: refused ${got.code}, choicesOf says ${choice.code}`);
    // The facts choicesOf gives (lever, option, package, pressure …) are checkAction's.
    for (const [key, value] of Object.entries(choice))
      if (key !== 'message' && JSON.stringify(got[key as keyof typeof got]) !== JSON.stringify(value))
        problems.push(
          `${where(action)}: ${key} ${JSON.stringify(value)} vs ${JSON.stringify(got[key as keyof typeof got])}`,
        );
  }
  // A kind is possible iff some order of that kind is.
  for (const [kind, { refusal }] of Object.entries(choices.kinds)) {
    if ((refusal === null) === allowedKinds.has(kind as ActionType)) continue;
    problems.push(
      `week ${state.week}, seat ${seat}, draft ${draft.length}: kind ${kind} says ${refusal?.code ?? 'possible'}`,
    );
  }
  const left = pointsLeft(pub, seat, draft);
  if (choices.points.left !== left) problems.push(`points left ${choices.points.left} vs ${left}`);
  if (draft.length === 0) problems.push(...legalDisagreements(state, seat, view, choices));
  return problems;
}

/** legalActions lists exactly what choicesOf allows with nothing ordered yet. */
function legalDisagreements(state: GameState, seat: ActorIndex, view: SeatView, choices: Choices): string[] {
  const legal = legalActions(pub, state, seat);
  const got = {
    points: legal.points,
    proposable: legal.proposable,
    toAnswer: legal.toAnswer.map((p) => p.id),
    meetable: legal.meetable,
    statementLevers: legal.statementLevers,
    pressures: legal.pressures,
  };
  const expected = {
    points: state.ended ? 0 : choices.points.left,
    proposable: choices.levers.flatMap((l) => {
      const options = l.options.filter((o) => o.refusal === null).map((o) => o.option);
      return options.length > 0 ? [{ lever: l.lever, options }] : [];
    }),
    toAnswer: state.ended ? [] : view.toAnswer.map((p) => p.id),
    meetable: choices.meet.filter((m) => m.refusal === null).map((m) => m.actor),
    statementLevers: choices.statements.filter((s) => s.flexibility === null).map((s) => s.lever),
    pressures: choices.pressures.filter((p) => p.refusal === null).map((p) => p.pressure),
  };
  return JSON.stringify(got) === JSON.stringify(expected)
    ? []
    : [
        `week ${state.week}, seat ${seat}: legalActions ${JSON.stringify(got)} vs choicesOf ${JSON.stringify(expected)}`,
      ];
}

/** The state at the start of every week of a played game, and the one it ended in. */
function statesOf(game: Game, seed: number): GameState[] {
  let state = createGame(scenario, seed).state;
  const states = [state];
  for (let week = 1; !state.ended; week++) {
    state = resolveWeek(
      scenario,
      state,
      game.log.filter((o) => o.week === week).map((o) => o.action),
    ).state;
    states.push(state);
  }
  expect(stateHashOf(state)).toBe(stateHashOf(game.state));
  return states;
}

function checkGame(game: Game, seed: number, tally: Tally): string[] {
  const problems: string[] = [];
  for (const state of statesOf(game, seed)) {
    for (const a of scenario.actors) {
      tally.views++;
      problems.push(...disagreements(state, a.index, [], tally).map((p) => `seed ${seed}, ${p}`));
      if (state.ended) continue;
      // The orders the seat gave that week, added one at a time.
      const given = game.log.filter((o) => o.week === state.week && o.action.actor === a.index).map((o) => o.action);
      for (let k = 1; k <= given.length; k++) {
        tally.drafts++;
        problems.push(...disagreements(state, a.index, given.slice(0, k), tally).map((p) => `seed ${seed}, ${p}`));
      }
      const checked = checkOrders(viewFor(scenario, state, a.index, []), given);
      if (!checked.ok) problems.push(`seed ${seed}, week ${state.week}: its own orders ${JSON.stringify(checked)}`);
    }
  }
  return problems;
}

const newTally = (): Tally => ({ views: 0, drafts: 0, allowed: 0, refused: new Map() });

describe('choicesOf agrees with checkAction, and legalActions with both', () => {
  it('in every week of 60 all-negotiator ukraine-2025 games, for every seat, with and without a draft', () => {
    const tally = newTally();
    const problems: string[] = [];
    for (const seed of seeds(60)) problems.push(...checkGame(playGame(scenario, seed, 'negotiator'), seed, tally));
    expect(problems.slice(0, 10)).toEqual([]);
    expect(tally.views).toBeGreaterThan(60 * 4 * 5);
    expect(tally.drafts).toBeGreaterThan(1000);
    expect(tally.allowed).toBeGreaterThan(10_000);
    // The refusals compared cover the rules that real games meet.
    for (const code of ['NOT_ENOUGH_POINTS', 'LEVER_IN_PLAY', 'LEVER_SETTLED', 'STATUS_QUO_CLAUSE', 'NOT_A_PROPOSER'])
      expect(tally.refused.get(code) ?? 0, code).toBeGreaterThan(0);
  }, 120_000);

  it('in every week of 20 ukraine-2025 games with random, hawk, dove and greedy seats', () => {
    const tally = newTally();
    const problems: string[] = [];
    const mix = ['random', 'hawk', 'dove', 'greedy'];
    for (const seed of seeds(20, 300)) {
      const seats = scenario.actors.map((_, i) => mix[(seed + i) % mix.length]!);
      problems.push(...checkGame(playGame(scenario, seed, seats), seed, tally));
    }
    expect(problems.slice(0, 10)).toEqual([]);
    for (const code of ['ALREADY_ANSWERED', 'COOLDOWN', 'GAME_OVER', 'NOT_YOUR_PRESSURE'])
      expect(tally.refused.get(code) ?? 0, code).toBeGreaterThan(0);
  }, 120_000);
});

describe('checkOrders', () => {
  const three = fixture('three');
  const on = ordersFor(three);
  const { state } = createGame(three, 1);
  const view = viewFor(three, state, on.actor('alpha'), []);

  it('reports the illegal order of a draft by its index and code, and nothing else', () => {
    const legal = on.propose('alpha', { port: 'shared' });
    const illegal = on.propose('alpha', { fish: 'high' });
    expect(checkOrders(view, [legal, illegal])).toMatchObject({
      ok: false,
      refusals: [{ order: 1, code: 'NOT_A_PROPOSER', lever: on.lever('fish') }],
    });
    expect(checkOrders(view, [illegal, legal]).refusals.map((r) => [r.order, r.code])).toEqual([[0, 'NOT_A_PROPOSER']]);
    expect(checkOrders(view, [legal])).toEqual({ ok: true, refusals: [] });
  });

  it('checks each order against the ones before it, and refuses orders for another seat', () => {
    const first = on.propose('alpha', { port: 'shared' });
    const again = on.propose('alpha', { port: 'leased' });
    const beta = on.meet('beta', 'alpha');
    expect(checkOrders(view, [first, again, beta]).refusals.map((r) => [r.order, r.code])).toEqual([
      [1, 'LEVER_IN_PLAY'],
      [2, 'NOT_YOUR_SEAT'],
    ]);
  });
});

describe('choicesOf at the edges: after the ending, and with no clause left to offer', () => {
  /** Seed 1, all negotiators: the game ends in week 7 with packages still in the inbox. */
  const game = playGame(scenario, 1, 'negotiator');
  const states = statesOf(game, 1);

  it('after the game has ended, answering a package left in the inbox is refused (GAME_OVER)', () => {
    const ended = states.at(-1)!;
    expect(ended.ended).not.toBeNull();
    const seat = A(scenario.actors.findIndex((a) => viewFor(scenario, ended, a.index, []).toAnswer.length > 0));
    const view = viewFor(scenario, ended, seat, []);
    const choices = choicesOf(view, []);
    expect(checkAction(pub, ended, [], { type: 'accept', actor: seat, package: view.toAnswer[0]!.id })?.code).toBe(
      'GAME_OVER',
    );
    expect(choices.answers[0]!.accept?.code).toBe('GAME_OVER');
    expect(choices.kinds.accept.refusal?.code).toBe('GAME_OVER');
  });

  it('the counter kind is possible only when some counter is: not while no clause may go into a package', () => {
    // Seats with packages to answer while every lever is in play, settled or not theirs to propose: found in seeded games.
    const stuck = seeds(60).flatMap((seed) =>
      statesOf(playGame(scenario, seed, 'negotiator'), seed).flatMap((state) =>
        state.ended
          ? []
          : scenario.actors.flatMap((a) => {
              const choices = choicesOf(viewFor(scenario, state, a.index, []), []);
              return choices.answers.length > 0 && choices.kinds.propose.refusal?.code === 'NO_CLAUSE' ? [choices] : [];
            }),
      ),
    );
    expect(stuck.length).toBeGreaterThan(0);
    for (const choices of stuck) {
      expect(choices.kinds.counter.refusal?.code).toBe('NO_CLAUSE');
      for (const answer of choices.answers) expect(answer.counter).not.toBeNull();
    }
  });
});
