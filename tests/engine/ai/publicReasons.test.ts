/**
 * Public reasons never reveal exact weights (docs/model.md §5): over many whole
 * games, read from the event log,
 *  - a public reason is one of a few kinds of fact (a verdict — acceptable,
 *    close, far —, a red line crossed, a proposal, a commitment, a meeting to
 *    learn, pressure), carries no number but lever and actor indices, and its
 *    English holds no number;
 *  - each kind goes with its event and answer ("acceptable" only on an
 *    acceptance, "countered" only on a counter);
 *  - a lever is named to the proposer of the package answered only once that
 *    proposer has learnt it matters to the answering seat: it was told the
 *    seat's costliest lever at a meeting, or the seat made a statement on it;
 *  - a clause that crosses a red line is always named, and it is the clause
 *    the answering seat found across its own red line;
 *  - a package refused as overtaken names a clause of its own whose lever
 *    was signed since the package was offered, in that week's signatures or
 *    later (docs/model.md §3.2), and the answer is never an acceptance;
 *  - a package refused for giving nothing in return (docs/model.md §6) is
 *    one its private assessment found only costs the seat, more than it owes
 *    those it helps, and the answer is never an acceptance.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/engine/ai/Persona';
import { negotiatorPolicy } from '../../../src/engine/ai/negotiatorPolicy';
import { publicText } from '../../../src/engine/game/formatReasons';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Package } from '../../../src/engine/game/GameState';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import type { PublicReason } from '../../../src/engine/game/Reasons';
import { authorOf } from '../../../src/engine/game/visibleTo';
import { ukraine } from '../game/kit';
import { playGame, seeds } from './harness';

const scenario = ukraine();
const pub = publicScenarioOf(scenario);

/** The kinds of public reason each event may carry. */
const KINDS: Readonly<Record<string, readonly PublicReason['kind'][]>> = {
  package_delivered: ['proposal', 'answer', 'red_line_crossed', 'overtaken', 'nothing_in_return'],
  meeting_held: ['learn'],
  red_line_declared: ['commitment'],
  pressure_applied: ['pressure'],
  answered: ['answer', 'red_line_crossed', 'overtaken', 'nothing_in_return'],
};
/** Every field a public reason may have; the only numbers among them are indices. */
const FIELDS = new Set(['kind', 'verdict', 'sticking', 'countered', 'lever', 'acceptable', 'about']);
const INDICES = new Set(['sticking', 'lever', 'about']);

interface Tally {
  answers: number;
  verdicts: Map<string, number>;
  named: number;
  /** Answers across a red line, and those whose red line had been declared. */
  redLines: number;
  declared: number;
  overtaken: number;
  nothingInReturn: number;
}

