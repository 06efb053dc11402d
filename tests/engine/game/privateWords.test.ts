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
      if (reason.kind === 'answer' && reason.assessment.kind !== 'red_line')
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
