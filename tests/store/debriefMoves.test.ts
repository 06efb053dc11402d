// After the ending the store asks the engine, week by week, what each week's
// decision was worth (analyseMoves, docs/model.md §9), and the debrief names
// the weeks that mattered most in plain words (selectMovesDebrief); a branch
// keeps the game it was replayed from, to be compared with
// (selectDebriefSummary).
import { describe, expect, it } from 'vitest';
import { selectMovesDebrief } from '../../src/store/selectMovesDebrief';
import type { Action, LeverIndex } from '../../src/engine/index';
import { O } from '../ids';
import { CEASEFIRE, MINERALS, playToEnding, RU, SANCTIONS, startUkraine, UA } from './kit';

describe('the moves that mattered, in the store', () => {
  it('analyses every week once the talks are over, then names the weeks that moved the result most', () => {
    const { app } = startUkraine();
    expect(app.store.getState().moves).toBeNull();
    playToEnding(app);
    const { moves, game } = app.store.getState();
    // The engine answers in this thread here: every week is in at once.
    expect(moves).toMatchObject({ done: 3, total: 3, failed: false });
    expect(moves?.weeks.map((w) => w.week)).toEqual([1, 2, 3]);
    const gap = (w: { advisedResult: number; playedResult: number }) => Math.abs(w.advisedResult - w.playedResult);
    const moved = moves!.weeks.filter((w) => gap(w) > 0);
    expect(moves?.most?.length).toBe(Math.min(3, moved.length));
    expect(moves?.most?.map(gap)).toEqual([...(moves?.most?.map(gap) ?? [])].sort((a, b) => b - a));

    const told = selectMovesDebrief(game?.debrief ?? null, moves);
    if (told?.status !== 'done') throw new Error(`not done: ${told?.status}`);
    for (const w of told.weeks) {
      for (const line of [...w.played, ...w.advised]) {
        expect(line).toMatch(/^(Propose|Answer|Accept|Reject|Meet|Declare|Signal|Apply) /);
        expect(line).not.toMatch(/\bw\d+-[a-z]+-\d+\b/);
      }
      expect(w.gap).toBeCloseTo(w.advisedResult - w.playedResult, 9);
      expect(w.playedEnding).not.toBe('');
    }
    // The replays' results are set beside the real game's, and the weeks not named are counted, with their largest change.
    const seat = game!.debrief!.scores.find((s) => s.actor === game!.debrief!.seat)!;
    expect(told.realResult).toBe(seat.result);
    expect(told.realEnding).toBe(game!.debrief!.scenario.endings[game!.debrief!.state.ended!.ending]!.title);
    const rest = moves!.weeks.filter((w) => !moves!.most!.some((m) => m.week === w.week));
    expect(told.others).toEqual({ count: rest.length, largest: Math.max(0, ...rest.map(gap)) });
    const fewer = selectMovesDebrief(game?.debrief ?? null, { ...moves!, most: moves!.weeks.slice(0, 1) });
    expect(fewer?.status === 'done' && fewer.others).toEqual({
      count: 2,
      largest: Math.max(gap(moves!.weeks[1]!), gap(moves!.weeks[2]!)),
    });
    // Week 3: the student accepted Russia's counter-offer.
    const week3 = moves!.weeks[2]!;
    const described = selectMovesDebrief(game?.debrief ?? null, { ...moves!, most: [week3] });
    expect(described?.status === 'done' && described.weeks[0]?.played).toEqual([
      "Accept Russia's counter-offer of week 2",
    ]);
  });

  it("lists what set the student's orders apart from the adviser's, and which orders each figure is for", () => {
    const { app } = startUkraine();
    playToEnding(app);
    const { game, moves } = app.store.getState();
    const debrief = game!.debrief!;
    const base = moves!.weeks[0]!;
    const tell = (played: readonly Action[], advised: readonly Action[]) => {
      const told = selectMovesDebrief(debrief, { ...moves!, most: [{ ...base, played, advised }] });
      if (told?.status !== 'done') throw new Error('not done');
      return told.weeks[0]!;
    };
    const propose = (clauses: [LeverIndex, number][]): Action => ({
      type: 'propose',
      actor: UA,
      clauses: clauses.map(([lever, option]) => ({ lever, option: O(option) })),
    });
    const meet: Action = { type: 'meet', actor: UA, with: [RU] };
    const flexible: Action = { type: 'flexibility', actor: UA, lever: SANCTIONS };
    // The adviser's proposal with one more clause, and two more orders: three differences, sharing the figure.
    const more = tell(
      [
        propose([
          [MINERALS, 1],
          [CEASEFIRE, 2],
        ]),
        meet,
        flexible,
      ],
      [propose([[MINERALS, 1]])],
    );
    expect(more.differed).toEqual([
      'Your proposal also held Ceasefire: Full ceasefire',
      'Meet Russia',
      'Signal flexibility on Sanctions relief',
    ]);
    expect(more.scope).toBe(
      'The figure is for these differences together; the replays do not tell which of them made the difference.',
    );
    // One clause changed, nothing else: that difference carries the whole figure.
    const changed = tell([propose([[MINERALS, 2]])], [propose([[MINERALS, 1]])]);
    expect(changed.differed).toEqual([
      "Your proposal had Minerals fund: U.S. majority rights, where the adviser's had A joint fund",
    ]);
    expect(changed.scope).toBe('That is the only difference: the figure is for it alone.');
    // The adviser's proposal sent as it was, and a meeting besides.
    expect(tell([propose([[MINERALS, 1]]), meet], [propose([[MINERALS, 1]])]).differed).toEqual(['Meet Russia']);
    // Nothing in common: the figure is for the week's orders as a whole.
    const apart = tell([meet, flexible], [propose([[CEASEFIRE, 2]])]);
    expect(apart.differed).toEqual([]);
    expect(apart.scope).toBe(
      "None of your orders that week was one of your adviser's: the figure is for your orders of that week together against the adviser's; the replays do not tell which of them made the difference.",
    );
    expect(tell([], [propose([[CEASEFIRE, 2]])]).scope).toBe(
      "You sent no orders that week: the figure is for sending none instead of your adviser's.",
    );
    // Neither sent any: not "the figure is for your orders", which were none.
    expect(tell([], []).scope).toBe(
      'You sent no orders that week, and your adviser would have sent none either: your orders were the same.',
    );
    expect(tell([meet, flexible], []).scope).toMatch(
      /^Your adviser would have sent no orders that week: the figure is for all your orders/,
    );
  });

  it('says how far the analysis has got while it runs, and that it failed if the engine could not answer', () => {
    const { app } = startUkraine();
    playToEnding(app);
    const { game, moves } = app.store.getState();
    const running = { ...moves!, done: 1, weeks: moves!.weeks.slice(0, 1), most: null };
    expect(selectMovesDebrief(game?.debrief ?? null, running)).toEqual({
      status: 'analysing',
      text: 'Analysing week 2 of 3…',
      done: 1,
      total: 3,
    });
    expect(selectMovesDebrief(game?.debrief ?? null, { ...running, failed: true })?.status).toBe('failed');
    expect(selectMovesDebrief(null, moves)).toBeNull();
  });
});

describe('a branch beside its original', () => {
  it('keeps how the replayed game ended when a branch starts, and forgets it on leaving', () => {
    const { app } = startUkraine();
    playToEnding(app);
    const ended = app.store.getState();
    const debrief = ended.game!.debrief!;
    app.actions.replayFromWeek(2);
    const branch = app.store.getState();
    expect(branch.game?.branch).toBe(true);
    expect(branch.moves).toBeNull();
    expect(branch.original).toMatchObject({ ending: 'A settlement', week: 3, unit: 'week' });
    expect(branch.original?.actors.map((a) => [a.name, a.result, a.worth])).toEqual(
      debrief.scores.map((s) => [debrief.scenario.actors[s.actor]!.name, s.result, s.utility]),
    );
    // Played to an ending again: the original is still there to compare with, and the branch is analysed.
    while (!app.store.getState().game?.view.ended) app.actions.endWeek();
    expect(app.store.getState().original).toEqual(branch.original);
    expect(app.store.getState().moves?.most).not.toBeNull();
    app.actions.backToTitle();
    expect(app.store.getState()).toMatchObject({ original: null, moves: null });
  });
});
