// The moves that mattered (docs/model.md §9), recomputed by hand from the
// engine's public face: for every week of a seeded ukraine-2025 game, the
// record replayed up to that week, both branches played on with the
// policies, and the seat's results and endings compared with the analysis.
// The branches themselves are held to the game: the played week is the
// game's week, and the seat's own later orders lead to the game's ending.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { branchStart } from '../../../src/engine/debrief/weekThatMattered';
import { branchWeek, playBranch } from '../../../src/engine/debrief/playBranch';
import {
  advise,
  debriefOf,
  DEFAULT_POLICY,
  HUMAN,
  movesThatMattered,
  newGame,
  playUntil,
  playWeek,
  publicScenario,
  recordGame,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  weekThatMattered,
  weeksThatMatteredMost,
  type Action,
  type Game,
  type GameRecord,
  type Policy,
  type Scenario,
  type WeekThatMattered,
} from '../../../src/engine/index';
import { loadScenario } from '../../../src/engine/loader';
import { compiledOf } from '../../../src/engine/api/Scenario';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import { A } from '../../ids';

const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml'), 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario: Scenario = loaded.scenario;
const actors = publicScenario(scenario).actors;
const SEED = 11;
const seat = A(0);

function policiesOf(seats: Readonly<Record<string, string>>): (Policy | null)[] {
  const made = seatPolicies(scenario, seats, SEED);
  if (!made.ok) throw new Error(`no policy for ${made.unknown}`);
  return made.policies;
}

/**
 * The student's game: it turns down what it is sent for four weeks, then
 * takes everything; in week 3 it only proposes what its adviser suggests.
 * Kept with the game at the start of every week.
 */
function studentGame(): { record: GameRecord; game: Game; startOf: Game[] } {
  const seats = Object.fromEntries(actors.map((a) => [a.id, a.index === seat ? HUMAN : DEFAULT_POLICY]));
  const policies = policiesOf(seats);
  let game = newGame(scenario, SEED, policies);
  const startOf: Game[] = [];
  while (!game.state.ended) {
    const week = game.state.week;
    startOf[week] = game;
    const view = seatViewOf(scenario, game, seat);
    const answers: Action[] = view.toAnswer.map((p) => ({
      type: week < 5 ? 'reject' : 'accept',
      actor: seat,
      package: p.id,
    }));
    const advice = advise(view, seatLogOf(game, seat).events);
    const proposal: Action[] =
      week === 3 && !('none' in advice) ? [{ type: 'propose', actor: seat, clauses: advice.clauses, copied: [] }] : [];
    game = playWeek(scenario, game, policies, week === 3 ? proposal : answers);
  }
  return { record: recordGame(scenario, game, { seed: SEED, seats }), game, startOf };
}

const played = studentGame();

/** The record's orders through the week before `week`, every seat given them; then the memories recorded for that week. */
function replayedTo(record: GameRecord, week: number): Game {
  const nobody = actors.map(() => null);
  let game = newGame(scenario, record.seed, nobody);
  for (let w = 1; w < week; w++) {
    game = playWeek(
      scenario,
      game,
      nobody,
      record.actions.filter((a) => a.week === w).map((a) => a.action),
    );
  }
  return { ...game, memories: record.memories.slice(0, week) };
}

/** A branch by hand: the seat's `orders` in `week`, then the default negotiator from its empty memory, the others as recorded. */
function branchByHand(record: GameRecord, week: number, orders: readonly Action[]) {
  let game = playWeek(scenario, replayedTo(record, week), policiesOf(record.seats), orders);
  const seat0 = actors[seat]?.id ?? '';
  const taken = policiesOf({ ...record.seats, [seat0]: DEFAULT_POLICY });
  const fresh = taken[seat]?.start();
  const last = game.memories.length - 1;
  game = {
    ...game,
    memories: game.memories.map((row, w) => (w === last ? row.map((m, i) => (i === seat ? fresh : m)) : row)),
  };
  game = playUntil(scenario, game, taken);
  const debrief = debriefOf(scenario, game, seat);
  if (!debrief || !game.state.ended) throw new Error('the branch did not end');
  const ending = debrief.scenario.endings[game.state.ended.ending];
  return { result: debrief.scores[seat]?.result, ending: { id: ending?.id, title: ending?.title } };
}

