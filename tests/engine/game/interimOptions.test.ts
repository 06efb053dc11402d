/**
 * An interim option (docs/model.md §3.2): a lever signed at an option with
 * `leads_to` may still be moved, by a later package, to what it leads to —
 * and nowhere else. Told on tests/fixtures/three.yaml with the port's
 * "Shared" made an interim step towards "Leased".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkAction, checkClause } from '../../../src/engine/game/checkAction';
import { legalActions } from '../../../src/engine/game/legalActions';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { fixture, ordersFor, Table } from './kit';

/** three.yaml with `leads_to` set on the port's options (by option index). */
function threeWith(leadsTo: Readonly<Record<number, readonly string[]>>) {
  const doc = parseDocument(readFileSync('tests/fixtures/three.yaml', 'utf8'));
  for (const [k, to] of Object.entries(leadsTo)) doc.setIn(['levers', 0, 'options', Number(k), 'leads_to'], [...to]);
  const loaded = loadScenario(new TextEncoder().encode(doc.toString()), 'three.yaml');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return loaded.scenario;
}

const scenario = threeWith({ 1: ['leased'] });
const on = ordersFor(scenario);
const pub = publicScenarioOf(scenario);
const SEED = 1;

/** The port signed at "Shared" in week 2. */
function signedShared(): Table {
  const t = new Table(scenario, SEED);
  t.week(on.propose('alpha', { port: 'shared' }));
  t.week(on.accept('beta', 'w1-alpha-1'));
  expect(t.state.levers[on.lever('port')]).toEqual({ option: on.option('port', 'shared'), settled: true, open: true });
  return t;
}

describe('a lever signed at an interim option', () => {
  it('may be moved by a later package to what the option leads to, and stays settled', () => {
    const t = signedShared();
    const move = on.propose('alpha', { port: 'leased' });
    expect(checkAction(pub, t.state, [], move)).toBeNull();
    expect(legalActions(pub, t.state, on.actor('alpha')).proposable).toContainEqual({
      lever: on.lever('port'),
      options: [on.option('port', 'leased')],
    });
    t.week(move);
    t.week(on.accept('beta', 'w3-alpha-1'));
    expect(t.lastLog()).toContain("Signed: Alpha's offer of week 3 (The port: Leased), by Alpha and Beta");
    expect(t.state.levers[on.lever('port')]).toEqual({
      option: on.option('port', 'leased'),
      settled: true,
      open: true,
    });
  });

  it('may not go back, and names the only way on when refused', () => {
    const t = signedShared();
    const back = checkAction(pub, t.state, [], on.propose('alpha', { port: 'closed' }));
    expect(back?.code).toBe('LEVER_SETTLED');
    expect(back?.message).toBe('The port is signed at “Shared”; a deal may now only make it “Leased”.');
  });

  it("takes no statement: a red line on it is refused in a statement's words", () => {
    const t = signedShared();
    const refused = checkAction(pub, t.state, [], on.redLine('alpha', 'port', 'leased'));
    expect(refused?.code).toBe('LEVER_SETTLED');
    expect(refused?.message).toBe('The port is signed at “Shared”: no statement on it is possible now.');
  });

  it('is locked once it reaches an option that leads nowhere', () => {
    const t = signedShared();
    t.week(on.propose('alpha', { port: 'leased' }));
    t.week(on.accept('beta', 'w3-alpha-1'));
    // Week 5 is the last, when no package may be made at all: the clause is checked on its own.
    const again = checkClause(
      pub,
      t.state,
      new Set(),
      on.actor('alpha'),
      on.lever('port'),
      on.option('port', 'shared'),
    );
    expect(again?.code).toBe('LEVER_SETTLED');
    expect(again?.message).toBe('The port is already settled (Leased).');
  });

  it('without leads_to, is final: the same move is refused', () => {
    const plain = fixture('three');
    const t = new Table(plain, SEED);
    const o = ordersFor(plain);
    t.week(o.propose('alpha', { port: 'shared' }));
    t.week(o.accept('beta', 'w1-alpha-1'));
    expect(checkAction(publicScenarioOf(plain), t.state, [], o.propose('alpha', { port: 'leased' }))?.code).toBe(
      'LEVER_SETTLED',
    );
  });

  it('signs both packages of a week when the interim one ranks first', () => {
    // Both packages are signed in week 2; "Shared" ranks first (alpha and beta's least surplus is higher there),
    // so the lease, which "Shared" leads to, is signed after it; with the lease first, "Shared" would fall.
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }), on.propose('gamma', { port: 'leased' }));
    t.week(on.accept('beta', 'w1-alpha-1'), on.accept('alpha', 'w1-gamma-1'), on.accept('beta', 'w1-gamma-1'));
    expect(t.state.levers[on.lever('port')]).toEqual({
      option: on.option('port', 'leased'),
      settled: true,
      open: true,
    });
    expect(t.lastLog()).not.toContain('falls');
  });
});

describe('a lever signed at an interim option, in the same week', () => {
  it('voids a second package that would set the option it was just signed at', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'shared' }), on.propose('gamma', { port: 'shared' }));
    t.week(on.accept('beta', 'w1-alpha-1'), on.accept('alpha', 'w1-gamma-1'), on.accept('beta', 'w1-gamma-1'));
    expect(t.lastLog()).toMatch(/offer of week 1 falls: The port was already settled by/);
    expect(t.state.levers[on.lever('port')]).toEqual({
      option: on.option('port', 'shared'),
      settled: true,
      open: true,
    });
  });
});

describe('leads_to in a scenario file', () => {
  it('may not lead back to the status quo or to the option itself', () => {
    for (const to of [['closed'], ['shared']]) {
      const doc = parseDocument(readFileSync('tests/fixtures/three.yaml', 'utf8'));
      doc.setIn(['levers', 0, 'options', 1, 'leads_to'], to);
      const loaded = loadScenario(new TextEncoder().encode(doc.toString()), 'three.yaml');
      expect(loaded.ok).toBe(false);
      expect(loaded.diagnostics.map((d) => d.code)).toContain('LEADS_TO_BACK');
    }
  });

  it('may not come back round through what it leads to', () => {
    const doc = parseDocument(readFileSync('tests/fixtures/three.yaml', 'utf8'));
    doc.setIn(['levers', 0, 'options', 1, 'leads_to'], ['leased']);
    doc.setIn(['levers', 0, 'options', 2, 'leads_to'], ['shared']);
    const loaded = loadScenario(new TextEncoder().encode(doc.toString()), 'three.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.filter((d) => d.code === 'LEADS_TO_BACK').map((d) => d.message)).toEqual([
      'Option `shared` of lever `port` leads back to itself through what it leads to: a signed lever can only move on.',
      'Option `leased` of lever `port` leads back to itself through what it leads to: a signed lever can only move on.',
    ]);
  });

  it('names an option once however often it is listed', () => {
    const twice = threeWith({ 1: ['leased', 'leased'] });
    expect(twice.levers[0]!.options[1]!.leadsTo).toEqual([on.option('port', 'leased')]);
  });
});
