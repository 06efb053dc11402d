/**
 * The world's side of a week (docs/model.md §3): pressure and its cost to its
 * user, effects summed then clamped once, keyed draws between two sets,
 * events that break a settled lever, and the end check — terminal endings,
 * the keyed early end and the deadline. Told on tests/fixtures/three.yaml
 * (tension starts at 40; alpha's blockade adds 70, gamma's calming talks
 * take 60 away; at 90 the crisis ends the game).
 */
import { describe, expect, it } from 'vitest';
import { checkAction } from '../../../src/engine/game/checkAction';
import { createGame } from '../../../src/engine/game/createGame';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveEffects } from '../../../src/engine/game/resolveEffects';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import { keyedUnit } from '../../../src/engine/rng/keyedUnit';
import type { CompiledEffects } from '../../../src/engine/scenario/CompiledScenario';
import { fixture, logOf, ordersFor, Table } from './kit';

const scenario = fixture('three');
const on = ordersFor(scenario);
const pub = publicScenarioOf(scenario);
const SEED = 1;
const TENSION = on.value('world.tension');

describe('pressure', () => {
  it('costs its user, then waits out its cooldown (COOLDOWN)', () => {
    const t = new Table(scenario, SEED);
    t.week(on.pressure('blockade'), on.pressure('calm'));
    // blockade: cooldown 2 → used in week 1, ready again in week 4.
    expect(t.state.readyWeek[on.pressure('blockade').pressure]).toBe(4);
    expect(t.state.values[on.value('support.alpha')]).toBe(60 - 5);
    expect(t.state.values[on.value('support.gamma')]).toBe(50 - 2);
    t.week(on.pressure('blockade'));
    expect(t.last!.refused.map((r) => r.refusal)).toMatchObject([
      { code: 'COOLDOWN', pressure: on.pressure('blockade').pressure, readyWeek: 4 },
    ]);
    expect(t.state.values[on.value('support.alpha')]).toBe(55);
    t.week();
    expect(checkAction(pub, t.state, [], on.pressure('blockade'))).toBeNull();
  });

  it('is refused twice in one week’s orders (ALREADY_ORDERED, not a cooldown), and to anyone but its owner', () => {
    const { state } = createGame(scenario, SEED);
    const calm = on.pressure('calm');
    expect(checkAction(pub, state, [calm], { ...calm })).toMatchObject({
      code: 'ALREADY_ORDERED',
      pressure: calm.pressure,
    });
    expect(checkAction(pub, state, [], { ...calm, actor: on.actor('beta') })?.code).toBe('NOT_YOUR_PRESSURE');
  });

  it('from two actors adds to one value: the adds are summed, then clamped once', () => {
    const t = new Table(scenario, SEED);
    t.week(on.pressure('blockade'), on.pressure('calm'));
    // 40 + 70 − 60 = 50. Clamping after each add would give 40 (70 first: 100, then 40) or 70 (−60 first: 0, then 70).
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha applies pressure: Naval blockade.
      Gamma applies pressure: Calming talks.
      Tension rose from 40 to 50: Alpha's pressure “Naval blockade” (+70); Gamma's pressure “Calming talks” (−60).
      Support for Alpha's doge fell from 60 to 55: Alpha's pressure “Naval blockade”.
      Support for Gamma's chancellor fell from 50 to 48: Gamma's pressure “Calming talks”.
      Week 2 of 5"
    `);
    expect(t.state.values[TENSION]).toBe(50);
  });

  it('pushing tension to 90 ends the game at once: a terminal ending', () => {
    const t = new Table(scenario, SEED);
    t.week(on.pressure('blockade'), on.propose('alpha', { canal: 'dug' }));
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha applies pressure: Naval blockade.
      Tension rose from 40 to 100; Support for Alpha's doge fell from 60 to 55: Alpha's pressure “Naval blockade”.
      Alpha makes an offer that it alone signs (The canal: Dug).
      The talks are over in week 1: Crisis."
    `);
    expect(t.state.ended).toEqual({
      ending: scenario.endings.findIndex((e) => e.id === 'crisis'),
      week: 1,
      early: false,
    });
    // Once over, nothing more is accepted or resolved.
    const after = resolveWeek(scenario, t.state, [on.propose('beta', { fish: 'low' })]);
    expect(after.events).toEqual([]);
    expect(after.state).toBe(t.state);
    expect(after.refused.map((r) => r.refusal.code)).toEqual(['GAME_OVER']);
  });
});

