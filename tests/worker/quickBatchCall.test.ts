// The author's quick batch in the worker (docs/authoring.md): asked in
// slices, as the page asks it to show progress, it adds up to the batch that
// `npm run scenario -- explain` plays — the same games, ending for ending.
import { describe, expect, it } from 'vitest';
import { explainScenario } from '../../src/engine/explain/explainScenario';
import { compiledOf } from '../../src/engine/api/Scenario';
import { answer, engineCalls } from '../../src/worker/engineCalls';
import { precompiled, scenario } from './ukrainePrecompiled';

describe('the quick batch, asked of the worker', () => {
  it('adds up, slice by slice, to the batch explain plays', () => {
    const calls = engineCalls();
    const key = calls.load(structuredClone(precompiled));
    const slices = [
      [1, 16],
      [16, 31],
      [31, 41],
    ] as const;
    const total = compiledOf(scenario).endings.map(() => 0);
    for (const [from, to] of slices) {
      const reply = structuredClone(answer(calls, { id: from, call: 'quickBatch', arg: { scenario: key, from, to } }));
      if (!reply.ok) throw new Error(reply.message);
      (reply.answer as { games: number }[]).forEach((e, i) => (total[i] = (total[i] ?? 0) + e.games));
    }
    const explained = explainScenario(compiledOf(scenario), 40).batch.endings.map((e) => e.games);
    expect(total).toEqual(explained);
    expect(total.reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('answers what went wrong for a scenario it was not given', () => {
    const reply = answer(engineCalls(), { id: 1, call: 'quickBatch', arg: { scenario: 'nope', from: 1, to: 2 } });
    expect(reply).toEqual({ id: 1, ok: false, message: 'The scenario of this game was not loaded.' });
  });
});
