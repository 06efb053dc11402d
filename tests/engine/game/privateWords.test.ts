/**
 * The AI's private reasons as a student's debrief tells them (privateWords):
 * every kind of reason met in whole ukraine-2025 games reads as a sentence
 * with the worths on the table's scale, and none of the AI's internal terms
 * (the time fraction t, the temperament, "reservation", "target") or a
 * number the code failed to write.
 */
import { describe, expect, it } from 'vitest';
import { privateText, privateWords } from '../../../src/engine/game/formatReasons';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import type { PrivateReason } from '../../../src/engine/game/Reasons';
import { playGame, seeds } from '../playGame';
import { ukraine } from './kit';

describe('private reasons in a debrief', () => {
  const scenario = ukraine();
  const pub = publicScenarioOf(scenario);
  const reasons: { author: number; reason: PrivateReason }[] = [];
  for (const seed of seeds(1, 12)) {
    for (const event of playGame(scenario, seed, 'negotiator').events) {
      if (!('reasons' in event) || !event.reasons?.private) continue;
      const author =
        'actor' in event
          ? event.actor
          : 'initiator' in event
            ? event.initiator
            : 'package' in event
              ? event.package.proposer
              : null;
      if (typeof author === 'number') reasons.push({ author, reason: event.reasons.private });
    }
  }

  it('meets every kind of reason the AI keeps', () => {
    expect(new Set(reasons.map((r) => r.reason.kind))).toEqual(
      new Set(['answer', 'proposal', 'red_lines', 'meet', 'pressure']),
    );
  });

  it('tells each in plain words, without the AI’s internal terms', () => {
    for (const { author, reason } of reasons) {
      const text = privateWords(pub, author, reason);
      expect(text).not.toMatch(/\bt \d|temperament|reservation|target|≥|NaN|undefined/);
      expect(text.length).toBeGreaterThan(20);
      // The designers' version keeps the exact terms: the two differ wherever there was one.
      if (reason.kind === 'answer' && reason.assessment.kind === 'value')
        expect(privateText(pub, author, reason)).toMatch(/temperament/);
    }
  });

  it('says why it met in words: how little it knew yet of the other side, without a width in points', () => {
    const meets = reasons.filter((r) => r.reason.kind === 'meet');
    expect(meets.length).toBeGreaterThan(0);
    for (const { author, reason } of meets) {
      const width = (reason as Extract<PrivateReason, { kind: 'meet' }>).width;
      const text = privateWords(pub, author, reason);
      expect(text).not.toMatch(/\d|points|wide/);
      expect(text).toMatch(width >= 0.5 ? / knew little yet of what .+ wanted$/ : / still unsure of what .+ wanted$/);
    }
  });

  it('gives an answer’s worth and what the actor needed, on the table’s scale', () => {
    const answer = reasons.find((r) => r.reason.kind === 'answer' && r.reason.assessment.kind !== 'red_line')!;
    const a = (answer.reason as Extract<PrivateReason, { kind: 'answer' }>).assessment as {
      worth: number;
      target: number;
    };
    const text = privateWords(pub, answer.author, answer.reason);
    expect(text).toContain(`worth ${Math.round(a.worth * 10) / 10}`);
    expect(text).toContain(`at least ${Math.round(a.target * 10) / 10}`);
  });
});

describe('a proposal’s private reasons in words', () => {
  const pub = publicScenarioOf(ukraine());
  const usa = pub.actors.find((a) => a.id === 'usa')!.index;
  const russia = pub.actors.find((a) => a.id === 'russia')!.index;

  it('says what the author needed that week in the words an answer uses, never “aimed for”', () => {
    const text = privateWords(pub, usa, {
      kind: 'proposal',
      own: 77.3,
      target: 22,
      gains: [{ actor: russia, gain: 1.2 }],
      acceptable: true,
    });
    expect(text).toBe(
      'it was worth 77.3 to the United States, who needed at least 22 that week, and it estimated the others would gain: Russia +1.2',
    );
    expect(privateWords(pub, usa, { kind: 'proposal', own: 78, target: 78, gains: [], acceptable: false })).toBe(
      'it saw no terms the others would accept yet, so it stated what it wanted: worth 78 to it (it needed at least 78 that week)',
    );
  });

  it('says nobody else had to sign a package its author alone signs, instead of an empty list of gains', () => {
    const text = privateWords(pub, usa, { kind: 'proposal', own: 51.8, target: 50.5, gains: [], acceptable: true });
    expect(text).toBe(
      'it was worth 51.8 to the United States, who needed at least 50.5 that week, and no other side had to sign it',
    );
    expect(text).not.toMatch(/gain: ?$|: \.|:\s*$/);
    const counter = privateWords(pub, usa, {
      kind: 'answer',
      assessment: {
        kind: 'value',
        worth: 40,
        target: 50,
        reservation: 20,
        t: 0.5,
        temperament: 1,
        trust: 50,
        costliest: null,
      },
      then: { kind: 'counter', own: 60, gains: [] },
    });
    expect(counter).toMatch(/its counter-offer was worth 60 to it, and no other side had to sign it$/);
    expect(privateText(pub, usa, { kind: 'proposal', own: 51.8, target: 50.5, gains: [], acceptable: true })).toMatch(
      /estimated gains none \(no other signer\)$/,
    );
  });
});
