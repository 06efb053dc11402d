/**
 * Nothing for nothing (docs/model.md §6): a package worth the seat's target
 * that only costs it is refused, and said to be, unless the seat owes those
 * it helps as much; then it is signed, and its reasons say it repays them.
 */
import { describe, expect, it } from 'vitest';
import { explainAnswer, type AnswerFacts } from '../../../src/engine/ai/explainAnswer';
import { privateText, privateWords, publicText } from '../../../src/engine/game/formatReasons';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { ukraine } from '../game/kit';

const scenario = publicScenarioOf(ukraine());
const europe = scenario.actors.findIndex((a) => a.id === 'europe');
const usa = scenario.actors.findIndex((a) => a.id === 'usa');

const facts = (owed: number): AnswerFacts => ({
  worth: 50,
  target: 40,
  reservation: 30,
  t: 0.8,
  temperament: 1,
  trust: 50,
  costliest: null,
  receiverKnowsCostliest: false,
  redLine: null,
  overtaken: null,
  gift: { cost: 2.4, owed },
});

describe('nothing for nothing', () => {
  it('refuses a package that only costs the seat when it owes those it helps less, and says so in words', () => {
    const reasons = explainAnswer(facts(1));
    expect(reasons.public).toEqual({ kind: 'nothing_in_return', countered: false });
    expect(reasons.private).toEqual({
      kind: 'answer',
      assessment: { kind: 'gift', worth: 50, cost: 2.4, owed: 1 },
      then: null,
    });
    expect(publicText(scenario, europe, reasons.public)).toBe(
      'the European allies get nothing in return for what they would give up',
    );
    expect(publicText(scenario, usa, reasons.public)).toBe(
      'the United States gets nothing in return for what it would give up',
    );
    expect(privateWords(scenario, usa, reasons.private!)).toBe(
      'it would have left the United States 2.4 worse off, with nothing in return, and it owed the sides it would help only 1',
    );
    expect(privateText(scenario, europe, reasons.private!)).toBe(
      'worth 50 to the European allies, 2.4 below what they have now, and no clause gains them anything; they owe the parties they help 1 for what they gave them, too little to sign it for nothing',
    );
    expect(privateWords(scenario, usa, explainAnswer(facts(0)).private!)).toContain(
      'owed the sides it would help nothing',
    );
  });

  it('signs it to repay those it helps when it owes them as much', () => {
    const reasons = explainAnswer(facts(2.4));
    expect(reasons.public).toEqual({ kind: 'answer', verdict: 'acceptable', countered: false });
    expect(privateWords(scenario, usa, reasons.private!)).toBe(
      'it left the United States 2.4 worse off, with nothing in return, but it owed the sides it helped 2.4 for what they had given it, and signed it to repay them',
    );
  });

  it('judges by the value as any answer does when the package is short of the target', () => {
    const reasons = explainAnswer({ ...facts(0), gift: null, worth: 35 });
    expect(reasons.public).toEqual({ kind: 'answer', verdict: 'close', countered: false });
  });
});