function byHand(record: GameRecord, week: number) {
  const start = replayedTo(record, week);
  const advice = advise(seatViewOf(scenario, start, seat), seatLogOf(start, seat).events);
  const advised: Action[] =
    'none' in advice ? [] : [{ type: 'propose', actor: seat, clauses: advice.clauses, copied: [] }];
  const own = record.actions.filter((a) => a.week === week && a.action.actor === seat).map((a) => a.action);
  const p = branchByHand(record, week, own);
  const a = branchByHand(record, week, advised);
  return {
    week,
    played: own,
    advised,
    playedResult: p.result,
    advisedResult: a.result,
    playedEnding: p.ending,
    advisedEnding: a.ending,
  };
}

describe('the moves that mattered', () => {
  const { record } = played;

  it('gives, for every week, the results and endings of both branches as recomputed by hand', () => {
    expect(record.weeks).toBeGreaterThan(3);
    const weeks = movesThatMattered(scenario, record, seat);
    expect(weeks.map((w) => w.week)).toEqual(Array.from({ length: record.weeks }, (_, i) => i + 1));
    for (const analysed of weeks) expect(analysed, `week ${analysed.week}`).toEqual(byHand(record, analysed.week));
    // One week asked alone is the same week.
    expect(weekThatMattered(scenario, record, seat, 2)).toEqual(weeks[1]);
    // The game is not one where every decision was the adviser's: some week changed the seat's result.
    expect(weeks.some((w) => w.advisedResult !== w.playedResult)).toBe(true);
    // Week 3 followed the adviser to the letter: both branches are one game.
    const third = weeks[2];
    expect(third?.played).toEqual(third?.advised);
    expect(third?.playedResult).toBe(third?.advisedResult);
  });

  it("plays the branch's own week exactly as the game played it", () => {
    const compiled = compiledOf(scenario);
    for (let week = 1; week <= record.weeks; week++) {
      const start = branchStart(compiled, record, week);
      expect(stateHashOf(start.game.state), `start of week ${week}`).toBe(
        stateHashOf(played.startOf[week]?.state ?? played.game.state),
      );
      const own = record.actions.filter((a) => a.week === week && a.action.actor === seat).map((a) => a.action);
      const after = branchWeek(compiled, start, seat, own);
      const next = played.startOf[week + 1] ?? played.game;
      expect(stateHashOf(after.state), `end of week ${week}`).toBe(stateHashOf(next.state));
      expect(after.log).toEqual(next.log);
      expect(after.memories).toEqual(next.memories);
    }
  });

  it("ends in the game's very state when the seat gives its own later orders", () => {
    const compiled = compiledOf(scenario);
    for (let week = 1; week <= record.weeks; week++) {
      const start = branchStart(compiled, record, week);
      const own = record.actions.filter((a) => a.week === week && a.action.actor === seat).map((a) => a.action);
      const branch = playBranch(compiled, start, seat, own, null);
      expect(stateHashOf(branch.state), `branch from week ${week}`).toBe(stateHashOf(played.game.state));
    }
  });

  it('refuses a week the game did not have', () => {
    expect(() => weekThatMattered(scenario, record, seat, 0)).toThrow('no week 0');
    expect(() => weekThatMattered(scenario, record, seat, record.weeks + 1)).toThrow(`no week ${record.weeks + 1}`);
  });
});

describe('weeksThatMatteredMost', () => {
  const week = (n: number, playedResult: number, advisedResult: number): WeekThatMattered => ({
    week: n,
    played: [],
    advised: [],
    playedResult,
    advisedResult,
    playedEnding: { id: 'a', title: 'A' },
    advisedEnding: { id: 'a', title: 'A' },
  });

  it('keeps the weeks whose decision moved the result most either way, ties in week order, level weeks left out', () => {
    const weeks = [week(1, 5, 5), week(2, 0, 4), week(3, 6, -2), week(4, 1, 5), week(5, 3, 3.5), week(6, 2, 2)];
    expect(weeksThatMatteredMost(weeks).map((w) => w.week)).toEqual([3, 2, 4]);
    expect(weeksThatMatteredMost(weeks, 5).map((w) => w.week)).toEqual([3, 2, 4, 5]);
    expect(weeksThatMatteredMost([week(1, 2, 2)])).toEqual([]);
    // The caller's list keeps its order.
    expect(weeks.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
