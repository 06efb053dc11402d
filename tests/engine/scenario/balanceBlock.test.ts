/** A scenario's `balance:` block: shape and ids checked by the loader, read by the balance lab as its targets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseTargets } from '../../../src/engine/balance/targets';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const withBalance = (balance: unknown) => {
  const doc = parseDocument(base);
  doc.set('balance', doc.createNode(balance));
  return loadScenario(doc.toString(), 'minimal.yaml');
};

describe('the balance block', () => {
  it('becomes the balance lab targets', () => {
    const result = withBalance({
      good_rate: { north: [0.2, 0.8] },
      ending_rate: { crisis: [0, 0.3] },
      endings_reached_min: 2,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseTargets(result.scenario, result.scenario.input.balance);
    expect(parsed).toEqual({
      ok: true,
      targets: { good_rate: { north: [0.2, 0.8] }, ending_rate: { crisis: [0, 0.3] }, endings_reached_min: 2 },
    });
  });

  it('names real actors and endings, with a position and a suggestion', () => {
    const doc = parseDocument(base);
    doc.set('balance', doc.createNode({ good_rate: { nort: [0.2, 0.8] }, ending_rate: { crisys: [0, 0.3] } }));
    const text = doc.toString();
    const errors = loadScenario(text, 'minimal.yaml').diagnostics.filter((d) => d.severity === 'error');
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(errors.map((d) => [d.code, d.line])).toEqual([
      ['REF_ACTOR', lineOf('nort:')],
      ['REF_ENDING', lineOf('crisys:')],
    ]);
    expect(errors[0]!.hint).toContain('Did you mean `north`?');
    expect(errors[1]!.hint).toContain('Did you mean `crisis`?');
  });

  it('names the zone of agreement’s actors and levers, each misspelt one at its position', () => {
    const doc = parseDocument(base);
    const zone = { actors: ['north', 'sout'], levers: ['bordr'], start_max: 0.05, widened_rate: [0.3, 0.8] };
    doc.set('balance', doc.createNode({ zone_of_agreement: zone }));
    const text = doc.toString();
    const errors = loadScenario(text, 'minimal.yaml').diagnostics.filter((d) => d.severity === 'error');
    // The block comes last: its ids are the last occurrences of their text.
    const lineOf = (needle: string) => text.slice(0, text.lastIndexOf(needle)).split('\n').length;
    expect(errors.map((d) => [d.code, d.line])).toEqual([
      ['REF_ACTOR', lineOf('sout')],
      ['REF_LEVER', lineOf('bordr')],
    ]);
  });

  it('checks a targets file’s zone of agreement the same way, naming each problem’s place', () => {
    const loaded = withBalance({});
    if (!loaded.ok) throw new Error('the fixture does not load');
    const zone = { actors: ['north'], levers: ['bordr'], start_max: 2, widened_rate: [0.8, 0.3], week: 3 };
    const parsed = parseTargets(loaded.scenario, { zone_of_agreement: zone });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path.join('.'))).toEqual([
      'zone_of_agreement.actors',
      'zone_of_agreement.levers.0',
      'zone_of_agreement.start_max',
      'zone_of_agreement.widened_rate',
      'zone_of_agreement.week',
    ]);
    expect(parsed.problems[1]!.message).toBe('zone_of_agreement.levers: no lever "bordr" (border, quota)');
    const twice = parseTargets(loaded.scenario, {
      zone_of_agreement: { actors: ['north', 'north'], levers: ['border'], start_max: 0.05, widened_rate: [0.3, 0.8] },
    });
    expect(twice.ok ? [] : twice.problems.map((p) => p.message)).toEqual([
      'zone_of_agreement.actors: "north" is named twice',
    ]);
  });

  it('refuses unknown targets and malformed ranges', () => {
    const codes = (b: unknown) =>
      withBalance(b)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code);
    expect(codes({ good_rates: {} })).toEqual(['SCHEMA_UNKNOWN_KEY']);
    expect(codes({ agreement_rate: [0.2] })).toContain('SCHEMA_RANGE');
  });
});
