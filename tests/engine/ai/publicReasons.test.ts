/**
 * Public reasons never reveal exact weights (docs/model.md §5): over many whole
 * games, read from the event log,
 *  - no public reason holds a number;
 *  - every public answer is one of a few fixed phrases ("acceptable",
 *    "close", "far from acceptable", a red line), with fixed suffixes;
 *  - a lever is named to the proposer of the package answered only once that
 *    proposer has learnt it matters to the answering seat: it was told the
 *    seat's costliest lever at a meeting, or the seat made a statement on it.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/engine/ai/Persona';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Package } from '../../../src/engine/game/GameState';
import { ukraine } from '../game/kit';
import { playGame, seeds } from './harness';
import { negotiatorPolicy } from '../../../src/engine/ai/negotiatorPolicy';
import { publicText } from '../../../src/engine/game/formatEvent';

const scenario = ukraine();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEVER = `(${scenario.levers.map((l) => escape(l.name)).join('|')})`;
const ACTOR = `(${scenario.actors.map((a) => escape(a.name)).join('|')})`;
const STICKING = `; the ${LEVER} clause is the sticking point`;
const SHORT = `(close|far from acceptable)(?:${STICKING})?`;
const VERDICT = '(close|far from acceptable)';
const RED_LINE = `(?:it crosses ${ACTOR}'s declared red line on ${LEVER}|${ACTOR} will not sign one of its clauses)`;
const COUNTER = '; it counters with terms it expects the others can accept';
const ANSWER: Readonly<Record<string, RegExp>> = {
  accept: /^acceptable$/,
  reject: new RegExp(`^(?:${SHORT}|${RED_LINE})$`),
  counter: new RegExp(`^(?:${VERDICT}|${RED_LINE})${escape(COUNTER)}(?:${STICKING})?$`),
};
const FIXED: Readonly<Record<string, RegExp>> = {
  package_delivered: new RegExp(
    `^(?:terms it expects the others can accept|its opening position|(?:${VERDICT}|${RED_LINE})${escape(COUNTER)}(?:${STICKING})?)$`,
  ),
  meeting_held: new RegExp(`^to learn what ${ACTOR} values most$`),
  red_line_declared: /^a public commitment makes its position credible$/,
  pressure_applied: /^its offers keep being turned down; it raises the cost of no deal$/,
};
const leverByName = new Map(scenario.levers.map((l) => [l.name, l.index]));

interface Tally {
  answers: number;
  verdicts: Map<string, number>;
  named: number;
}

/** Reads one game's log in order, checking every public reason against what the receiver had learnt by then. */
function checkLog(events: readonly GameEvent[], where: string, tally: Tally): void {
  const packages = new Map<string, Package>();
  /** learnt[observer] = set of `${target}:${lever}` */
  const learnt = scenario.actors.map(() => new Set<string>());
  for (const e of events) {
    if (e.type === 'costliest_learnt' || e.type === 'importance_learnt')
      learnt[e.observer]!.add(`${e.target}:${e.lever}`);
    if (e.type === 'package_delivered') packages.set(e.package.id, e.package);
    if (!('reasons' in e) || !e.reasons) continue;
    const text = publicText(scenario, e.reasons);
    expect(text, `${where}: a number in "${text}"`).not.toMatch(/\d/);
    if (e.type !== 'answered') {
      const pattern = FIXED[e.type];
      expect(pattern, `${where}: reasons on ${e.type}`).toBeDefined();
      expect(text, `${where}: ${e.type}`).toMatch(pattern!);
      continue;
    }
    tally.answers++;
    const match = ANSWER[e.answer]?.exec(text);
    expect(match, `${where}: ${e.answer} "${text}"`).toBeTruthy();
    const verdict =
      text.split(';')[0]!.startsWith('it crosses') || text.includes('will not sign') ? 'red line' : text.split(';')[0]!;
    tally.verdicts.set(verdict, (tally.verdicts.get(verdict) ?? 0) + 1);
    // A red line is the answering seat's own.
    const me = scenario.actors[e.actor]!.name;
    if (verdict === 'red line')
      expect(
        text.startsWith(`it crosses ${me}'s`) || text.startsWith(`${me} will not sign`),
        `${where}: "${text}"`,
      ).toBe(true);
    const pkg = packages.get(e.package)!;
    const named = [
      /; the (.+?) clause is the sticking point/.exec(text)?.[1],
      /declared red line on (.+?)(?:;|$)/.exec(text)?.[1],
    ].filter((x) => x !== undefined);
    for (const name of named) {
      const lever = leverByName.get(name)!;
      expect(lever, `${where}: "${name}" is a lever`).toBeDefined();
      tally.named++;
      expect(
        learnt[pkg.proposer]!.has(`${e.actor}:${lever}`),
        `${where}: ${scenario.actors[e.actor]!.id} names ${scenario.levers[lever]!.id} to ${scenario.actors[pkg.proposer]!.id}, who never learnt it: "${text}"`,
      ).toBe(true);
    }
  }
}

describe('public reasons', () => {
  it('hold no number, use fixed phrases, and name a clause only to a proposer who has learnt it', () => {
    const tally: Tally = { answers: 0, verdicts: new Map(), named: 0 };
    const negotiator = negotiatorPolicy(PERSONAS[0]!);
    for (const seed of seeds(40)) {
      const game = playGame(
        scenario,
        seed,
        scenario.actors.map(() => negotiator),
      );
      checkLog(game.events, `negotiators, seed ${seed}`, tally);
    }
    for (const seed of seeds(20, 500)) {
      const game = playGame(
        scenario,
        seed,
        scenario.actors.map((_, i) => negotiatorPolicy(PERSONAS[(seed + i) % PERSONAS.length]!)),
      );
      checkLog(game.events, `mixed personas, seed ${seed}`, tally);
    }
    expect(tally.answers).toBeGreaterThan(200);
    // Only the fixed verdicts, and more than one of them.
    expect(
      [...tally.verdicts.keys()].every((v) => ['acceptable', 'close', 'far from acceptable', 'red line'].includes(v)),
    ).toBe(true);
    expect(tally.verdicts.size).toBeGreaterThanOrEqual(3);
    // Clauses do get named (the check above is not vacuous).
    expect(tally.named).toBeGreaterThan(0);
  }, 60_000);
});
