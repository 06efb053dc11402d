import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../../src/engine/expr/index';
import { makeEnv, run, scope } from './testScope';

describe('arithmetic and precedence', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['2 * 3 + 4 * 5', 26],
    ['-2 * 3', -6],
    ['- -4', 4],
    ['--4', 4],
    ['-(2 + 3)', -5],
    ['0.25 * 8', 2],
    ['0', 0],
    ['0.5', 0.5],
    ['10.05', 10.05],
    ['1000000000', 1e9],
    ['-1000000000', -1e9],
  ])('%s = %d', (src, value) => {
    expect(run(src)).toBe(value);
  });

  it('reads names from the environment', () => {
    expect(run('world.war_intensity - 0.5 * trust.ukraine.usa')).toBe(60);
    expect(run('support.ukraine + week * 2 - weeks_left')).toBe(57);
    expect(run('clamp(world.war_intensity - 0.5 * trust.ukraine.usa, 0, 50)')).toBe(50);
  });

  it('keeps spaces optional and accepts line breaks and non-breaking spaces', () => {
    expect(run('1+2*3')).toBe(7);
    expect(run('  1 +\n  2\t* 3 ')).toBe(7);
    expect(run('1\u00a0+\u00a02')).toBe(3);
  });
});

describe('booleans', () => {
  it.each([
    ['1 + 2 * 3 == 7', 1],
    ['true', 1],
    ['false', 0],
    ['not true', 0],
    ['not false and false', 0], // (not false) and false
    ['not (false and false)', 1],
    ['true or false and false', 1], // and binds tighter than or
    ['(true or false) and false', 0],
    ['not 1 > 2', 1], // not (1 > 2)
    ['not not true', 1],
    ['(1 < 2) == true', 1], // without brackets this would be a chained comparison
  ])('%s = %d', (src, value) => {
    expect(run(src, 'boolean')).toBe(value);
  });

  it('reads `not a and b` as `(not a) and b`', () => {
    const env = makeEnv({ settled: [0, 0] });
    expect(run('not settled.nato and settled.minerals', 'boolean', env)).toBe(0);
    expect(run('not (settled.nato and settled.minerals)', 'boolean', env)).toBe(1);
  });

  it('compares numbers', () => {
    expect(run('support.ukraine > 50', 'boolean')).toBe(1);
    expect(run('support.ukraine >= 60', 'boolean')).toBe(1);
    expect(run('support.ukraine < 60', 'boolean')).toBe(0);
    expect(run('support.ukraine <= 60', 'boolean')).toBe(1);
    expect(run('support.ukraine == 60', 'boolean')).toBe(1);
    expect(run('support.ukraine != 60', 'boolean')).toBe(0);
    expect(run('50 < support.ukraine', 'boolean')).toBe(1); // constant on the left
    expect(run('60 <= support.ukraine', 'boolean')).toBe(1);
    expect(run('support.russia < support.ukraine', 'boolean')).toBe(1);
  });

  it('compares booleans with == and !=', () => {
    expect(run('settled.minerals == true', 'boolean')).toBe(1);
    expect(run('(week > 1) == (week > 2)', 'boolean')).toBe(1);
    expect(run('(week > 5) != settled.minerals', 'boolean')).toBe(1);
  });

  it('treats any positive settled flag as settled', () => {
    expect(run('settled.nato', 'boolean', makeEnv({ settled: [2, 0] }))).toBe(1);
  });

  it('reads whether an actor has declared an option a red line', () => {
    expect(run('red_line.russia.nato.accept', 'boolean')).toBe(0);
    // Declared by russia (actor 1): accept (option 0) of nato (lever 0).
    const declared = makeEnv({
      redLines: [
        [[], []],
        [[2, 0], []],
      ],
    });
    expect(run('red_line.russia.nato.accept', 'boolean', declared)).toBe(1);
    expect(run('if(red_line.russia.nato.accept and week > 2, 10, 0)', 'number', declared)).toBe(10);
    // Another actor's declaration of the same option is not russia's.
    expect(
      run(
        'red_line.russia.nato.accept',
        'boolean',
        makeEnv({
          redLines: [
            [[0], []],
            [[], []],
          ],
        }),
      ),
    ).toBe(0);
  });
});

describe('levers', () => {
  it('compares a lever with an option, in either order', () => {
    expect(run('lever.nato == postpone', 'boolean')).toBe(1);
    expect(run('postpone == lever.nato', 'boolean')).toBe(1);
    expect(run('lever.nato == accept', 'boolean')).toBe(0);
    expect(run('accept == lever.nato', 'boolean')).toBe(0);
    expect(run('lever.nato != postpone', 'boolean')).toBe(0);
    expect(run('reject != lever.nato', 'boolean')).toBe(1);
    expect(run('lever.minerals == sign and lever.nato != reject', 'boolean')).toBe(1);
    expect(run('lever.nato == reject', 'boolean', makeEnv({ levers: [2, 0] }))).toBe(1);
  });

  it('reads an option name even when it is also a scope name', () => {
    const r = compileExpression('lever.nato == week', scope, 'boolean');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('EXPR_UNKNOWN_OPTION');
  });
});

