/**
 * Shared fixtures for the expression tests: a scope shaped like a real
 * scenario's, an environment to evaluate against, and small helpers.
 */
import {
  compileExpression,
  type Binding,
  type ExprEnv,
  type ExprError,
  type ExprScope,
} from '../../../src/engine/expr/index';

export const LEVERS = {
  'lever.nato': ['accept', 'postpone', 'reject'],
  'lever.minerals': ['sign', 'delay'],
} as const;

export const VALUE_NAMES = [
  'world.war_intensity',
  'world.economy',
  'support.ukraine',
  'support.russia',
  'support.usa',
  'trust.ukraine.usa',
  'trust.usa.ukraine',
] as const;

const table = new Map<string, Binding>();
VALUE_NAMES.forEach((name, index) => table.set(name, { kind: 'value', index }));
table.set('lever.nato', { kind: 'lever', lever: 0, options: LEVERS['lever.nato'] });
table.set('lever.minerals', { kind: 'lever', lever: 1, options: LEVERS['lever.minerals'] });
table.set('settled.nato', { kind: 'settled', lever: 0 });
table.set('settled.minerals', { kind: 'settled', lever: 1 });
// Actor 1 (russia) may declare NATO accession a red line.
table.set('red_line.russia.nato.accept', { kind: 'red_line', actor: 1, lever: 0, option: 0 });
table.set('param.aid_cut', { kind: 'const', value: 10 });
table.set('param.zero', { kind: 'const', value: 0 });
table.set('week', { kind: 'week' });
table.set('weeks_left', { kind: 'weeks_left' });

export const scope: ExprScope = {
  lookup: (name) => table.get(name),
  names: () => table.keys(),
};

/** Like a reservation-value context: levers and settled flags are off limits. */
export const reservationScope: ExprScope = {
  ...scope,
  forbidden: (name) =>
    name.startsWith('lever.') || name.startsWith('settled.')
      ? 'reservation values are fixed before talks start, so they cannot depend on levers'
      : undefined,
};

export function makeEnv(overrides: Partial<ExprEnv> = {}): ExprEnv {
  return {
    // war_intensity, economy, support.ukraine, support.russia, support.usa, trust.ukraine.usa, trust.usa.ukraine
    values: [70, 40, 60, 30, 50, 20, 80],
    levers: [1, 0], // nato = postpone, minerals = sign
    settled: [0, 1], // nato open, minerals settled
    redLines: [
      [[], []],
      [[], []],
    ], // none declared
    week: 3,
    weeksLeft: 9,
    ...overrides,
  };
}

/** Compile and evaluate; throws with the error text if it does not compile. */
export function run(source: string, expected: 'number' | 'boolean' = 'number', env: ExprEnv = makeEnv()): number {
  const r = compileExpression(source, scope, expected);
  if (!r.ok) throw new Error(`${r.error.code} at ${r.error.offset}: ${r.error.message} (${r.error.hint})`);
  return r.fn(env);
}

/** Compile, expecting failure; returns the error. */
export function errorOf(source: string, expected: 'number' | 'boolean' = 'number', s: ExprScope = scope): ExprError {
  const r = compileExpression(source, s, expected);
  if (r.ok) throw new Error(`expected \`${source}\` to fail, but it compiled`);
  return r.error;
}
