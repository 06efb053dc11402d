/**
 * Packages, answers and signatures (docs/model.md §3, steps 2–3), told as short
 * games on tests/fixtures/three.yaml: alpha and beta sign the port (gamma may
 * propose it), beta and gamma sign the fishing quota, alpha alone signs the
 * canal. Tension stays at 40 throughout, so alpha's RV is 26, beta's 66 and
 * gamma's 26, and each surplus below is computed by hand from the fixture's
 * header.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/game/Action';
import { checkAction } from '../../../src/engine/game/checkAction';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { fixture, ordersFor, Table } from './kit';

const scenario = fixture('three');
const on = ordersFor(scenario);
const pub = publicScenarioOf(scenario);
/** A seed whose keyed early-end draws (weeks 3 and 4) let the talks run to week 5. */
const SEED = 1;

describe('a package', () => {
  it('is signed when every other party accepts it in the next week', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }));
    t.week(on.accept('beta', 'w1-alpha-1'));
    // alpha: 0.6·60 − 4 = 32, surplus 6; beta: 0.4·70 + 0.4·50 + 0.2·100 − 4 = 64, surplus −2.
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer to Beta (The port: Shared).
      Week 2 of 5
      Beta accepts Alpha's offer of week 1.
      Signed: Alpha's offer of week 1 (The port: Shared), by Alpha and Beta; the signer it suited least was 2 worse off with it than with no deal.
      Week 3 of 5"
    `);
    expect(t.state.levers[on.lever('port')]).toEqual({
      option: on.option('port', 'shared'),
      settled: true,
      open: true,
    });
  });

  it('falls when a party rejects it', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }));
    t.week(on.reject('beta', 'w1-alpha-1'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta rejects Alpha's offer of week 1.
      Alpha's offer of week 1 expires: not every party accepted it.
      Week 3 of 5"
    `);
    expect(t.state.levers[on.lever('port')]!.settled).toBe(false);
  });

  it('expires when a party does not answer', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }));
    t.week();
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta gives no answer to Alpha's offer of week 1.
      Alpha's offer of week 1 expires: not every party accepted it.
      Week 3 of 5"
    `);
    expect(t.state.inbox).toEqual([]);
  });

  it('can be countered: the original falls, the counter is delivered and can be signed a week later', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'leased' }));
    t.week(on.counter('beta', 'w1-alpha-1', { port: 'shared' }));
    t.week(on.accept('alpha', 'w2-beta-1'));
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer to Beta (The port: Leased).
      Week 2 of 5
      Beta counters Alpha's offer of week 1.
      Alpha's offer of week 1 expires: not every party accepted it.
      Beta answers Alpha's offer of week 1 with a counter-offer to Alpha (The port: Shared).
      Week 3 of 5
      Alpha accepts Beta's counter-offer of week 2.
      Signed: Beta's counter-offer of week 2 (The port: Shared), by Alpha and Beta; the signer it suited least was 2 worse off with it than with no deal.
      Week 4 of 5"
    `);
    expect(t.state.levers[on.lever('port')]!.option).toBe(on.option('port', 'shared'));
  });

  it('conflicting with another signed the same week on the same lever: the least-satisfied party decides, the loser is void', () => {
    const t = new Table(scenario, SEED);
    // alpha asks for the lease; gamma (who may propose the port) suggests sharing it.
    t.week(on.propose('alpha', { port: 'leased' }), on.propose('gamma', { port: 'shared' }));
    // Everyone accepts everything: both are signed in week 2.
    t.week(on.accept('beta', 'w1-alpha-1'), on.accept('alpha', 'w1-gamma-1'), on.accept('beta', 'w1-gamma-1'));
    // w1-alpha-1 (lease): alpha 60 − 4 − 26 = 30, beta 16 + 20 + 20 − 4 − 66 = −14 → least satisfied −14.
    // w1-gamma-1 (shared): alpha 36 − 4 − 26 = 6, beta 28 + 20 + 20 − 4 − 66 = −2, gamma 10 + 40 − 4 − 26 = 20 → −2.
    // So gamma's package ranks first although alpha's id sorts first, and alpha's is void.
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta accepts Alpha's offer of week 1.
      Alpha accepts Gamma's offer of week 1.
      Beta accepts Gamma's offer of week 1.
      Signed: Gamma's offer of week 1 (The port: Shared), by Alpha, Beta and Gamma; the signer it suited least was 2 worse off with it than with no deal.
      Alpha's offer of week 1 falls: The port was already settled by Gamma's offer of week 1.
      Week 3 of 5"
    `);
    expect(t.state.levers[on.lever('port')]!.option).toBe(on.option('port', 'shared'));
  });

  it('on a lever settled since it was made is void, even when everyone accepts it', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }));
    // Week 2 begins with the port open: gamma may still propose it, while alpha's package is signed.
    t.week(on.accept('beta', 'w1-alpha-1'), on.propose('gamma', { port: 'leased' }));
    t.week(on.accept('alpha', 'w2-gamma-1'), on.accept('beta', 'w2-gamma-1'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Alpha accepts Gamma's offer of week 2.
      Beta accepts Gamma's offer of week 2.
      Gamma's offer of week 2 falls: The port was already settled by an earlier deal.
      Week 4 of 5"
    `);
    expect(t.state.levers[on.lever('port')]!.option).toBe(on.option('port', 'shared'));
  });

  it('whose only party is its proposer is signed at the answers step of the next week', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { canal: 'dug' }));
    expect(t.state.levers[on.lever('canal')]!.settled).toBe(false);
    t.week();
    // alpha: 0.4·100 − 4 = 36 against RV 26.
    expect(t.log()).toMatchInlineSnapshot(`
      "Week 1 of 5
      Alpha makes an offer that it alone signs (The canal: Dug).
      Week 2 of 5
      Signed: Alpha's offer of week 1 (The canal: Dug), by Alpha; its only signer was 10 better off with it than with no deal.
      Week 3 of 5"
    `);
    expect(t.state.levers[on.lever('canal')]!.settled).toBe(true);
  });

  it('copies others in without making them parties', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }, ['gamma']));
    expect(t.state.inbox[0]).toMatchObject({
      parties: [on.actor('alpha'), on.actor('beta')],
      copied: [on.actor('gamma')],
    });
    expect(t.lastLog()).toContain('Alpha makes an offer to Beta, copied to Gamma (The port: Shared).');
  });
});

