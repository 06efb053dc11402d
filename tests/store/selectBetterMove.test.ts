// "Could you have done better?": the best package the others would have
// accepted (the debrief's best achievable deal, docs/model.md §4), lever by
// lever beside what the game ended with, and its worth against what the
// student got.
import { describe, expect, it } from 'vitest';
import type { Debrief } from '../../src/engine/index';
import { selectBetterMove } from '../../src/store/selectBetterMove';
import { selectEnding } from '../../src/store/selectEnding';
import { playToEnding, startUkraine, UA } from './kit';

function endedGame(): Debrief {
  const { app } = startUkraine();
  expect(selectBetterMove(app.store.getState().game)).toBeNull();
  playToEnding(app);
  const debrief = app.store.getState().game?.debrief;
  if (!debrief) throw new Error('the game did not end');
  return debrief;
}

/** The same ending with the seat's score changed. */
function withSeatScore(debrief: Debrief, change: Partial<Debrief['scores'][number]>): Debrief {
  return { ...debrief, scores: debrief.scores.map((s) => (s.actor === UA ? { ...s, ...change } : s)) };
}

describe('selectBetterMove', () => {
  it('names the best package the others would have accepted, what it was worth and what the student got', () => {
    const debrief = endedGame();
    const move = selectBetterMove({ debrief });
    expect(move).toMatchObject({ got: 62.3, best: 76.8, reached: false, acceptableTo: 'Russia and United States' });
    expect(move?.terms).toEqual([
      { lever: 'Minerals fund', option: 'A joint fund', keep: false, ended: null },
      { lever: 'Ceasefire', option: 'Full ceasefire', keep: false, ended: 'Partial ceasefire' },
      { lever: 'Sanctions relief', option: 'Keep sanctions', keep: true, ended: 'Relief' },
      { lever: 'Elections in Ukraine', option: 'Early elections', keep: false, ended: 'No early elections' },
    ]);
    // What the game ended with is what the ending screen lists.
    const ending = selectEnding({ debrief, branch: false });
    for (const term of move?.terms ?? [])
      expect(ending?.levers.find((l) => l.name === term.lever)?.option).toBe(term.ended ?? term.option);
  });

  it('says the student did as well as possible when nothing acceptable was worth more, to the number shown', () => {
    const debrief = endedGame();
    const seat = debrief.scores.find((s) => s.actor === UA)!;
    expect(selectBetterMove({ debrief: withSeatScore(debrief, { utility: seat.best - 0.04 }) })?.reached).toBe(true);
    expect(selectBetterMove({ debrief: withSeatScore(debrief, { utility: seat.best - 0.1 }) })?.reached).toBe(false);
    expect(selectBetterMove({ debrief: withSeatScore(debrief, { utility: seat.best + 5 }) })?.reached).toBe(true);
  });

  it('when the best is to leave everything as it was, lists only what the game changed, and needs no one', () => {
    const debrief = endedGame();
    const statusQuo = debrief.scenario.levers.map((l) => l.statusQuo);
    const move = selectBetterMove({ debrief: withSeatScore(debrief, { bestOptions: statusQuo }) });
    expect(move?.acceptableTo).toBe('');
    expect(move?.terms.every((t) => t.keep && t.ended !== null)).toBe(true);
    expect(move?.terms.map((t) => t.lever)).toEqual(['Minerals fund', 'Ceasefire', 'Sanctions relief']);
  });
});
