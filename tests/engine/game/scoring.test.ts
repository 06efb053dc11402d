/**
 * Scoring (docs/model.md §4), with numbers computed by hand from the header of
 * tests/fixtures/three.yaml. Tension stays at 40, so every reservation value
 * is the same at the start and at the end: alpha 26, beta 66, gamma 26.
 *
 * The best achievable deal searches every combination of options from the
 * status quo; the fishing quota's status quo is its middle option, so the
 * search must also reach options listed before a status quo.
 */
import { describe, expect, it } from 'vitest';
import { envOf } from '../../../src/engine/game/envOf';
import { startEnvOf } from '../../../src/engine/game/startEnvOf';
import { scoreActors } from '../../../src/engine/model/scoreActor';
import { fixture, ordersFor, Table } from './kit';

const scenario = fixture('three');
const on = ordersFor(scenario);
const SEED = 1;

function scoresAtEnd(t: Table) {
  while (!t.state.ended) t.week();
  return scoreActors(scenario, scoresInput(t));
}

function scoresInput(t: Table) {
  return {
    startEnv: startEnvOf(scenario),
    endEnv: envOf(scenario, t.state),
    finalOptions: t.state.levers.map((l) => l.option),
    declared: t.state.redLines,
  };
}

const options = (spec: Record<string, string>) =>
  scenario.levers.map((l) => (spec[l.id] ? on.option(l.id, spec[l.id]!) : l.statusQuo));

describe('scoreActors', () => {
  it('scores a leased port: good for alpha and gamma, poor for beta', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'leased' }));
    t.week(on.accept('beta', 'w1-alpha-1'));
    const [alpha, beta, gamma] = scoresAtEnd(t);

    // alpha: u = 0.6·100 − 4 = 56; result 56 − 26 = 30 (beta's order signed across its
    // own red line: a player may, the computer never does).
    // Its best deal: a leased port is beta's red line, so never in it; a shared port
    // with the canal dug leaves beta at 28 + 40 + 0 − 4 = 64 < 66 even with the fish
    // low; a shared port alone, fish low, gives alpha 36 − 4 = 32; the canal dug gives
    // 40 − 4 = 36, alone or with the fish low (beta 40 + 40 + 0 − 4 = 76, gamma 0 + 32 − 4
    // = 28 accept), which comes first in the odometer's order. Best 36, good from
    // ½·(36 − 26) = 5.
    expect(alpha).toEqual({
      actor: 0,
      utility: 56,
      startReservation: 26,
      endReservation: 26,
      result: 30,
      best: 36,
      bestOptions: options({ fish: 'low', canal: 'dug' }),
      goodThreshold: 5,
      good: true,
    });
    // beta: u = 0.4·40 + 0.4·50 + 0.2·100 − 4 = 52; result 52 − 66 = −14.
    // Its best: port closed, fish low, no canal (40 + 40 + 20 − 4 = 96), which gamma
    // accepts (0 + 32 − 4 = 28 ≥ 26). Good from ½·(96 − 66) = 15.
    expect(beta).toEqual({
      actor: 1,
      utility: 52,
      startReservation: 66,
      endReservation: 66,
      result: -14,
      best: 96,
      bestOptions: options({ fish: 'low' }),
      goodThreshold: 15,
      good: false,
    });
    // gamma: u = 0.2·100 + 0.8·50 − 4 = 56; result 56 − 26 = 30.
    // Its best: beta refuses any high quota (at most 40 + 0 + 20 − 4 = 56 < 66), a leased
    // port (its red line) and a shared one without a low quota, so: port shared, fish low
    // (10 + 32 − 4 = 38; beta 28 + 40 + 20 − 4 = 84, alpha 36 − 4 = 32 ≥ 26).
    // Good from ½·(38 − 26) = 6.
    expect(gamma).toEqual({
      actor: 2,
      utility: 56,
      startReservation: 26,
      endReservation: 26,
      result: 30,
      best: 38,
      bestOptions: options({ port: 'shared', fish: 'low' }),
      goodThreshold: 6,
      good: true,
    });
  });

  it('scores a game with no deal: everyone keeps the status quo and falls short', () => {
    const scores = scoresAtEnd(new Table(scenario, SEED));
    // Status quo: alpha −4, beta 40 + 20 + 20 − 4 = 76, gamma 0 + 40 − 4 = 36.
    // beta's 10 over its start RV is still short of the 15 a good outcome needs, gamma's
    // 10 is above its 6.
    expect(scores.map((s) => [s.result, s.goodThreshold, s.good])).toEqual([
      [-4 - 26, 5, false],
      [76 - 66, 15, false],
      [36 - 26, 6, true],
    ]);
  });

  it('leaves out a package that crosses a red line another signatory declared', () => {
    const t = new Table(scenario, SEED);
    while (!t.state.ended) t.week();
    const none = scenario.levers.map(() => []);
    const fishLow = [on.option('fish', 'low')];
    const declared = [none, none, scenario.levers.map((l) => (l.id === 'fish' ? fishLow : []))];
    const [alpha, beta] = scoreActors(scenario, { ...scoresInput(t), declared });
    // gamma has declared it will never sign a low quota: beta's best (port closed, fish
    // low, 96) is gone, and nothing else beats its status quo (76), so good from
    // ½·(76 − 66) = 5, which its 10 reaches; alpha's best is the canal alone.
    expect([beta!.best, beta!.goodThreshold, beta!.good]).toEqual([76, 5, true]);
    expect(alpha!.bestOptions).toEqual(options({ canal: 'dug' }));
  });

  it('measures against the reservation value at the start, so wrecking the world never raises a grade', () => {
    // The blockade and the calming talks leave tension at 50: every utility and the end RVs drop by 1.
    const t = new Table(scenario, SEED);
    t.week(on.pressure('blockade'), on.pressure('calm'));
    const [alpha] = scoresAtEnd(t);
    expect(alpha).toMatchObject({ utility: -5, startReservation: 26, endReservation: 25, result: -31 });
  });

  it('gives a threshold of 0 when even the best deal is below the start RV (minimal.yaml)', () => {
    const minimal = fixture('minimal');
    const m = new Table(minimal, SEED);
    while (!m.state.ended) m.week();
    expect(m.state.ended).toMatchObject({ week: 6, early: false });
    const start = startEnvOf(minimal);
    const [north] = scoreActors(minimal, {
      startEnv: start,
      endEnv: envOf(minimal, m.state),
      finalOptions: m.state.levers.map((l) => l.option),
      declared: m.state.redLines,
    });
    // Tension drifts 50 → 56 over six weeks. North: u = 0.7·100 + 0.3·20 − 5.6 = 70.4, RV at the start 80 − 5 − 2 = 73.
    // Every change needs South, whose status quo (0 + 40 − 5.6 = 34.4) is exactly its end RV (40 − 5.6): nothing better
    // for North passes, so its best is the status quo, below its start RV, and the threshold is max(0, ½·(70.4 − 73)) = 0.
    expect(north!.utility).toBeCloseTo(70.4, 10);
    expect(north!.best).toBeCloseTo(70.4, 10);
    expect(north!.startReservation).toBeCloseTo(73, 10);
    expect(north!.goodThreshold).toBe(0);
    expect(north!.good).toBe(false);
  });
});
