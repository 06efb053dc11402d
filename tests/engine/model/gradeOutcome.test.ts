/**
 * Grades on known inputs: the three grades, the boundaries between them
 * (a result exactly at the good threshold is strong, exactly 0 is fair, just
 * below 0 is weak), rounding to one decimal, and the whole chain from
 * scoreActors on tests/fixtures/duo.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeOutcome } from '../../../src/engine/model/gradeOutcome';
import { startEnvOf } from '../../../src/engine/game/startEnvOf';
import { scoreActors, type ActorScore } from '../../../src/engine/model/scoreActor';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { A } from '../../ids';

/** A score as scoreActors builds it, from the reservation at the start, the best achievable utility and the result. */
function score(startReservation: number, best: number, result: number): ActorScore {
  const goodThreshold = Math.max(0, 0.5 * (best - startReservation));
  return {
    actor: A(0),
    utility: startReservation + result,
    startReservation,
    endReservation: startReservation,
    result,
    best,
    bestOptions: [],
    goodThreshold,
    good: result >= goodThreshold,
  };
}

describe('gradeOutcome', () => {
  it('grades a good outcome strong, with the numbers', () => {
    expect(gradeOutcome(score(60, 81.12, 12.4), 'Ukraine')).toEqual({
      actor: 0,
      grade: 'strong',
      sentence:
        'Strong outcome for Ukraine: +12.4 over what no deal was worth at the start (60.0); a good outcome starts at +10.6, the best achievable deal was worth +21.1.',
    });
  });

  it('grades a surplus short of good fair', () => {
    expect(gradeOutcome(score(60, 81.12, 4), 'Ukraine')).toMatchObject({
      grade: 'fair',
      sentence:
        'Fair outcome for Ukraine: +4.0 over what no deal was worth at the start (60.0), short of a good outcome, which starts at +10.6; the best achievable deal was worth +21.1.',
    });
  });

  it('grades a loss against no deal at the start weak', () => {
    expect(gradeOutcome(score(44.8, 78.6, -1), 'Russia')).toMatchObject({
      grade: 'weak',
      sentence:
        'Weak outcome for Russia: 1.0 below what no deal was worth at the start (44.8); a good outcome starts at +16.9, the best achievable deal was worth +33.8.',
    });
  });

  it('puts the boundaries where docs/model.md §4 does', () => {
    // RV 50, best 70: good from +10.
    expect(gradeOutcome(score(50, 70, 10), 'A').grade).toBe('strong');
    expect(gradeOutcome(score(50, 70, 9.999), 'A').grade).toBe('fair');
    expect(gradeOutcome(score(50, 70, 0), 'A').grade).toBe('fair');
    expect(gradeOutcome(score(50, 70, -0.001), 'A').grade).toBe('weak');
    expect(gradeOutcome(score(50, 70, -0.001), 'A').sentence).toContain('A: just below what no deal was worth');
  });

  it('makes any surplus strong when no deal beats no deal at the start', () => {
    // Best 55 < RV 60: the threshold is max(0, −2.5) = 0.
    const grade = gradeOutcome(score(60, 55, 0), 'B');
    expect(grade.grade).toBe('strong');
    expect(grade.sentence).toBe(
      'Strong outcome for B: +0.0 over what no deal was worth at the start (60.0); a good outcome starts at +0.0, the best achievable deal was worth −5.0.',
    );
    expect(gradeOutcome(score(60, 55, -2), 'B').grade).toBe('weak');
  });

  it('rounds to one decimal and never prints −0.0', () => {
    const grade = gradeOutcome(score(-0.04, 20, 3.25), 'C');
    expect(grade.sentence).toContain('+3.3 over what no deal was worth at the start (0.0)');
  });

  it('grades the duo fixture from scoreActors', () => {
    const loaded = loadScenario(readFileSync('tests/fixtures/duo.yaml', 'utf8'), 'duo.yaml');
    if (!loaded.ok) throw new Error('duo.yaml does not load');
    const duo = loaded.scenario;
    const env = startEnvOf(duo);
    const grades = (finalOptions: number[]) =>
      scoreActors(duo, {
        startEnv: env,
        endEnv: env,
        finalOptions,
        declared: duo.actors.map(() => duo.levers.map(() => [])),
      }).map((s) => gradeOutcome(s, duo.actors[s.actor]!.name));
    // (shared, levied): East 80 − 40 = +40, best 80 (95 would leave West at 16 < 30), good from +20 → strong;
    // West 46 − 30 = +16, best 76 (East must get ≥ 40), good from +23 → fair.
    expect(grades([1, 1]).map((g) => g.grade)).toEqual(['strong', 'fair']);
    expect(grades([1, 1])[1]!.sentence).toBe(
      'Fair outcome for West: +16.0 over what no deal was worth at the start (30.0), short of a good outcome, which starts at +23.0; the best achievable deal was worth +46.0.',
    );
    // The status quo: East 38 − 40 = −2 → weak; West 70 − 30 = +40 ≥ 23 → strong.
    expect(grades([1, 0]).map((g) => g.grade)).toEqual(['weak', 'strong']);
  });
});