describe('effects that set one value twice', () => {
  const set = (n: number): CompiledEffects => ({
    add: [],
    set: [{ target: TENSION, expr: { source: String(n), fn: () => n, names: [] } }],
    open: [],
    break: [],
  });
  const add = (n: number): CompiledEffects => ({
    add: [{ target: TENSION, expr: { source: String(n), fn: () => n, names: [] } }],
    set: [],
    open: [],
    break: [],
  });

  it('go to a keyed draw, which is logged, and the adds come on top', () => {
    const { state } = createGame(scenario, SEED);
    const events = resolveEffects(
      scenario,
      state,
      [
        { effects: set(20), because: { kind: 'news', event: 0 } },
        { effects: set(80), because: { kind: 'pressure', pressure: 0 } },
        { effects: add(5), because: { kind: 'pressure', pressure: 1 } },
      ],
      'news',
    );
    const chosen = Math.floor(keyedUnit(SEED, 1, 'set', 'news', TENSION) * 2);
    // The change names what moved it: the effect the draw chose, then the add.
    const causes = [
      [
        { kind: 'news', event: 0, set: 20 },
        { kind: 'pressure', pressure: 0, set: 80 },
      ][chosen],
      { kind: 'pressure', pressure: 1, by: 5 },
    ];
    expect(events).toEqual([
      { type: 'tie_drawn', index: TENSION, candidates: [20, 80], chosen },
      {
        type: 'values_changed',
        cause: 'news',
        changes: [{ index: TENSION, from: 40, to: [20, 80][chosen]! + 5, causes }],
      },
    ]);
    expect(logOf(scenario, events)).toMatchInlineSnapshot(`
      "Several effects set Tension at once (to 20 or 80); a draw chose 80.
      Tension rose from 40 to 85: Alpha's pressure “Naval blockade” (set to 80); Gamma's pressure “Calming talks” (+5)."
    `);
  });

  it('read the state at the step’s start, whatever their order', () => {
    const { state } = createGame(scenario, SEED);
    // One pressure's cost and effects: one cause, whatever their order.
    const because = { kind: 'pressure', pressure: 0 } as const;
    const a = resolveEffects(
      scenario,
      state,
      [add(70), add(-60)].map((effects) => ({ effects, because })),
      'pressure',
    );
    const b = resolveEffects(
      scenario,
      state,
      [add(-60), add(70)].map((effects) => ({ effects, because })),
      'pressure',
    );
    expect(a).toEqual(b);
    expect(a).toMatchObject([{ changes: [{ causes: [{ kind: 'pressure', pressure: 0, by: 10 }] }] }]);
  });
});

describe('an event', () => {
  it('breaks a settled lever: it returns to its status quo and is open again', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { canal: 'dug' }));
    t.week();
    t.week();
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer that it alone signs (The canal: Dug).
      Week 2 of 5
      Signed: Alpha's offer of week 1 (The canal: Dug), by Alpha; its only signer was 10 better off with it than with no deal.
      Week 3 of 5
      Week 4 of 5
      Simulated: A landslide fills the new canal.
      Broken: The canal returns to “No canal” and is open again."
    `);
    expect(t.state.levers[on.lever('canal')]).toEqual({
      option: scenario.levers[on.lever('canal')]!.statusQuo,
      settled: false,
      open: true,
    });
    // Open again: alpha may propose it anew.
    expect(checkAction(pub, t.state, [], on.propose('alpha', { canal: 'dug' }))).toBeNull();
  });

  it('whose condition fails does not fire', () => {
    const t = new Table(scenario, SEED);
    for (let week = 1; week <= 3; week++) t.week();
    expect(t.log()).not.toContain('landslide');
    expect(t.state.fired).toEqual([0]);
  });
});

describe('the end', () => {
  /** The first seed from 1 up whose talks end early when nobody does anything. */
  function firstEarlyEnd(): { seed: number; week: number } {
    for (let seed = 1; seed < 1000; seed++) {
      const t = new Table(scenario, seed);
      while (!t.state.ended) t.week();
      if (t.state.ended.early) return { seed, week: t.state.ended.week };
    }
    throw new Error('no early end in 1000 seeds');
  }

  it('can come early by a keyed draw, from the scenario’s week on; packages delivered that week expire', () => {
    const found = firstEarlyEnd();
    expect(found).toEqual({ seed: 2, week: 3 });
    expect(keyedUnit(2, 3, 'early_end')).toBeLessThan(0.3);
    const t = new Table(scenario, found.seed);
    t.week(on.propose('alpha', { port: 'shared' }));
    t.week(on.accept('beta', 'w1-alpha-1'));
    t.week(on.propose('gamma', { fish: 'high' }));
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer to Beta (The port: Shared).
      Week 2 of 5
      Beta accepts Alpha's offer of week 1.
      Signed: Alpha's offer of week 1 (The port: Shared), by Alpha and Beta; the signer it suited least was 2 worse off with it than with no deal.
      Week 3 of 5
      Gamma makes an offer to Beta (Fishing quota: High).
      The talks end early: from week 3, each week had a 30% chance of it.
      Gamma's offer of week 3 expires: not every party accepted it.
      The talks are over in week 3, ended early: Partial deal."
    `);
    expect(t.state.ended).toMatchObject({ week: 3, early: true });
    expect(scenario.endings[t.state.ended!.ending]!.id).toBe('partial');
  });

  it('comes after the last week, classified by the highest-priority classification that holds', () => {
    const idle = new Table(scenario, SEED);
    while (!idle.state.ended) idle.week();
    expect(idle.state.ended).toEqual({
      ending: scenario.endings.findIndex((e) => e.id === 'no_deal'),
      week: 5,
      early: false,
    });
    // A canal dug in week 2 and broken by the landslide of week 4 leaves nothing settled: still no deal.
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { canal: 'dug' }));
    while (!t.state.ended) t.week();
    expect(scenario.endings[t.state.ended!.ending]!.id).toBe('no_deal');
    const deal = new Table(scenario, SEED);
    deal.week(on.propose('alpha', { port: 'shared' }));
    deal.week(on.accept('beta', 'w1-alpha-1'));
    while (!deal.state.ended) deal.week();
    expect(scenario.endings[deal.state.ended!.ending]!.id).toBe('partial');
  });

  it('is terminal as soon as both port and fish are settled', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }), on.propose('beta', { fish: 'low' }));
    t.week(on.accept('beta', 'w1-alpha-1'), on.accept('gamma', 'w1-beta-1'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta accepts Alpha's offer of week 1.
      Gamma accepts Beta's offer of week 1.
      Signed: Beta's offer of week 1 (Fishing quota: Low), by Beta and Gamma; the signer it suited least was 2 better off with it than with no deal.
      Signed: Alpha's offer of week 1 (The port: Shared), by Alpha and Beta, the second signed this week; the signer it suited least was 2 worse off with it than with no deal.
      The talks are over in week 2: Harbour deal."
    `);
  });
});
