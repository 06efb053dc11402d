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
      'it would have left the United States 2.4 worse off, with nothing in return, and it owed the sides it would have helped only 1 for earlier packages',
    );
    expect(privateText(scenario, europe, reasons.private!)).toBe(
      'worth 50 to the European allies, 2.4 below what they have now, and no clause gains them anything; they owe 1, for earlier packages, to the parties they would help, less than the cost, so they do not sign it for nothing',
    );
    // What rounds to 0 reads as nothing, never "only 0".
    expect(privateWords(scenario, usa, explainAnswer(facts(0.04)).private!)).toContain(
      'owed the sides it would have helped nothing for earlier packages',
    );
    expect(privateWords(scenario, europe, explainAnswer(facts(1)).private!)).toBe(
      'it would have left the European allies 2.4 worse off, with nothing in return, and they owed the sides they would have helped only 1 for earlier packages',
    );
  });

  it('signs it to repay those it helps when it owes them as much', () => {
    const reasons = explainAnswer(facts(2.4));
    expect(reasons.public).toEqual({ kind: 'answer', verdict: 'acceptable', countered: false });
    expect(privateWords(scenario, usa, reasons.private!)).toBe(
      'it left the United States 2.4 worse off, with nothing in return, but it owed 2.4 for earlier packages to the sides it helped, and signed it to repay them',
    );
    expect(privateText(scenario, usa, reasons.private!)).toBe(
      'worth 50 to the United States, 2.4 below what it has now, and no clause gains it anything; it owes 2.4, for earlier packages, to the parties it would help, so signing repays them',
    );
  });
});