/** Reads one game's log in order, checking every public reason against what the receiver had learnt by then. */
function checkLog(events: readonly GameEvent[], where: string, tally: Tally): void {
  const packages = new Map<string, Package>();
  /** learnt[observer] = set of `${target}:${lever}` */
  const learnt = scenario.actors.map(() => new Set<string>());
  /** declared[actor] = set of `${lever}:${option}` */
  const declared = scenario.actors.map(() => new Set<string>());
  /**
   * The levers signed since each package was offered, by package id: since the start of the week it was delivered in,
   * as packages are offered before the week's signatures and delivered after them.
   */
  const signedSince = new Map<string, Set<number>>();
  let signedThisWeek = new Set<number>();
  for (const e of events) {
    if (e.type === 'week_started') signedThisWeek = new Set();
    if (e.type === 'lever_settled') {
      signedThisWeek.add(e.lever);
      for (const since of signedSince.values()) since.add(e.lever);
    }
    if (e.type === 'package_delivered') signedSince.set(e.package.id, new Set(signedThisWeek));
    if (e.type === 'costliest_learnt' || e.type === 'importance_learnt')
      learnt[e.observer]!.add(`${e.target}:${e.lever}`);
    if (e.type === 'package_delivered') packages.set(e.package.id, e.package);
    if (!('reasons' in e) || !e.reasons) continue;
    const reason = e.reasons.public;
    const author = authorOf(e);
    expect(KINDS[e.type], `${where}: reasons on ${e.type}`).toContain(reason.kind);
    for (const [key, value] of Object.entries(reason)) {
      expect(FIELDS.has(key), `${where}: field ${key} in ${JSON.stringify(reason)}`).toBe(true);
      if (typeof value === 'number') expect(INDICES.has(key), `${where}: number ${key}`).toBe(true);
    }
    const text = publicText(pub, author, reason);
    expect(text, `${where}: a number in "${text}"`).not.toMatch(/\d/);
    if (e.type === 'meeting_held' && reason.kind === 'learn') {
      expect(
        e.participants.filter((p) => p !== e.initiator),
        where,
      ).toContain(reason.about);
    }
    if (e.type === 'red_line_declared') for (const o of e.options) declared[e.actor]!.add(`${e.lever}:${o}`);
    if (e.type !== 'answered') continue;

    tally.answers++;
    if (reason.kind === 'overtaken') {
      expect(e.answer, where).not.toBe('accept');
      expect(reason.countered, where).toBe(e.answer === 'counter');
      expect(
        packages.get(e.package)?.clauses.map((c) => c.lever),
        where,
      ).toContain(reason.lever);
      expect([...(signedSince.get(e.package) ?? [])], where).toContain(reason.lever);
      expect(text, where).toContain(`the clause on ${scenario.levers[reason.lever]!.name} can no longer be signed`);
      tally.overtaken++;
      continue;
    }
    if (reason.kind === 'nothing_in_return') {
      expect(e.answer, where).not.toBe('accept');
      expect(reason.countered, where).toBe(e.answer === 'counter');
      const assessment = e.reasons.private?.kind === 'answer' ? e.reasons.private.assessment : null;
      expect(assessment?.kind, where).toBe('gift');
      if (assessment?.kind === 'gift') expect(assessment.owed, where).toBeLessThan(assessment.cost);
      expect(text, where).toContain('nothing in return');
      tally.nothingInReturn++;
      continue;
    }
    expect(reason.kind === 'answer' || reason.kind === 'red_line_crossed', where).toBe(true);
    if (reason.kind !== 'answer' && reason.kind !== 'red_line_crossed') continue;
    expect(reason.countered, `${where}: ${e.answer} says countered ${reason.countered}`).toBe(e.answer === 'counter');
    const verdict = reason.kind === 'answer' ? reason.verdict : 'red line';
    expect(verdict === 'acceptable', `${where}: ${e.answer} with verdict ${verdict}`).toBe(e.answer === 'accept');
    tally.verdicts.set(verdict, (tally.verdicts.get(verdict) ?? 0) + 1);
    const pkg = packages.get(e.package)!;
    expect(pkg, `${where}: answers a delivered package`).toBeDefined();
    const named = reason.kind === 'answer' ? reason.sticking : reason.lever;
    if (reason.kind === 'red_line_crossed') {
      // The red line is the answering seat's own (its private assessment says which), and it is named.
      const assessment = e.reasons.private?.kind === 'answer' ? e.reasons.private.assessment : null;
      expect(assessment?.kind, where).toBe('red_line');
      expect(reason.lever, where).toBe(assessment?.kind === 'red_line' ? assessment.lever : 'a red line');
      expect(text, where).toContain(`the clause on ${scenario.levers[reason.lever!]!.name}`);
      tally.redLines++;
      if (declared[e.actor]!.has(`${reason.lever}:${assessment?.kind === 'red_line' ? assessment.option : -1}`))
        tally.declared++;
      continue;
    }
    if (named === undefined) continue;
    tally.named++;
    expect(
      learnt[pkg.proposer]!.has(`${e.actor}:${named}`),
      `${where}: ${scenario.actors[e.actor]!.id} names ${scenario.levers[named]!.id} to ${scenario.actors[pkg.proposer]!.id}, who never learnt it: "${text}"`,
    ).toBe(true);
  }
}

describe('public reasons', () => {
  it('are a few fixed kinds of fact with no number, name a costliest clause only to a proposer who has learnt it, every red line crossed, every clause overtaken and every package that gives nothing in return', () => {
    const tally: Tally = {
      answers: 0,
      verdicts: new Map(),
      named: 0,
      redLines: 0,
      declared: 0,
      overtaken: 0,
      nothingInReturn: 0,
    };
    const negotiator = negotiatorPolicy(PERSONAS[0]!);
    for (const seed of seeds(40)) {
      const game = playGame(scenario, seed, negotiator);
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
    // More than one of the fixed verdicts occurs.
    expect(tally.verdicts.size, JSON.stringify([...tally.verdicts])).toBeGreaterThanOrEqual(3);
    // Clauses do get named (the check above is not vacuous).
    expect(tally.named).toBeGreaterThan(0);
    // Red lines are crossed and named, declared ones and hidden ones alike.
    expect(tally.declared, JSON.stringify(tally)).toBeGreaterThan(0);
    expect(tally.redLines - tally.declared, JSON.stringify(tally)).toBeGreaterThan(0);
    // Packages are overtaken, and refused as such.
    expect(tally.overtaken, JSON.stringify(tally)).toBeGreaterThan(0);
    // Packages that only cost their receiver are refused as such.
    expect(tally.nothingInReturn, JSON.stringify(tally)).toBeGreaterThan(0);
  }, 60_000);
});