describe('a broken red line', () => {
  it('costs the signer support', () => {
    const t = new Table(scenario, SEED);
    t.week(on.redLine('beta', 'port', 'leased'), on.propose('alpha', { port: 'leased' }));
    t.week(on.accept('beta', 'w1-alpha-1'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta accepts Alpha's offer of week 1.
      Signed: Alpha's offer of week 1 (The port: Leased), by Alpha and Beta; the signer it suited least was 14 worse off with it than with no deal.
      Beta signs across its own red line on The port (“Leased”).
      Support for Beta's queen fell from 55 to 47: Beta signed across its own red line on The port.
      Week 3 of 5"
    `);
    expect(t.state.values[on.value('support.beta')]).toBe(55 - 8);
    expect(t.state.redLines[on.actor('beta')]![on.lever('port')]).toEqual([on.option('port', 'leased')]);
  });
});

describe('refused orders', () => {
  it('a second package on a lever the actor already has in play (LEVER_IN_PLAY), this week or awaiting answers', () => {
    const first = on.propose('alpha', { port: 'shared' });
    const second = on.propose('alpha', { port: 'leased', canal: 'dug' });
    const start = new Table(scenario, SEED).state;
    expect(checkAction(pub, start, [first], second)?.code).toBe('LEVER_IN_PLAY');
    const both = new Table(scenario, SEED);
    both.week(first, second);
    expect(both.refusedCodes()).toEqual(['LEVER_IN_PLAY']);
    // The refused order leaves no trace: the week is exactly the week without it.
    const alone = new Table(scenario, SEED);
    alone.week(first);
    expect(both.state).toEqual(alone.state);
    expect(both.log()).toBe(alone.log());
    expect(both.state.inbox.map((p) => p.id)).toEqual(['w1-alpha-1']);
    // Next week the package is still in play until it is answered; other levers are free.
    expect(checkAction(pub, both.state, [], on.propose('alpha', { port: 'leased' }))?.code).toBe('LEVER_IN_PLAY');
    expect(checkAction(pub, both.state, [], on.propose('alpha', { canal: 'dug' }))).toBeNull();
  });

  it('a lever proposed by someone who neither signs it nor is named to propose it (NOT_A_PROPOSER)', () => {
    const t = new Table(scenario, SEED);
    const week = t.week(on.propose('alpha', { fish: 'high' }));
    expect(week.refused.map((r) => r.refusal)).toMatchObject([{ code: 'NOT_A_PROPOSER', lever: on.lever('fish') }]);
    // The message names who may propose it.
    expect(week.refused[0]!.refusal.message).toContain('Beta and Gamma');
    expect(t.state.inbox).toEqual([]);
  });

  it('a clause that keeps the status quo (STATUS_QUO_CLAUSE)', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('gamma', { port: 'shared', fish: 'mid' }));
    expect(t.last!.refused.map((r) => r.refusal)).toMatchObject([
      { code: 'STATUS_QUO_CLAUSE', lever: on.lever('fish'), option: on.option('fish', 'mid'), clause: 1 },
    ]);
    expect(t.state.inbox).toEqual([]);
  });

  it('any package in the last week (LAST_WEEK), since nobody could answer it', () => {
    const t = new Table(scenario, SEED);
    for (let week = 1; week < scenario.turns.count; week++) t.week();
    expect(t.state).toMatchObject({ week: 5, ended: null });
    t.week(on.propose('alpha', { canal: 'dug' }), on.counter('beta', 'w4-alpha-1', { fish: 'low' }));
    expect(t.refusedCodes()).toEqual(['LAST_WEEK', 'NO_SUCH_PACKAGE']);
    expect(t.lastLog()).toMatchInlineSnapshot(`"The talks are over in week 5: No deal."`);
  });

  it('answers by non-parties, the proposer itself, twice, or to unknown packages', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }));
    const s = t.state;
    const code = (prior: Action[], a: Action) => checkAction(pub, s, prior, a)?.code;
    expect(code([], on.accept('gamma', 'w1-alpha-1'))).toBe('NOT_A_PARTY');
    expect(code([], on.accept('alpha', 'w1-alpha-1'))).toBe('OWN_PACKAGE');
    expect(code([on.accept('beta', 'w1-alpha-1')], on.reject('beta', 'w1-alpha-1'))).toBe('ALREADY_ANSWERED');
    expect(code([], on.accept('beta', 'w0-alpha-9'))).toBe('NO_SUCH_PACKAGE');
  });

  it('more than the actor has action points (NOT_ENOUGH_POINTS)', () => {
    const t = new Table(scenario, SEED);
    t.week(on.pressure('blockade'), on.propose('alpha', { port: 'shared' }), on.propose('alpha', { canal: 'dug' }));
    expect(t.last!.refused.map((r) => r.refusal)).toMatchObject([{ code: 'NOT_ENOUGH_POINTS', cost: 1, left: 0 }]);
  });
});
