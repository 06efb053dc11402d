/** docs/model.md §8 recomputed with the engine's own functions: the doc and the code must agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concessionTarget, timeOf, trustAdjusted } from '../../src/engine/ai/concession';
import { makeExprEnv } from '../../src/engine/model/makeExprEnv';
import { reservationOf } from '../../src/engine/model/reservationOf';
import { utilityOf } from '../../src/engine/model/utilityOf';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { A } from '../ids';

const doc = readFileSync('docs/model.md', 'utf8');
const example = doc.slice(doc.indexOf('## 8. Worked example'));
const loaded = loadScenario(readFileSync('tests/fixtures/minimal.yaml', 'utf8'), 'minimal.yaml');
if (!loaded.ok) throw new Error('fixture does not load');
const s = loaded.scenario;
const north = s.actors[0]!;
const border = s.levers[0]!;
const quota = s.levers[1]!;
const opt = (lever: typeof border, id: string) => lever.options.findIndex((o) => o.id === id);
const values = s.values.map((v) => v.initial);
const u = (b: string, q: string) => utilityOf(north.profile, [opt(border, b), opt(quota, q)], values);
const stated = (n: number) => expect(example).toContain(`**${n}**`);

describe('docs/model.md worked example', () => {
  it('utility and reservation value at the start', () => {
    expect(u('old_line', 'none')).toBeCloseTo(71, 10);
    const env = makeExprEnv(s, values, [0, 0], [0, 0], [], 1);
    expect(reservationOf(north, env)).toBeCloseTo(73, 10);
    expect(u('new_line', 'large')).toBeCloseTo(56, 10);
    [71, 73, 56].forEach(stated);
  });

  it('concession target, trust adjustment and the decisions', () => {
    const t = timeOf(3, 5);
    expect(t).toBe(0.5);
    const target = concessionTarget(73, 95, t, 1);
    expect(target).toBeCloseTo(84, 10);
    const trust = values[s.trustIndex(A(0), A(1))]!;
    expect(trust).toBe(40);
    const forSouth = trustAdjusted(target, 73, trust, north.profile.trustEffect);
    expect(forSouth).toBeCloseTo(86, 10);
    expect(u('old_line', 'small')).toBeCloseTo(83, 10);
    expect(u('old_line', 'large')).toBeCloseTo(95, 10);
    expect(u('old_line', 'small') < forSouth && u('old_line', 'large') >= forSouth).toBe(true);
    [0.5, 84, 86, 83, 95].forEach(stated);
  });
});
