import { describe, expect, it } from 'vitest';
import { EXPR_ERROR_CODES } from '../../../src/engine/expr/ExprError';
import {
  compileExpression,
  FUNCTIONS,
  MAX_DEPTH,
  MAX_LENGTH,
  type ExprErrorCode,
} from '../../../src/engine/expr/index';
import { errorOf, LEVERS, reservationScope, scope } from './testScope';

type Row = readonly [source: string, expected: 'number' | 'boolean', code: ExprErrorCode, offset: number, text: string];

// Each row: the error code, the offset of the offending token, and the exact
// source text the error covers ('' when it points just past the end).
const rows: readonly Row[] = [
  ['', 'number', 'EXPR_EMPTY', 0, ''],
  ['   ', 'number', 'EXPR_EMPTY', 0, '   '],

  ['1 +', 'number', 'EXPR_SYNTAX', 3, ''],
  ['(1 + 2', 'number', 'EXPR_SYNTAX', 0, '('],
  ['max(1, 2', 'number', 'EXPR_SYNTAX', 3, '('],
  ['1 + 2)', 'number', 'EXPR_SYNTAX', 5, ')'],
  ['1 2', 'number', 'EXPR_SYNTAX', 2, '2'],
  ['2 (1)', 'number', 'EXPR_SYNTAX', 2, '('],
  ['week (2)', 'number', 'EXPR_UNKNOWN_FUNCTION', 0, 'week'],
  ['1 + * 2', 'number', 'EXPR_SYNTAX', 4, '*'],
  ['* 2', 'number', 'EXPR_SYNTAX', 0, '*'],
  ['()', 'number', 'EXPR_SYNTAX', 1, ')'],
  ['max(1, )', 'number', 'EXPR_SYNTAX', 7, ')'],
  ['1, 2', 'number', 'EXPR_SYNTAX', 1, ','],
  ['week = 3', 'boolean', 'EXPR_SYNTAX', 5, '='],
  ['week => 3', 'boolean', 'EXPR_SYNTAX', 5, '=>'],
  ['week <> 3', 'boolean', 'EXPR_SYNTAX', 5, '<>'],
  ['settled.nato && true', 'boolean', 'EXPR_SYNTAX', 13, '&&'],
  ['!settled.nato', 'boolean', 'EXPR_SYNTAX', 0, '!'],
  ['week % 2', 'number', 'EXPR_SYNTAX', 5, '%'],
  ['week \u2212 2', 'number', 'EXPR_SYNTAX', 5, '\u2212'],
  ['lever.nato == "postpone"', 'boolean', 'EXPR_SYNTAX', 14, '"'],
  ['week @ 2', 'number', 'EXPR_SYNTAX', 5, '@'],
  ['week \u{1F600}', 'number', 'EXPR_SYNTAX', 5, '\u{1F600}'],
  ['world.', 'number', 'EXPR_SYNTAX', 5, '.'],
  ['world..x', 'number', 'EXPR_SYNTAX', 5, '.'],
  ['trust.1', 'number', 'EXPR_SYNTAX', 5, '.'],
  ['world .war_intensity', 'number', 'EXPR_SYNTAX', 6, '.'],
  ['settled.nato AND true', 'boolean', 'EXPR_SYNTAX', 13, 'AND'],
  ['week == not true', 'boolean', 'EXPR_SYNTAX', 8, 'not'],
  ['0 < week < 10', 'boolean', 'EXPR_SYNTAX', 9, '<'],
  ['week == 3 == true', 'boolean', 'EXPR_SYNTAX', 10, '=='],

  ['0x1F', 'number', 'EXPR_NUMBER', 0, '0x1F'],
  ['1e5', 'number', 'EXPR_NUMBER', 0, '1e5'],
  ['2 * 1E3', 'number', 'EXPR_NUMBER', 4, '1E3'],
  ['.5', 'number', 'EXPR_NUMBER', 0, '.5'],
  ['5.', 'number', 'EXPR_NUMBER', 0, '5.'],
  ['1.2.3', 'number', 'EXPR_NUMBER', 0, '1.2.3'],
  ['007', 'number', 'EXPR_NUMBER', 0, '007'],
  ['max(1,000, week)', 'number', 'EXPR_NUMBER', 6, '000'],
  ['2week', 'number', 'EXPR_NUMBER', 0, '2week'],
  ['1000000001', 'number', 'EXPR_NUMBER', 0, '1000000001'],
  ['week + 99999999999999999999', 'number', 'EXPR_NUMBER', 7, '99999999999999999999'],
  ['NaN', 'number', 'EXPR_NUMBER', 0, 'NaN'],
  ['1 - Infinity', 'number', 'EXPR_NUMBER', 4, 'Infinity'],

  ['suport.ukraine > 3', 'boolean', 'EXPR_UNKNOWN_NAME', 0, 'suport.ukraine'],
  ['week + wek', 'number', 'EXPR_UNKNOWN_NAME', 7, 'wek'],
  ['max', 'number', 'EXPR_UNKNOWN_NAME', 0, 'max'],
  ['TRUE', 'boolean', 'EXPR_UNKNOWN_NAME', 0, 'TRUE'],
  ['postpone', 'boolean', 'EXPR_UNKNOWN_NAME', 0, 'postpone'],

  ['lever.nato == postpon', 'boolean', 'EXPR_UNKNOWN_OPTION', 14, 'postpon'],
  ['delay != lever.nato', 'boolean', 'EXPR_UNKNOWN_OPTION', 0, 'delay'],

  ['mx(1, 2)', 'number', 'EXPR_UNKNOWN_FUNCTION', 0, 'mx'],
  ['week + round(2)', 'number', 'EXPR_UNKNOWN_FUNCTION', 7, 'round'],
  ['week(2)', 'number', 'EXPR_UNKNOWN_FUNCTION', 0, 'week'],

  ['min(1)', 'number', 'EXPR_ARITY', 5, ')'],
  ['abs()', 'number', 'EXPR_ARITY', 4, ')'],
  ['clamp(week, 0)', 'number', 'EXPR_ARITY', 13, ')'],
  ['clamp(week, 0, 10, 20)', 'number', 'EXPR_ARITY', 19, '20'],
  ['abs(week, weeks_left)', 'number', 'EXPR_ARITY', 10, 'weeks_left'],
  ['if(true, 1)', 'number', 'EXPR_ARITY', 10, ')'],

  ['1 and true', 'boolean', 'EXPR_TYPE', 0, '1'],
  ['true or week', 'boolean', 'EXPR_TYPE', 8, 'week'],
  ['not week', 'boolean', 'EXPR_TYPE', 4, 'week'],
  ['week + true', 'number', 'EXPR_TYPE', 7, 'true'],
  ['-settled.nato', 'number', 'EXPR_TYPE', 1, 'settled.nato'],
  ['(week > 1) < 2', 'boolean', 'EXPR_TYPE', 0, '(week > 1)'],
  ['week == true', 'boolean', 'EXPR_TYPE', 5, '=='],
  ['settled.nato != 1', 'boolean', 'EXPR_TYPE', 13, '!='],
  ['lever.nato + 1', 'number', 'EXPR_TYPE', 0, 'lever.nato'],
  ['lever.nato', 'boolean', 'EXPR_TYPE', 0, 'lever.nato'],
  ['lever.nato < 2', 'boolean', 'EXPR_TYPE', 0, 'lever.nato'],
  ['lever.nato == 1', 'boolean', 'EXPR_TYPE', 14, '1'],
  ['lever.nato == lever.minerals', 'boolean', 'EXPR_TYPE', 14, 'lever.minerals'],
  ['week == lever.nato', 'boolean', 'EXPR_UNKNOWN_OPTION', 0, 'week'],
  ['world.war_intensity == lever.nato', 'boolean', 'EXPR_TYPE', 0, 'world.war_intensity'],
  ['max(week, true)', 'number', 'EXPR_TYPE', 10, 'true'],
  ['if(week, 1, 2)', 'number', 'EXPR_TYPE', 3, 'week'],
  ['if(true, 1, false)', 'number', 'EXPR_TYPE', 12, 'false'],
  ['if(true, lever.nato, 2)', 'number', 'EXPR_TYPE', 9, 'lever.nato'],
  ['week + 1', 'boolean', 'EXPR_TYPE', 0, 'week + 1'],
  ['week > 1', 'number', 'EXPR_TYPE', 0, 'week > 1'],

  ['clamp(week, 10, 0)', 'number', 'EXPR_CLAMP_RANGE', 12, '10, 0'],
  ['clamp(week, param.aid_cut, 5)', 'number', 'EXPR_CLAMP_RANGE', 12, 'param.aid_cut, 5'],
];