describe('functions', () => {
  it.each([
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['min(week, weeks_left)', 3],
    ['max(week, weeks_left)', 9],
    ['min(week, 10, weeks_left, 4)', 3],
    ['max(week, 10, weeks_left, 4)', 10],
    ['clamp(week, 5, 8)', 5],
    ['clamp(weeks_left, 5, 8)', 8],
    ['clamp(week + 3, 5, 8)', 6],
    ['clamp(week, week + 1, weeks_left)', 4], // dynamic bounds
    ['clamp(week, weeks_left, week)', 3], // dynamic lo > hi gives hi
    ['abs(week - weeks_left)', 6],
    ['abs(-3)', 3],
    ['if(week > 2, 10, 20)', 10],
    ['if(week > 5, 10, 20)', 20],
    ['if(settled.minerals, week, weeks_left)', 3],
  ])('%s = %d', (src, value) => {
    expect(run(src)).toBe(value);
  });

  it('allows if() with true/false results', () => {
    expect(run('if(week > 2, settled.minerals, false)', 'boolean')).toBe(1);
  });
});

describe('division by zero and finiteness', () => {
  it('gives 0 for division by zero, constant or not', () => {
    expect(run('1 / 0')).toBe(0);
    expect(run('0 / 0')).toBe(0);
    expect(run('week / 0')).toBe(0);
    expect(run('week / param.zero')).toBe(0);
    expect(run('week / (week - 3)')).toBe(0);
    expect(run('support.ukraine / world.economy', 'number', makeEnv({ values: [0, 0, 5, 0, 0, 0, 0] }))).toBe(0);
    expect(run('(week + 1) / support.ukraine', 'number', makeEnv({ values: [0, 0, 0, 0, 0, 0, 0] }))).toBe(0);
  });

  it('saturates overflow instead of producing Infinity', () => {
    const huge = Array.from({ length: 40 }, () => '1000000000').join(' * ');
    expect(run(huge)).toBe(Number.MAX_VALUE);
    expect(run(`-${huge}`)).toBe(-Number.MAX_VALUE);
    expect(run(`(${huge}) - (${huge})`)).toBe(0);
    expect(run(`week * ${huge}`)).toBe(Number.MAX_VALUE);
  });

  it('never returns -0', () => {
    expect(Object.is(run('-0'), 0)).toBe(true);
    expect(Object.is(run('-week', 'number', makeEnv({ week: 0 })), 0)).toBe(true);
    expect(Object.is(run('week * -1', 'number', makeEnv({ week: 0 })), 0)).toBe(true);
    expect(Object.is(run('week', 'number', makeEnv({ week: -0 })), 0)).toBe(true);
  });

  it('stays finite even if the environment holds non-finite values', () => {
    const env = makeEnv({ values: [NaN, Infinity, -Infinity, 0, 0, 0, 0] });
    for (const src of [
      'world.war_intensity',
      'world.economy',
      'support.ukraine',
      'world.economy - world.economy',
      'max(world.war_intensity, 1)',
    ]) {
      expect(Number.isFinite(run(src, 'number', env))).toBe(true);
    }
  });
});

describe('compile results', () => {
  it('folds constant expressions, including params', () => {
    const r = compileExpression('param.aid_cut * 2 + 1', scope, 'number');
    expect(r.ok && r.constant).toBe(21);
    const b = compileExpression('param.aid_cut > 5 and not false', scope, 'boolean');
    expect(b.ok && b.constant).toBe(1);
  });

  it('folds through short-circuits and if() with a constant test', () => {
    for (const src of ['false and settled.nato', 'settled.nato and false', 'param.aid_cut < 0 and week > 1']) {
      const r = compileExpression(src, scope, 'boolean');
      expect(r.ok && r.constant).toBe(0);
    }
    const t = compileExpression('true or settled.nato', scope, 'boolean');
    expect(t.ok && t.constant).toBe(1);
    const i = compileExpression('if(param.aid_cut > 5, 7, week)', scope, 'number');
    expect(i.ok && i.constant).toBe(7);
  });

  it('leaves non-constant expressions unfolded', () => {
    const r = compileExpression('week + 1', scope, 'number');
    expect(r.ok && r.constant).toBeUndefined();
  });

  it('lists referenced names once each, in order, including folded-away ones', () => {
    const r = compileExpression(
      'week + week * support.ukraine + if(param.aid_cut > 0, 1, weeks_left)',
      scope,
      'number',
    );
    expect(r.ok && r.names).toEqual(['week', 'support.ukraine', 'param.aid_cut', 'weeks_left']);
    const l = compileExpression('postpone == lever.nato', scope, 'boolean');
    expect(l.ok && l.names).toEqual(['lever.nato']);
  });

  it('works with typed arrays in the environment', () => {
    const r = compileExpression(
      'lever.nato == postpone and support.ukraine > 50 and settled.minerals',
      scope,
      'boolean',
    );
    const env = {
      values: Float64Array.from([70, 40, 60, 30, 50, 20, 80]),
      levers: Int32Array.of(1, 0),
      settled: Uint8Array.of(0, 1),
      redLines: [],
      week: 3,
      weeksLeft: 9,
    };
    expect(r.ok && r.fn(env)).toBe(1);
  });

  it('accepts a number where YAML produced one instead of text', () => {
    const r = compileExpression(40 as unknown as string, scope, 'number');
    expect(r.ok && r.constant).toBe(40);
  });

  it('returns the same value on every call (no hidden state)', () => {
    const r = compileExpression('clamp(world.war_intensity - 0.5 * trust.ukraine.usa, 0, 100)', scope, 'number');
    if (!r.ok) throw new Error(r.error.message);
    const env = makeEnv();
    expect([r.fn(env), r.fn(env), r.fn(env)]).toEqual([60, 60, 60]);
  });
});
