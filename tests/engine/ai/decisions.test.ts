/**
 * Every decision the negotiator makes in real games, re-derived from its
 * view by the documented formulas (docs/model.md §6, docs/model.md): over many
 * seeds of ukraine-2025, each answer and each package it makes is checked
 * against its stance and against an opponent model fed exactly what its own
 * was fed.
 *  - A counter is, by its estimate, acceptable to every other party (the
 *    original proposer included), and worth at least its target and the
 *    package it rejects.
 *  - An acceptance is worth its trust-adjusted target, never less than its
 *    reservation value, crosses no red line, hidden or declared, and is of
 *    no package overtaken by a signature since it was offered.
 *  - It turns down only packages short of its target, across a red line,
 *    overtaken, or that only cost it (nothing for nothing) when it owes those
 *    they help less than their cost; it accepts such a package only when it
 *    owes them as much.
 *  - Nothing it offers only costs itself unless it owes those the package
 *    helps as much, nor only costs another party, by its estimates, unless
 *    that party owes it as much.
 *  - What it proposes is worth at least its target, and what it calls
 *    acceptable is so by its estimates.
 *  - The estimated gains its reasons give for a proposal or a counter are
 *    exactly its clauses', by its opponent model.
 *  - Nothing it offers holds a clause a party to it named a red line in
 *    refusing an earlier package.
 *  - The rules never refuse one of its orders.
 */
import { describe, expect, it } from 'vitest';
import { trustAdjusted } from '../../../src/engine/ai/concession';
import { stanceOf } from '../../../src/engine/ai/negotiatorPolicy';
import { PERSONAS } from '../../../src/engine/ai/Persona';
import type { Clause } from '../../../src/engine/game/GameState';
import { overtakenClause } from '../../../src/engine/game/overtakenClause';
import { ownReservation, ownUtility } from '../../../src/engine/policies/ownValue';
import { owedBy, owedTo, returnsSomething } from '../../../src/engine/ai/Ledger';
import { ukraine } from '../game/kit';
import { persona, playGame, seeds, watched, type Decision } from './harness';
import type { ActorIndex } from '../../../src/engine/game/ids';
import type { Gain } from '../../../src/engine/game/Reasons';

const scenario = ukraine();
const EPS = 1e-9;
// Whole games: generous timeouts, as the machine running them may be busy.

interface Tally {
  counters: number;
  accepts: number;
  rejects: number;
  proposals: number;
  acceptedBelowPlainTarget: number;
  /** Packages it made while it knew of a refusal that names a red line. */
  offersKnowingRefusals: number;
  /** Packages it turned down as overtaken by a signature. */
  overtaken: number;
  /** Packages worth its target that only cost it: turned down, and signed to repay those they help. */
  giftsRefused: number;
  giftsRepaid: number;
  acceptableProposals: number;
  /** Estimated gains its reasons give, checked against its clauses'. */
  gainsChecked: number;
}

const emptyTally = (): Tally => ({
  counters: 0,
  accepts: 0,
  rejects: 0,
  proposals: 0,
  acceptedBelowPlainTarget: 0,
  offersKnowingRefusals: 0,
  overtaken: 0,
  giftsRefused: 0,
  giftsRepaid: 0,
  acceptableProposals: 0,
  gainsChecked: 0,
});

