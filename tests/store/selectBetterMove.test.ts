// "Could you have done better?": the best package the others would have
// accepted (the debrief's best achievable deal, docs/model.md §4), lever by
// lever beside what the game ended with, and its worth against what the
// student got.
import { describe, expect, it } from 'vitest';
import type { Debrief } from '../../src/engine/index';
import { selectBetterMove } from '../../src/store/selectBetterMove';
import { selectEnding } from '../../src/store/selectEnding';
import { MINERALS, playToEnding, RU, startUkraine, UA } from './kit';

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
    // The minerals fund, signed in week 2 and still in force, goes into no later package: the United States (who
    // signs only that lever) need not sign again, and the package is not called acceptable to it.
    expect(move).toMatchObject({ got: 62.3, best: 76.8, reached: false, acceptableTo: 'Russia' });
    const term = { settledWeek: null, redLineOf: '', proposedBy: '' };
    expect(move?.terms).toEqual([
      { ...term, lever: 'Minerals fund', option: 'A joint fund', keep: false, ended: null, settledWeek: 2 },
      { ...term, lever: 'Ceasefire', option: 'Full ceasefire', keep: false, ended: 'Partial ceasefire' },
      { ...term, lever: 'Sanctions relief', option: 'Keep sanctions', keep: true, ended: 'Relief' },
      { ...term, lever: 'Elections in Ukraine', option: 'Early elections', keep: false, ended: 'No early elections' },
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

/** The same ending, with `option` on `lever` one of Russia's hidden red lines. */
function withRussianRedLine(debrief: Debrief, lever: number, option: number): Debrief {
  const actors = debrief.scenario.actors.map((a) =>
    a.index !== RU
      ? a
      : {
          ...a,
          profile: {
            ...a.profile,
            redLines: a.profile.redLines.map((row, l) => row.map((red, o) => red || (l === lever && o === option))),
          },
        },
  );
  return { ...debrief, scenario: { ...debrief.scenario, actors } };
}

describe('a term the student may not propose', () => {
  it('names who may: another side would have had to put it on the table', () => {
    const debrief = endedGame();
    const ceasefire = debrief.scenario.levers.find((l) => l.name === 'Ceasefire')!;
    const levers = debrief.scenario.levers.map((l) => (l === ceasefire ? { ...l, proposers: [RU] } : l));
    const move = selectBetterMove({ debrief: { ...debrief, scenario: { ...debrief.scenario, levers } } });
    expect(move?.terms.find((t) => t.lever === 'Ceasefire')?.proposedBy).toBe('Russia');
    // A term left as it was needs no one to propose it.
    expect(move?.terms.find((t) => t.lever === 'Sanctions relief')?.proposedBy).toBe('');
  });
});

describe("a signed clause across another side's hidden red line", () => {
  it('is named in "What mattered" and marked on the better package, which did not need that side to sign it', () => {
    const debrief = withRussianRedLine(endedGame(), MINERALS, 1);
    const ending = selectEnding({ debrief, branch: false });
    expect(ending?.redLinesSigned).toEqual([
      "Your offer of week 1, signed in week 2, put “A joint fund” (Minerals fund) in force: Russia's red line (hidden: never declared) — Russia would sign no package containing it; its signature was not needed for this lever, so it could not stop it. It was still in force at the end.",
    ]);
    const minerals = selectBetterMove({ debrief })?.terms.find((t) => t.lever === 'Minerals fund');
    expect(minerals).toMatchObject({ redLineOf: 'Russia', settledWeek: 2, ended: null });
    // Without the red line, nothing is named.
    expect(selectEnding({ debrief: endedGame(), branch: false })?.redLinesSigned).toEqual([]);
  });
});