describe('error codes and positions', () => {
  it.each(rows)('%j (%s) → %s at %d', (source, expected, code, offset, text) => {
    const error = errorOf(source, expected);
    expect(error.code).toBe(code);
    expect(error.offset).toBe(offset);
    expect(error.length).toBeGreaterThanOrEqual(1);
    if (text === '') {
      expect(error.offset).toBe(source.length);
      expect(error.length).toBe(1);
    } else {
      expect(source.slice(error.offset, error.offset + error.length)).toBe(text);
    }
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('covers every error code', () => {
    const codes = new Set(rows.map((r) => r[2]));
    codes.add('EXPR_TOO_LONG').add('EXPR_TOO_DEEP').add('EXPR_FORBIDDEN_NAME'); // tested below
    expect([...codes].sort()).toEqual([...EXPR_ERROR_CODES].sort());
  });
});

// Codes and positions are pinned above. Here: what a message or hint must
// mention to help, not its exact wording.
describe('messages and hints for teachers', () => {
  const mentionsAll = (text: string, names: readonly string[]) => {
    for (const n of names) expect(text, n).toContain(n);
  };

  it('suggests the closest name', () => {
    expect(errorOf('suport.ukraine > 3', 'boolean').hint).toContain('did you mean `support.ukraine`');
    expect(errorOf('wrold.war_intensity').hint).toContain('did you mean `world.war_intensity`');
    expect(errorOf('World.War_Intensity').hint).toContain('did you mean `world.war_intensity`');
  });

  it('lists the names of a known namespace when nothing is close', () => {
    const hint = errorOf('support.china').hint;
    expect(hint).not.toContain('did you mean');
    mentionsAll(hint, ['`support.russia`', '`support.ukraine`', '`support.usa`']);
    expect(hint).not.toContain('world.');
  });

  it('lists the namespaces when the namespace is unknown too', () => {
    mentionsAll(
      errorOf('foo.bar').hint,
      ['lever.', 'param.', 'settled.', 'support.', 'trust.', 'week', 'weeks_left', 'world.'].map((n) => `\`${n}\``),
    );
  });

  it('lists a lever’s options for an unknown option, with a suggestion', () => {
    const e = errorOf('lever.nato == postpon', 'boolean');
    mentionsAll(e.message, ['`postpon`', '`lever.nato`']);
    expect(e.hint).toContain('did you mean `postpone`');
    mentionsAll(e.hint, LEVERS['lever.nato']);
    const far = errorOf('lever.minerals == accept', 'boolean').hint;
    expect(far).not.toContain('did you mean');
    mentionsAll(far, LEVERS['lever.minerals']);
  });

  it('explains how a lever may be used', () => {
    const e = errorOf('lever.nato + 1');
    expect(e.message).toContain('`lever.nato`');
    expect(e.hint).toContain('`lever.nato == accept`');
    mentionsAll(e.hint, LEVERS['lever.nato']);
  });

  it('names the operator and the side in type errors', () => {
    const and = errorOf('1 and true', 'boolean');
    mentionsAll(and.message, ['`and`', 'left side', 'a number']);
    expect(and.hint).toContain('compare');
    mentionsAll(errorOf('week + true').message, ['`+`', 'right side', 'true/false']);
    mentionsAll(errorOf('week + 1', 'boolean').message, ['true or false', 'a number']);
  });

  it('spells out the `and` form of a chained comparison', () => {
    const e = errorOf('0 < world.war_intensity < 10', 'boolean');
    expect(e).toMatchObject({ code: 'EXPR_SYNTAX', offset: 24 });
    expect(e.hint).toContain('`0 < world.war_intensity and world.war_intensity < 10`');
  });

  it('gives the usage of a function on wrong arity', () => {
    const clamp = errorOf('clamp(week, 0)');
    expect(clamp.message).toMatch(/`clamp`.*\b3\b.*\b2\b/);
    expect(clamp.hint).toContain(`\`${FUNCTIONS.get('clamp')!.usage}\``);
    expect(errorOf('min(1)').message).toMatch(/`min`.*at least 2\b.*\b1\b/);
  });

  it('suggests a function for a misspelt one', () => {
    const names = [...FUNCTIONS.keys()];
    const near = errorOf('mx(1, 2)').hint;
    expect(near).toContain('did you mean `max`');
    mentionsAll(near, names);
    const far = errorOf('round(1)').hint;
    expect(far).not.toContain('did you mean');
    mentionsAll(far, names);
  });
});

describe('forbidden names', () => {
  const reason = reservationScope.forbidden!('settled.nato');

  it('reports a forbidden name with the scope’s reason as the hint', () => {
    const e = errorOf('support.ukraine + if(settled.nato, 5, 0)', 'number', reservationScope);
    expect(e).toMatchObject({ code: 'EXPR_FORBIDDEN_NAME', offset: 21, length: 12, hint: reason });
    expect(e.message).toContain('`settled.nato`');
  });

  it('reports a forbidden lever in either comparison order', () => {
    expect(errorOf('lever.nato == postpone', 'boolean', reservationScope)).toMatchObject({
      code: 'EXPR_FORBIDDEN_NAME',
      offset: 0,
      length: 10,
    });
    expect(errorOf('postpone == lever.nato', 'boolean', reservationScope)).toMatchObject({
      code: 'EXPR_FORBIDDEN_NAME',
      offset: 12,
      length: 10,
    });
  });

  it('still allows everything else', () => {
    const r = compileExpression('support.ukraine - param.aid_cut', reservationScope, 'number');
    expect(r.ok).toBe(true);
  });
});

describe('limits', () => {
  const nest = (n: number): string => '('.repeat(n) + '1' + ')'.repeat(n);

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses one more, at the offending token`, () => {
    expect(compileExpression(nest(MAX_DEPTH), scope, 'number').ok).toBe(true);
    const e = errorOf(nest(MAX_DEPTH + 1));
    expect(e).toMatchObject({ code: 'EXPR_TOO_DEEP', offset: MAX_DEPTH, length: 1 });
  });

  it('counts functions, unary minus and not as nesting', () => {
    expect(errorOf('-'.repeat(MAX_DEPTH + 1) + '1')).toMatchObject({ code: 'EXPR_TOO_DEEP', offset: MAX_DEPTH });
    expect(errorOf('not '.repeat(MAX_DEPTH + 1) + 'true', 'boolean')).toMatchObject({
      code: 'EXPR_TOO_DEEP',
      offset: 4 * MAX_DEPTH,
    });
    expect(errorOf('abs('.repeat(MAX_DEPTH + 1) + '1' + ')'.repeat(MAX_DEPTH + 1))).toMatchObject({
      code: 'EXPR_TOO_DEEP',
      offset: 4 * MAX_DEPTH + 3,
    });
  });

  it('refuses sources over the length limit, pointing at the excess', () => {
    const src = '1' + ' + 1'.repeat(MAX_LENGTH);
    const e = errorOf(src);
    expect(e.code).toBe('EXPR_TOO_LONG');
    expect(e.offset).toBe(MAX_LENGTH);
    expect(e.offset + e.length).toBe(src.length);
  });

  it('never overflows the stack, however the input is nested', () => {
    for (const src of ['('.repeat(100_000), nest(50_000), '-'.repeat(100_000) + '1', 'not '.repeat(30_000)]) {
      expect(() => compileExpression(src, scope, 'number')).not.toThrow();
    }
  });

  it('handles the longest flat expressions', () => {
    const sum = ('1 +'.repeat(Math.floor(MAX_LENGTH / 3)) + '1').slice(-MAX_LENGTH).replace(/^[ +]+/, '');
    expect(run(sum)).toBe((sum.match(/1/g) ?? []).length);
    const conj = 'true' + ' and true'.repeat(Math.floor((MAX_LENGTH - 4) / 9));
    expect(compileExpression(conj, scope, 'boolean')).toMatchObject({ ok: true, constant: 1 });
  });
});

function run(src: string): number {
  const r = compileExpression(src, scope, 'number');
  if (!r.ok) throw new Error(r.error.message);
  return r.fn({ values: [], levers: [], settled: [], redLines: [], week: 0, weeksLeft: 0 });
}
