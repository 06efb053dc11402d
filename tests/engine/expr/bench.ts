/**
 * Manual micro-benchmark, not a test: `npx tsx tests/engine/expr/bench.ts`.
 * Prints the median evaluations per second over several rounds for
 *  - one hot expression (best case: every call site monomorphic), and
 *  - 64 different expressions evaluated in rotation, closer to a real game
 *    tick where many conditions/effects share the same closure code.
 */
import {
  compileExpression,
  type Binding,
  type Compiled,
  type ExprEnv,
  type ExprScope,
} from '../../../src/engine/expr/index';

const table = new Map<string, Binding>();
for (let i = 0; i < 16; i++) table.set(`world.v${i}`, { kind: 'value', index: i });
table.set('world.a', { kind: 'value', index: 16 });
table.set('trust.x.y', { kind: 'value', index: 17 });
table.set('lever.nato', { kind: 'lever', lever: 0, options: ['accept', 'postpone', 'reject'] });
table.set('settled.minerals', { kind: 'settled', lever: 1 });
table.set('param.k', { kind: 'const', value: 0.75 });
table.set('week', { kind: 'week' });
table.set('weeks_left', { kind: 'weeks_left' });
const scope: ExprScope = { lookup: (n) => table.get(n), names: () => table.keys() };

function compile(src: string, expected: 'number' | 'boolean' = 'number'): Compiled {
  const r = compileExpression(src, scope, expected);
  if (!r.ok) throw new Error(`${src}: ${r.error.message}`);
  return r.fn;
}

const values = new Float64Array(18);
const env: ExprEnv = {
  values,
  levers: Int32Array.of(1, 0),
  settled: Uint8Array.of(0, 1),
  redLines: [],
  week: 3,
  weeksLeft: 9,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(label: string, fns: readonly Compiled[], evaluations: number): void {
  const rates: number[] = [];
  let sink = 0;
  const n = fns.length;
  for (let round = 0; round < 9; round++) {
    const t0 = performance.now();
    for (let i = 0; i < evaluations; i++) {
      // Change an input every call so nothing can be hoisted out of the loop.
      values[16] = i & 127;
      sink += (fns[i % n] as Compiled)(env);
    }
    const seconds = (performance.now() - t0) / 1000;
    if (round > 1) rates.push(evaluations / seconds); // first rounds are warm-up
  }
  console.log(`${label}: median ${(median(rates) / 1e6).toFixed(1)} M evaluations/s  (sink ${sink})`);
}

for (let i = 0; i < 18; i++) values[i] = 10 + i;

measure('clamp(world.a - 0.5 * trust.x.y, 0, 100)', [compile('clamp(world.a - 0.5 * trust.x.y, 0, 100)')], 20_000_000);

const mixed: Compiled[] = [];
for (let i = 0; i < 64; i++) {
  const a = `world.v${i % 16}`;
  const b = `world.v${(i * 7) % 16}`;
  const forms = [
    `clamp(${a} - 0.5 * ${b}, 0, 100)`,
    `${a} + param.k * (${b} - 50) / 10`,
    `if(lever.nato == postpone and ${a} > 20, ${b} * 0.9, max(${a}, ${b}) - week)`,
    `min(100, abs(${a} - ${b}) + weeks_left * 2)`,
  ];
  mixed.push(compile(forms[i % forms.length] as string));
}
measure('64 mixed expressions in rotation', mixed, 20_000_000);
