/**
 * A package is overtaken when a signature since it was offered leaves one of
 * its clauses unsignable (docs/model.md §3.2): the conflict rule would void
 * it, so the negotiator refuses it, with a reason that names that clause.
 */
import { describe, expect, it } from 'vitest';
import { explainAnswer } from '../../../src/engine/ai/explainAnswer';
import type { LeverState } from '../../../src/engine/game/GameState';
import { overtakenClause } from '../../../src/engine/game/overtakenClause';
import { ordersFor, ukraine } from './kit';

const scenario = ukraine();
const on = ordersFor(scenario);
const ceasefire = on.lever('ceasefire');
const [partial, full] = [on.option('ceasefire', 'partial'), on.option('ceasefire', 'full')];
const territory = { lever: on.lever('territory'), option: on.option('territory', 'frozen_line') };

/** Every lever open at its status quo, but the ceasefire as given. */
const withCeasefire = (state: LeverState): LeverState[] =>
  scenario.levers.map((l) => (l.index === ceasefire ? state : { option: l.statusQuo, settled: false, open: true }));

describe('overtakenClause', () => {
  it('names the clause on a lever signed since, and nothing while every lever may still move', () => {
    const signedFull = withCeasefire({ option: full, settled: true, open: true });
    const clause = { lever: ceasefire, option: partial };
    expect(overtakenClause(scenario.levers, signedFull, [territory, clause])).toEqual(clause);
    const unsigned = withCeasefire({ option: scenario.levers[ceasefire]!.statusQuo, settled: false, open: true });
    expect(overtakenClause(scenario.levers, unsigned, [territory, clause])).toBeNull();
  });

  it('lets a clause move a signed interim option on to what it leads to, and no further back', () => {
    const signedPartial = withCeasefire({ option: partial, settled: true, open: true });
    // A partial ceasefire leads to a full one (ukraine-2025's lever), never to itself.
    expect(overtakenClause(scenario.levers, signedPartial, [{ lever: ceasefire, option: full }])).toBeNull();
    expect(overtakenClause(scenario.levers, signedPartial, [{ lever: ceasefire, option: partial }])).toEqual({
      lever: ceasefire,
      option: partial,
    });
  });

  it('is the first reason an answer gives, before a red line crossed', () => {
    const overtaken = { lever: ceasefire, option: partial };
    const reasons = explainAnswer({
      worth: 80,
      target: 40,
      reservation: 30,
      t: 0.5,
      temperament: 1,
      trust: 50,
      costliest: null,
      receiverKnowsCostliest: false,
      redLine: territory,
      overtaken,
      gift: null,
    });
    expect(reasons.public).toEqual({ kind: 'overtaken', lever: ceasefire, countered: false });
    expect(reasons.private).toEqual({
      kind: 'answer',
      assessment: { kind: 'overtaken', lever: ceasefire },
      then: null,
    });
  });
});