function checker(tally: Tally) {
  return (d: Decision): void => {
    const { scenario: pub, view, legal, persona: p, model } = d;
    const me = view.actor;
    const where = `seed ${d.seed}, week ${view.week}, ${pub.actors[me]!.id} (${p.id})`;
    const stance = stanceOf(pub, view, p);
    const demand = p.demandShare * (stance.target - stance.current);
    const redLineOf = (clauses: readonly Clause[], parties: readonly ActorIndex[]) =>
      clauses.find(
        (c) =>
          view.profile.redLines[c.lever]![c.option] ||
          parties.some((s) => view.redLines[s]![c.lever]!.includes(c.option)) ||
          parties.some((s) => s !== me && model.refuses(s, c.lever, c.option)),
      );
    const knowsRefusal = model.data.refused.some((byLever, j) => j !== me && byLever.some((o) => o.length > 0));
    const partiesOf = (clauses: readonly Clause[]) => [
      ...new Set([me, ...clauses.flatMap((c) => pub.levers[c.lever]!.signatories)]),
    ];
    // Its accounts as it decided: the memory it kept has them (docs/model.md §6, "Nothing for nothing").
    const ledger = d.next.ledger!;
    // The parties but the seat a package would leave better off, by its estimates: an offer's proposer is one.
    const helped = (clauses: readonly Clause[], parties: readonly ActorIndex[] = partiesOf(clauses)) =>
      parties.filter((j) => j !== me && model.gainOf(view, j, clauses) > 0);
    /** What signing would cost it when no clause gains it, else 0. */
    const giftCost = (clauses: readonly Clause[]) =>
      returnsSomething(view.profile.weighted, view.levers, clauses)
        ? 0
        : Math.max(0, stance.current - ownUtility(view, clauses));
    // The gains its reasons give are its clauses' alone, to the last bit, whatever packages the search met
    // before: a running sum would carry their rounding, and a gain of exactly the demand could come out short.
    const checkGains = (clauses: readonly Clause[], gains: readonly Gain[], what: string) => {
      expect(
        gains.map((g) => g.actor),
        `${where}: ${what}, the parties its gains name`,
      ).toEqual(
        partiesOf(clauses)
          .filter((j) => j !== me)
          .sort((x, y) => x - y),
      );
      // Their difference, not Object.is, which tells +0 from −0.
      for (const g of gains)
        expect(
          Math.abs(g.gain - model.gainOf(view, g.actor as ActorIndex, clauses)),
          `${where}: ${what}, estimated gain of ${pub.actors[g.actor]!.id} off its clauses' by`,
        ).toBe(0);
      tally.gainsChecked += gains.length;
    };
    const checkNoGifts = (clauses: readonly Clause[], what: string) => {
      const cost = giftCost(clauses);
      if (cost > EPS)
        expect(owedTo(ledger, helped(clauses)), `${where}: ${what} only costs it`).toBeGreaterThanOrEqual(cost - EPS);
      for (const j of partiesOf(clauses)) {
        if (j === me) continue;
        const gain = model.gainOf(view, j, clauses);
        if (gain < 0 && !clauses.some((c) => model.gainOf(view, j, [c]) > 0))
          expect(owedBy(ledger, j), `${where}: ${what} only costs ${pub.actors[j]!.id}`).toBeGreaterThanOrEqual(
            -gain - EPS,
          );
      }
    };

    for (const action of d.actions) {
      if (action.type === 'accept' || action.type === 'reject' || action.type === 'counter') {
        const id = action.type === 'counter' ? action.to : action.package;
        const pkg = legal.toAnswer.find((x) => x.id === id)!;
        expect(pkg, `${where}: answers a package it received`).toBeDefined();
        const trust = view.values[pub.trustIndex(me, pkg.proposer)]!;
        const target = trustAdjusted(stance.target, stance.reservation, trust, view.profile.trustEffect * p.trustScale);
        const worth = ownUtility(view, pkg.clauses);
        const crosses = redLineOf(pkg.clauses, [me]);
        const overtaken = overtakenClause(pub.levers, view.levers, pkg.clauses);
        if (action.type === 'accept') {
          tally.accepts++;
          expect(crosses, `${where}: accepts ${id} across a red line`).toBeUndefined();
          expect(overtaken, `${where}: accepts ${id}, which can no longer be signed`).toBeNull();
          expect(worth, `${where}: accepts ${id} below its target`).toBeGreaterThanOrEqual(target - EPS);
          expect(worth, `${where}: accepts ${id} below its reservation value`).toBeGreaterThanOrEqual(
            ownReservation(pub, view) - EPS,
          );
          if (worth < stance.target - EPS) tally.acceptedBelowPlainTarget++;
          const cost = giftCost(pkg.clauses);
          if (cost > EPS) {
            tally.giftsRepaid++;
            expect(
              owedTo(ledger, helped(pkg.clauses, pkg.parties)),
              `${where}: accepts ${id}, which only costs it`,
            ).toBeGreaterThanOrEqual(cost - EPS);
          }
          continue;
        }
        // Not accepting is only for packages short of the target, across a red line, overtaken, or only costing it
        // more than it owes those they help.
        if (overtaken) tally.overtaken++;
        const unpaidGift = giftCost(pkg.clauses) > owedTo(ledger, helped(pkg.clauses, pkg.parties)) + EPS;
        if (worth >= target && crosses === undefined && overtaken === null && unpaidGift) tally.giftsRefused++;
        expect(
          crosses !== undefined || overtaken !== null || worth < target || unpaidGift,
          `${where}: turns down ${id}, worth ${worth} ≥ target ${target}`,
        ).toBe(true);
        if (action.type === 'reject') {
          tally.rejects++;
          continue;
        }

        tally.counters++;
        if (knowsRefusal) tally.offersKnowingRefusals++;
        const own = ownUtility(view, action.clauses);
        expect(own, `${where}: counter to ${id} below the package it rejects`).toBeGreaterThanOrEqual(worth - EPS);
        expect(own, `${where}: counter to ${id} below its target`).toBeGreaterThanOrEqual(target - EPS);
        expect(own, `${where}: counter to ${id} below its reservation value`).toBeGreaterThanOrEqual(
          stance.reservation - EPS,
        );
        const parties = partiesOf(action.clauses);
        expect(parties, `${where}: counter to ${id} leaves out its proposer`).toContain(pkg.proposer);
        expect(redLineOf(action.clauses, parties), `${where}: counter crosses a red line`).toBeUndefined();
        checkNoGifts(action.clauses, `counter to ${id}`);
        const found = action.reasons?.private;
        if (found?.kind === 'answer' && found.then?.kind === 'counter')
          checkGains(action.clauses, found.then.gains, `counter to ${id}`);
        for (const j of parties) {
          if (j === me) continue;
          expect(
            model.gainOf(view, j, action.clauses),
            `${where}: counter to ${id}, estimated gain of ${pub.actors[j]!.id}`,
          ).toBeGreaterThanOrEqual(demand - EPS);
        }
      } else if (action.type === 'propose') {
        tally.proposals++;
        if (knowsRefusal) tally.offersKnowingRefusals++;
        expect(ownUtility(view, action.clauses), `${where}: proposes below its target`).toBeGreaterThanOrEqual(
          stance.target - EPS,
        );
        expect(
          redLineOf(action.clauses, partiesOf(action.clauses)),
          `${where}: proposes across a red line`,
        ).toBeUndefined();
        // Terms it says the others can accept are so by its estimates, nothing for nothing included; an opening
        // position need not be, but never only costs the seat itself.
        const found = action.reasons?.private;
        if (found?.kind === 'proposal') checkGains(action.clauses, found.gains, 'a proposal');
        const reason = action.reasons?.public;
        if (reason?.kind === 'proposal' && reason.acceptable) {
          tally.acceptableProposals++;
          checkNoGifts(action.clauses, 'a proposal it calls acceptable');
          for (const j of partiesOf(action.clauses))
            if (j !== me)
              expect(
                model.gainOf(view, j, action.clauses),
                `${where}: a proposal it calls acceptable, estimated gain of ${pub.actors[j]!.id}`,
              ).toBeGreaterThanOrEqual(demand - EPS);
        } else {
          const cost = giftCost(action.clauses);
          if (cost > EPS)
            expect(
              owedTo(ledger, helped(action.clauses)),
              `${where}: proposes what only costs it`,
            ).toBeGreaterThanOrEqual(cost - EPS);
        }
      }
    }
    // Every package it received gets exactly one answer.
    for (const pkg of legal.toAnswer) {
      expect(
        d.actions.filter(
          (a) =>
            (a.type === 'counter' ? a.to : a.type === 'accept' || a.type === 'reject' ? a.package : null) === pkg.id,
        ),
        `${where}: answers to ${pkg.id}`,
      ).toHaveLength(1);
    }
  };
}

