/**
 * The loader on good input: the minimal fixture compiles to the facts the
 * engine relies on (indices, tables, initial values, utilities), params can
 * be overridden, and the diagnostics it gives for small mistakes are exact
 * and name the root cause only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import type { Diagnostic } from '../../../src/engine/scenario/Diagnostic';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { startEnvOf } from '../../../src/engine/game/startEnvOf';
import { makeExprEnv } from '../../../src/engine/model/makeExprEnv';
import { utilityOf } from '../../../src/engine/model/utilityOf';
import { A } from '../../ids';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** The fixture with briefings of a proper length, so that it loads with no diagnostic at all. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const clean = patch(
  'briefing: We want the new line.',
  `briefing: ${words(160)}`,
  patch('briefing: We want the border where it was.', `briefing: ${words(160)}`),
);

/** 1-based line and column of the `at`-th character of `needle` in `text`. */
function positionOf(text: string, needle: string, at = 0): { line: number; col: number } {
  const offset = text.indexOf(needle);
  expect(offset, `${JSON.stringify(needle)} is not in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + at);
  return { line: before.split('\n').length, col: offset + at - before.lastIndexOf('\n') };
}

function compiled(text = base, params?: Record<string, number>): CompiledScenario {
  const result = loadScenario(text, FILE, params ? { params } : {});
  if (!result.ok) throw new Error(`expected the scenario to load:\n${JSON.stringify(result.diagnostics, null, 1)}`);
  return result.scenario;
}

function failed(text: string, params?: Record<string, number>): Diagnostic[] {
  const result = loadScenario(text, FILE, params ? { params } : {});
  expect(result.ok).toBe(false);
  return [...result.diagnostics];
}

const where = (d: Diagnostic) => ({ line: d.line, col: d.col });

describe('the minimal fixture', () => {
  it('compiles, with only the warnings about its short briefings', () => {
    const result = loadScenario(base, FILE);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'BRIEFING_LENGTH'],
      ['warning', 'BRIEFING_LENGTH'],
    ]);
  });

  it('with briefings of 160 words, compiles with no diagnostic at all', () => {
    expect(loadScenario(clean, FILE)).toMatchObject({ ok: true, diagnostics: [] });
  });

  it('loads the same from bytes as from text', () => {
    const fromBytes = loadScenario(new TextEncoder().encode(base), FILE);
    expect(fromBytes.ok).toBe(true);
    expect(fromBytes.diagnostics).toEqual(loadScenario(base, FILE).diagnostics);
  });

  const s = compiled();

  it('keeps the header', () => {
    expect(s).toMatchObject({ id: 'minimal', file: FILE, title: 'A border deal', language: 'en', rvTolerance: 15 });
    expect(s.turns).toEqual({ count: 6, unit: 'week', startDate: '2025-01-06' });
    expect(s.earlyEnd).toEqual({ fromWeek: 4, chance: 0.2 });
    expect(s.input.id).toBe('minimal');
  });

  it('gives actors and levers their index in file order', () => {
    expect(s.actors.map((a) => [a.index, a.id])).toEqual([
      [0, 'north'],
      [1, 'south'],
    ]);
    expect(s.levers.map((l) => [l.index, l.id])).toEqual([
      [0, 'border'],
      [1, 'quota'],
    ]);
    expect(s.levers[1]!.options.map((o) => o.id)).toEqual(['none', 'small', 'large']);
    expect(s.levers.map((l) => l.signatories)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(s.levers.map((l) => l.opensAtStart)).toEqual([true, false]);
    expect(s.pressures[0]).toMatchObject({ id: 'drills', actor: 0, cost: 1, cooldown: 2 });
    expect(s.events[0]).toMatchObject({ id: 'talks_agreed', week: 1, chance: undefined, repeat: false });
    expect(s.events[0]!.effects.open).toEqual([1]);
    expect(s.endings.map((e) => [e.id, e.kind, e.isDefault])).toEqual([
      ['settled', 'terminal', false],
      ['crisis', 'terminal', false],
      ['no_deal', 'classification', true],
    ]);
    expect(s.defaultEnding).toBe(2);
  });

  it('resolves the status quo to an option index', () => {
    expect(s.levers.map((l) => l.statusQuo)).toEqual([0, 0]);
    const moved = compiled(patch('status_quo: old_line', 'status_quo: new_line'));
    expect(moved.levers[0]!.statusQuo).toBe(1);
    const large = compiled(patch('status_quo: none', 'status_quo: large'));
    expect(large.levers[1]!.statusQuo).toBe(2);
  });

  it('lays out values: metrics, then support per actor, then directed trust', () => {
    expect(s.values.map((v) => v.key)).toEqual([
      'world.tension',
      'support.north',
      'support.south',
      'trust.north.north',
      'trust.north.south',
      'trust.south.north',
      'trust.south.south',
    ]);
    expect(s.valueIndex.get('world.tension')).toBe(0);
    // Self-trust has a slot (so trustIndex is arithmetic) but no name.
    expect(s.valueIndex.has('trust.north.north')).toBe(false);
    expect(s.values[0]).toMatchObject({ kind: 'world', min: 0, max: 100, initial: 50 });
  });

  it('points each actor at its support', () => {
    expect(s.actors.map((a) => s.values[a.supportIndex]!.key)).toEqual(['support.north', 'support.south']);
    expect(s.actors.map((a) => s.values[a.supportIndex]!.initial)).toEqual([60, 55]);
  });

  it('takes initial trust from the table, else the default', () => {
    expect(s.values[s.trustIndex(A(0), A(1))]).toMatchObject({ key: 'trust.north.south', initial: 40 });
    expect(s.values[s.trustIndex(A(1), A(0))]).toMatchObject({ key: 'trust.south.north', initial: 50 });
    const other = compiled(patch('default: 50', 'default: 35'));
    expect(other.values[other.trustIndex(A(1), A(0))]!.initial).toBe(35);
    expect(other.values[other.trustIndex(A(0), A(1))]!.initial).toBe(40);
  });

  it('builds the weighted table as weight × value', () => {
    const north = s.actors[0]!.profile;
    expect(north.weights).toEqual([0.7, 0.3]);
    expect(north.values).toEqual([
      [100, 30],
      [20, 60, 100],
    ]);
    north.weighted.flat().forEach((w, i) => expect(w).toBeCloseTo([70, 21, 6, 18, 30][i]!, 12));
    for (const a of s.actors) {
      s.levers.forEach((l) =>
        l.options.forEach((_, o) => {
          expect(a.profile.weighted[l.index]![o]).toBeCloseTo(
            a.profile.weights[l.index]! * a.profile.values[l.index]![o]!,
            12,
          );
        }),
      );
    }
  });

  it('compiles links, world terms and red lines to indices', () => {
    const north = s.actors[0]!.profile;
    expect(north.links).toEqual([
      { a: { lever: 0, option: 1 }, b: { lever: 1, option: 2 }, bonus: 10, why: 'a large quota makes up for the line' },
    ]);
    expect(north.world).toEqual([{ index: 0, coef: -0.1 }]);
    expect(north.redLines).toEqual([
      [false, false],
      [true, false, false],
    ]);
    expect(s.actors[1]!.profile.redLines).toEqual([
      [false, false],
      [false, false, false],
    ]);
  });

  it('computes the utility of the status quo as by hand', () => {
    const start = s.values.map((v) => v.initial);
    const statusQuo = s.levers.map((l) => l.statusQuo);
    // north: 0.7·100 (old line) + 0.3·20 (no quota) − 0.1·50 (tension) = 71
    expect(utilityOf(s.actors[0]!.profile, statusQuo, start)).toBeCloseTo(71, 10);
    // south: 0.6·0 + 0.4·100 − 0.1·50 = 35
    expect(utilityOf(s.actors[1]!.profile, statusQuo, start)).toBeCloseTo(35, 10);
  });

  it('adds a link bonus when both of its options hold', () => {
    const start = s.values.map((v) => v.initial);
    // north, new line + large quota: 0.7·30 + 0.3·100 + 10 − 5 = 56
    expect(utilityOf(s.actors[0]!.profile, [1, 2], start)).toBeCloseTo(56, 10);
    // without the link: new line + small quota: 21 + 18 − 5 = 34
    expect(utilityOf(s.actors[0]!.profile, [1, 1], start)).toBeCloseTo(34, 10);
  });

  it('evaluates reservation values over the world', () => {
    const env = startEnvOf(s);
    // north: 80 − 0.1·50 − war_cost 2 = 73; south: 40 − 0.1·50 = 35
    expect(s.actors.map((a) => a.profile.reservation.fn(env))).toEqual([73, 35]);
  });
});

describe('params', () => {
  const rvNorth = (s: CompiledScenario) =>
    s.actors[0]!.profile.reservation.fn(
      makeExprEnv(
        s,
        s.values.map((v) => v.initial),
        [0, 0],
        [0, 0],
        [],
        1,
      ),
    );

  it('an override changes the compiled reservation value', () => {
    const s = compiled(base, { war_cost: 7 });
    expect(s.params.get('war_cost')).toBe(7);
    expect(rvNorth(s)).toBeCloseTo(80 - 5 - 7, 10);
  });

  it('an override does not leak into the next load', () => {
    compiled(base, { war_cost: 7 });
    const again = compiled();
    expect(again.params.get('war_cost')).toBe(2);
    expect(rvNorth(again)).toBeCloseTo(73, 10);
  });

  it('an unknown param override is REF_PARAM, with a suggestion, at the params', () => {
    const diagnostics = failed(clean, { war_costs: 3 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'REF_PARAM', severity: 'error', ...positionOf(clean, 'war_cost: 2') });
    expect(diagnostics[0]!.message).toContain('war_costs');
    expect(diagnostics[0]!.hint).toContain('Did you mean `war_cost`?');
  });
});

describe('positions of expression errors', () => {
  // The dynamics rule is `when: "not settled.border"` in the fixture.
  const cases: [string, string][] = [
    ['a plain scalar', 'when: not settled.boarder'],
    ['a double-quoted scalar', 'when: "not settled.boarder"'],
    ['a single-quoted scalar', "when: 'not settled.boarder'"],
    ['a double-quoted scalar with an escape before the error', 'when: "not\\tsettled.boarder"'],
    ['a plain scalar over two lines', 'when: not settled.border and\n      settled.boarder'],
    ['a double-quoted scalar over two lines', 'when: "not settled.border and\n      settled.boarder"'],
    ['a folded block scalar', 'when: >-\n      not settled.border\n      and settled.boarder'],
    ['a literal block scalar', 'when: |-\n      not settled.border\n      and settled.boarder'],
  ];
  it.each(cases)('point at the offending name in %s', (_name, line) => {
    const text = patch('when: "not settled.border"', line, clean);
    const diagnostics = failed(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'EXPR_UNKNOWN_NAME', ...positionOf(text, 'settled.boarder') });
    expect(diagnostics[0]!.hint).toMatch(/settled\.border/);
  });

  it('point at the exact column, checked by hand', () => {
    // "    when: not settled.boarder": `s` of settled is column 15.
    const plain = failed(patch('when: "not settled.border"', 'when: not settled.boarder', clean));
    expect(where(plain[0]!)).toEqual({ line: positionOf(clean, 'when: "not settled.border"').line, col: 15 });
    // '    when: "not settled.boarder"': one more for the quote.
    const quoted = failed(patch('when: "not settled.border"', 'when: "not settled.boarder"', clean));
    expect(where(quoted[0]!).col).toBe(16);
  });

  it('in a flow map, a reservation and an effect', () => {
    const ending = patch('when: "world.tension >= 90"', 'when: "world.tensoin >= 90"', clean);
    expect(failed(ending)[0]).toMatchObject({ code: 'EXPR_UNKNOWN_NAME', ...positionOf(ending, 'world.tensoin') });
    const reservation = patch(
      'reservation: "40 - 0.1 * world.tension"',
      'reservation: "40 - 0.1 * world.tension - param.war_cots"',
      clean,
    );
    expect(failed(reservation)[0]).toMatchObject({
      code: 'EXPR_UNKNOWN_NAME',
      ...positionOf(reservation, 'param.war_cots'),
    });
    const effect = patch('add: { world.tension: "1" }', 'add: { world.tension: "1 +" }', clean);
    // "ends too early" points just after the text: at the closing quote.
    expect(failed(effect)[0]).toMatchObject({ code: 'EXPR_SYNTAX', ...positionOf(effect, '+" }', 1) });
  });
});

describe('declared red lines in expressions', () => {
  it('a rule may read one, and a misspelt option gets "did you mean"', () => {
    const reads = patch(
      'when: "not settled.border"',
      'when: "not settled.border and red_line.south.quota.large"',
      clean,
    );
    const loaded = loadScenario(reads, 'minimal.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics).toEqual([]);
    const misspelt = patch('when: "not settled.border"', 'when: "red_line.south.quota.larg"', clean);
    const [d] = failed(misspelt);
    expect(d).toMatchObject({ code: 'EXPR_UNKNOWN_NAME', ...positionOf(misspelt, 'red_line.south') });
    expect(d!.hint).toMatch(/red_line\.south\.quota\.large/);
  });

  it('reading a hidden red line is a warning at what reads it: the computer player declares it at once', () => {
    const hidden = patch('red_lines: { quota: [none] }', 'red_lines: { quota: [none, small] }', clean);
    const text = patch(
      'when: "settled.border and settled.quota"',
      'when: "settled.border and settled.quota or red_line.north.quota.small"',
      hidden,
    );
    const loaded = loadScenario(text, 'minimal.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({
      code: 'RULE_READS_HIDDEN_RED_LINE',
      severity: 'warning',
      ...positionOf(text, 'settled, title: Settled'),
    });
    expect(loaded.diagnostics[0]!.message).toBe(
      "Ending `settled` reads `red_line.north.quota.small`, one of North's hidden red lines: North's computer player declares its hidden red lines as soon as it can, so it is declared in nearly every game it plays.",
    );
  });

  it('a red line the rules refuse has no name: never the status quo, nor the one change of a two-option lever', () => {
    for (const name of ['red_line.south.quota.none', 'red_line.south.border.new_line']) {
      const text = patch('when: "not settled.border"', `when: "${name}"`, clean);
      expect(failed(text)[0], name).toMatchObject({ code: 'EXPR_UNKNOWN_NAME', ...positionOf(text, 'red_line.south') });
    }
  });

  it('a reservation value may not: what was declared in the talks is not the world with no deal', () => {
    const text = patch(
      'reservation: "40 - 0.1 * world.tension"',
      'reservation: "40 - if(red_line.north.quota.small, 5, 0)"',
      clean,
    );
    expect(failed(text)[0]).toMatchObject({ code: 'EXPR_FORBIDDEN_NAME', ...positionOf(text, 'red_line.north') });
  });
});

describe('root cause only', () => {
  it('a misspelt key gets "did you mean", once, at the key', () => {
    const text = patch('colour: "#0072B2"', 'collour: "#0072B2"', clean);
    const diagnostics = failed(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', ...positionOf(text, 'collour') });
    expect(diagnostics[0]!.message).toContain('collour');
    expect(diagnostics[0]!.hint).toContain('Did you mean `colour`?');
  });

  it('a misspelt lever id in `id:` is reported where the lever is referenced', () => {
    const text = patch('  - id: border\n', '  - id: bordr\n', clean);
    const diagnostics = failed(text);
    const expected = [
      positionOf(text, 'border: 0.7'), // north's weights
      positionOf(text, 'border: { old_line: 100'), // north's values
      positionOf(text, 'border: new_line'), // north's link
      positionOf(text, 'border: 0.6'), // south's weights
      positionOf(text, 'border: { old_line: 0'), // south's values
      positionOf(text, 'settled.border"'), // the dynamics rule
      positionOf(text, 'settled.border and'), // the `settled` ending
    ];
    expect(diagnostics.map(where)).toEqual(expected);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'REF_LEVER',
      'REF_LEVER',
      'REF_LEVER',
      'REF_LEVER',
      'REF_LEVER',
      'EXPR_UNKNOWN_NAME',
      'EXPR_UNKNOWN_NAME',
    ]);
    for (const d of diagnostics) expect(d.hint).toMatch(/bordr/);
  });

  it('a misspelt actor id in `signatories` is one diagnostic', () => {
    const text = patch(
      'signatories: [north, south]\n    opens: start',
      'signatories: [north, sout]\n    opens: start',
      clean,
    );
    const diagnostics = failed(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'REF_ACTOR', ...positionOf(text, 'sout]') });
    expect(diagnostics[0]!.hint).toContain('Did you mean `south`?');
  });

  it('a misspelt lever id in `weights` is one diagnostic', () => {
    const text = patch('weights: { border: 0.7, quota: 0.3 }', 'weights: { bordr: 0.7, quota: 0.3 }', clean);
    const diagnostics = failed(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'REF_LEVER', ...positionOf(text, 'bordr') });
  });
});