describe("the negotiator's decisions in ukraine-2025, re-derived", () => {
  it('all-negotiator games: counters acceptable by its estimates and worth more; acceptances worth the target', () => {
    const tally = emptyTally();
    const factory = watched(persona('negotiator'), checker(tally));
    for (const seed of seeds(30)) {
      const game = playGame(
        scenario,
        seed,
        scenario.actors.map(() => factory),
      );
      expect(game.refused, `seed ${seed}`).toEqual([]);
    }
    // The checks above ran on plenty of each kind of decision.
    expect(tally.counters).toBeGreaterThanOrEqual(20);
    expect(tally.accepts).toBeGreaterThanOrEqual(40);
    expect(tally.rejects).toBeGreaterThanOrEqual(20);
    expect(tally.proposals).toBeGreaterThanOrEqual(100);
    expect(tally.offersKnowingRefusals).toBeGreaterThanOrEqual(20);
    expect(tally.overtaken).toBeGreaterThanOrEqual(5);
    expect(tally.giftsRefused).toBeGreaterThanOrEqual(2);
    expect(tally.giftsRepaid).toBeGreaterThanOrEqual(5);
    expect(tally.acceptableProposals).toBeGreaterThanOrEqual(50);
    expect(tally.gainsChecked).toBeGreaterThanOrEqual(300);
  }, 60_000);

  it('mixed personas: the same holds for hawks and doves', () => {
    const tally = emptyTally();
    for (const seed of seeds(12, 1000)) {
      // Rotate the personas round the table.
      const factories = scenario.actors.map((_, i) => watched(PERSONAS[(seed + i) % PERSONAS.length]!, checker(tally)));
      const game = playGame(scenario, seed, factories);
      expect(game.refused, `seed ${seed}`).toEqual([]);
    }
    expect(tally.counters + tally.accepts).toBeGreaterThan(10);
  }, 60_000);
});
