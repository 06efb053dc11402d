/**
 * The adviser never leaks (docs/model.md §5, §6): advice for a seat is computed
 * from that seat's view, legal actions and the events it saw, so changing
 * another actor's hidden profile (weights, option values, reservation value,
 * temperament) changes nothing in it. The package it advises is one the
 * rules accept, worth at least the seat's reservation value, also after the
 * orders the seat has drafted; its reasons say what the numbers say. When it
 * has nothing to suggest it says why: the rules' reason, the levers its own
 * offers hold, or the red lines in the way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advise, type Advice, type NoAdvice } from '../../../src/engine/ai/advise';
import { adviceReasons, noAdviceText } from '../../../src/engine/game/formatReasons';
import { choicesOf } from '../../../src/engine/game/choicesOf';
import { negotiatorPolicy, stanceOf } from '../../../src/engine/ai/negotiatorPolicy';
import { PERSONAS } from '../../../src/engine/ai/Persona';
import type { Action } from '../../../src/engine/game/Action';
import { checkAction } from '../../../src/engine/game/checkAction';
import { createGame } from '../../../src/engine/game/createGame';
import type { Game } from '../../../src/engine/game/Game';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { GameState } from '../../../src/engine/game/GameState';
import { newGame } from '../../../src/engine/game/newGame';
import { playWeek } from '../../../src/engine/game/playWeek';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import { viewFor } from '../../../src/engine/game/viewFor';
import { eventsFor } from '../../../src/engine/game/visibleTo';
import type { PolicyFactory } from '../../../src/engine/policies/Policy';
import { ownReservation, ownUtility } from '../../../src/engine/policies/ownValue';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { fixture, ordersFor, Table, ukraine } from '../game/kit';
import { seatsFor, seeds } from '../playGame';
import type { ActorIndex } from '../../../src/engine/game/ids';

const FILE = 'scenarios/ukraine-2025.yaml';
const TEXT = readFileSync(FILE, 'utf8');

/** The same scenario, with Europe's hidden profile rewritten: other weights, values, reservation value and temperament. */
function otherEurope(): CompiledScenario {
  const start = TEXT.indexOf('  - id: europe\n');
  const end = TEXT.indexOf('\nlevers:', start);
  let block = TEXT.slice(start, end);
  const swap = (from: string, to: string) => {
    expect(block.split(from)).toHaveLength(2);
    block = block.replace(from, to);
  };
  swap(
    'weights: {nato: 0.10, leadership: 0.02, minerals: 0.03, ceasefire: 0.15, security: 0.25, territory: 0.15, sanctions: 0.12, seat: 0.18}',
    'weights: {nato: 0.30, leadership: 0.10, minerals: 0.20, ceasefire: 0.05, security: 0.05, territory: 0.05, sanctions: 0.05, seat: 0.20}',
  );
  swap('ceasefire: {none: 20, partial: 55, full: 80}', 'ceasefire: {none: 90, partial: 10, full: 0}');
  swap('seat: {us_russia_only: 0, inclusive: 100}', 'seat: {us_russia_only: 100, inclusive: 0}');
  swap(
    'minerals: {none: 50, joint_fund: 60, us_majority: 30}',
    'minerals: {none: 0, joint_fund: 100, us_majority: 90}',
  );
  swap(
    'reservation: "param.eu_rv_base + 0.25 * world.western_unity + 0.15 * trust.europe.usa + 0.1 * support.europe - 0.08 * world.war_intensity - param.eu_war_cost * world.human_cost"',
    'reservation: "12 + 0.5 * world.war_intensity"',
  );
  swap('temperament: [0.6, 1.4]', 'temperament: [1.5, 2]');
  const loaded = loadScenario(TEXT.slice(0, start) + block + TEXT.slice(end), FILE);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.scenario;
}

const A = ukraine();
const B = otherEurope();
const on = ordersFor(A);
const europe = on.actor('europe');
const others = A.actors.map((a) => a.index).filter((a) => a !== europe);

/** Scripted human orders by week: packages Europe makes, answers, signs (with Europe a party), pressure — but Europe never meets anyone nor makes a statement. */
const SCRIPT: readonly (readonly Action[])[] = [
  [
    on.propose('europe', { ceasefire: 'partial' }),
    on.propose('usa', { minerals: 'joint_fund' }),
    on.meet('ukraine', 'usa'),
    on.propose('ukraine', { seat: 'inclusive' }),
  ],
  [],
  [
    on.propose('europe', { ceasefire: 'full' }),
    on.meet('russia', 'usa'),
    on.pressure('sanctions_package'),
    on.redLine('ukraine', 'territory', 'recognition'),
  ],
  [],
  [on.meet('usa', 'ukraine'), on.pressure('boost_aid')],
  [],
];
/** Week 2 and 4 answer what was delivered: everyone asked accepts, except Russia, which rejects the first time. */
function answersFor(state: GameState): Action[] {
  return state.inbox.flatMap((p) =>
    p.parties
      .filter((a) => a !== p.proposer)
      .map((a): Action =>
        state.week === 2 && a === on.actor('russia') && p.proposer === europe
          ? { type: 'reject', actor: a, package: p.id }
          : { type: 'accept', actor: a, package: p.id },
      ),
  );
}

function play(
  scenario: CompiledScenario,
  seed: number,
  each: (state: GameState, events: readonly GameEvent[]) => void,
): GameState {
  const game = createGame(scenario, seed);
  let state = game.state;
  const events: GameEvent[] = [...game.events];
  for (const orders of SCRIPT) {
    each(state, events);
    const result = resolveWeek(scenario, state, [...answersFor(state), ...orders]);
    expect(result.refused.map((r) => r.refusal.code)).toEqual([]);
    state = result.state;
    events.push(...result.events);
  }
  each(state, events);
  return state;
}

const adviceOf = (
  scenario: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
  seat: ActorIndex,
): Advice | NoAdvice => advise(viewFor(scenario, state, seat, []), eventsFor(events, seat));

describe('the adviser', () => {
  it("gives the same advice to every other seat whatever Europe's hidden profile, in the same game state", () => {
    for (const seed of seeds(4)) {
      play(A, seed, (state, events) => {
        for (const seat of others)
          expect(adviceOf(B, state, events, seat), `seed ${seed}, week ${state.week}, seat ${seat}`).toEqual(
            adviceOf(A, state, events, seat),
          );
      });
    }
  }, 30_000);

  it("gives the same advice to every other seat after the same orders in two games that differ only in Europe's hidden profile", () => {
    let europeDiffers = 0;
    let signed = 0;
    for (const seed of seeds(4)) {
      const inA: { views: string[]; advice: unknown[] }[] = [];
      const finalA = play(A, seed, (state, events) => {
        inA.push({
          views: others.map((s) =>
            JSON.stringify(viewFor(A, state, s, []), (k, v: unknown) => (k === 'profile' ? undefined : v)),
          ),
          advice: A.actors.map((a) => adviceOf(A, state, events, a.index)),
        });
      });
      signed += finalA.levers.filter((l) => l.settled).length;
      // Europe's second ceasefire package was signed, so its hidden surplus ranked it.
      expect(finalA.levers[on.lever('ceasefire')]).toMatchObject({
        settled: true,
        option: on.option('ceasefire', 'full'),
      });
      let week = 0;
      play(B, seed, (state, events) => {
        const a = inA[week++]!;
        // What the other seats may know is the same in both games …
        others.forEach((s, i) =>
          expect(
            JSON.stringify(viewFor(B, state, s, []), (k, v: unknown) => (k === 'profile' ? undefined : v)),
            `seed ${seed}, week ${state.week}`,
          ).toBe(a.views[i]),
        );
        for (const seat of others)
          expect(adviceOf(B, state, events, seat), `seed ${seed}, week ${state.week}, seat ${seat}`).toEqual(
            a.advice[seat],
          );
        // … while Europe's own advice does change: the rewrite matters.
        if (JSON.stringify(adviceOf(B, state, events, europe)) !== JSON.stringify(a.advice[europe])) europeDiffers++;
      });
    }
    expect(europeDiffers).toBeGreaterThan(0);
    // The script signs packages (Europe a party to one), so hidden surpluses were in play.
    expect(signed).toBeGreaterThan(0);
  }, 30_000);

  it("advises only packages the rules accept, worth what it says, at least the seat's reservation value and what it has now, in whole games", () => {
    let adviceCount = 0;
    let draftAdvice = 0;
    const nothing = new Set<NoAdvice['none']>();
    let sameAsNegotiator = 0;
    let comparable = 0;
    const pub = publicScenarioOf(A);
    /** The game as it stood when this week's orders were asked for: the events each seat has seen. */
    let current: Game;
    const negotiator = negotiatorPolicy(PERSONAS[0]!);
    // The negotiator, asked for advice in the same view just before it decides.
    const advised: PolicyFactory = (context) => {
      const inner = negotiator(context);
      return {
        ...inner,
        decide(view, legal, memory) {
          const decided = inner.decide(view, legal, memory);
          const seen = eventsFor(current.events, view.actor);
          const advice = advise(view, seen);
          const where = `seed ${context.seed}, week ${view.week}, ${pub.actors[view.actor]!.id}`;
          // With the orders it gave as a draft, order by order, the advice is still one the rules accept then.
          for (let k = 1; k <= decided.orders.length; k++) {
            const draft = decided.orders.slice(0, k);
            const later = advise(view, seen, draft);
            if ('none' in later) {
              if (later.none === 'cannot_propose')
                expect(later.refusal, where).toEqual(choicesOf(view, draft).kinds.propose.refusal);
              continue;
            }
            draftAdvice++;
            expect(
              checkAction(pub, view, draft, { type: 'propose', actor: view.actor, clauses: later.clauses }),
              `${where}, after ${k} orders`,
            ).toBeNull();
          }
          if ('none' in advice) {
            nothing.add(advice.none);
            const text = noAdviceText(pub, view.actor, advice);
            expect(text, where).not.toMatch(/\bundefined\b|NaN|: \.|\(\)/);
            if (advice.none === 'red_lines')
              for (const c of advice.crossed)
                expect(
                  c.actor === view.actor
                    ? view.profile.redLines[c.lever]![c.option]
                    : view.redLines[c.actor]![c.lever]!.includes(c.option),
                  where,
                ).toBe(true);
            return decided;
          }
          adviceCount++;
          expect(
            checkAction(pub, view, [], { type: 'propose', actor: view.actor, clauses: advice.clauses }),
            where,
          ).toBeNull();
          expect(advice.worth, where).toBeCloseTo(ownUtility(view, advice.clauses), 9);
          expect(advice.worth, where).toBeGreaterThanOrEqual(ownReservation(pub, view) - 1e-9);
          // Never a package worth less than what the seat has now.
          expect(advice.worth, where).toBeGreaterThanOrEqual(ownUtility(view, []) - 1e-9);
          expect(advice.target, where).toBeCloseTo(stanceOf(pub, view, PERSONAS[0]!).target, 9);
          expect(advice.reservation, where).toBeCloseTo(ownReservation(pub, view), 9);
          const reasons = adviceReasons(pub, advice);
          expect(reasons.join(' '), where).not.toMatch(/\bundefined\b|NaN|: \.|\+−/);
          // One wording per comparison, and it agrees with the numbers.
          expect(reasons[0], where).toContain(advice.worth >= advice.target ? 'at least the' : 'short of the');
          expect(reasons[0], where).toContain(advice.worth >= advice.reservation ? 'more than the' : 'less than the');
          if (advice.gains.length === 0) expect(reasons[1], where).toMatch(/^You alone sign it/);
          // The same search as the negotiator's: with nothing to answer, it proposes the
          // package advised whenever that one is expected to be accepted and reaches the target.
          const proposal = decided.orders.find((x) => x.type === 'propose');
          if (legal.toAnswer.length === 0 && advice.likelyAccepted && advice.worth >= advice.target) {
            comparable++;
            if (proposal?.type === 'propose' && JSON.stringify(proposal.clauses) === JSON.stringify(advice.clauses))
              sameAsNegotiator++;
          }
          return decided;
        },
      };
    };
    for (const seed of seeds(30)) {
      const seats = seatsFor(A, advised, seed);
      let game = newGame(A, seed, seats);
      while (!game.state.ended) {
        current = game;
        game = playWeek(A, game, seats);
      }
      expect(game.refused, `seed ${seed}`).toEqual([]);
    }
    expect(adviceCount).toBeGreaterThan(300);
    expect(draftAdvice).toBeGreaterThan(100);
    // No advice for want of a proposal, or of one that beats no deal, happens in whole games; for want of one within
    // the red lines may (it is held on its own, below).
    expect([...nothing].filter((why) => why !== 'red_lines').sort()).toEqual([
      'cannot_propose',
      'nothing_beats_no_deal',
    ]);
    expect(comparable).toBeGreaterThan(5);
    expect(sameAsNegotiator).toBe(comparable);
  }, 60_000);
});

/** tests/fixtures/minimal.yaml with a third border option, a buffer zone, worth nothing to South. */
function withBuffer(): CompiledScenario {
  const file = 'tests/fixtures/minimal.yaml';
  let text = readFileSync(file, 'utf8');
  const swap = (from: string, to: string) => {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  };
  swap('border: { old_line: 100, new_line: 30 }', 'border: { old_line: 100, new_line: 30, buffer: 60 }');
  swap('border: { old_line: 0, new_line: 100 }', 'border: { old_line: 0, new_line: 100, buffer: 0 }');
  // No deal is worth a point more to South than the border as it stands, or with the buffer zone.
  swap('reservation: "40 - 0.1 * world.tension"', 'reservation: "41 - 0.1 * world.tension"');
  swap(
    'options: [{ id: old_line, name: The old line }, { id: new_line, name: The new line }]',
    'options: [{ id: old_line, name: The old line }, { id: new_line, name: The new line }, { id: buffer, name: A buffer zone }]',
  );
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.scenario;
}

describe('when the adviser has nothing to suggest, it says why', () => {
  const minimal = fixture('minimal');
  const mo = ordersFor(minimal);
  const pubMinimal = publicScenarioOf(minimal);

  it('names the red line that stands between the seat and every package better than no deal', () => {
    const buffer = withBuffer();
    const t = new Table(buffer, 1);
    // North declares it will never sign the new line: the one change that beats no deal for South.
    t.week(mo.redLine('north', 'border', 'new_line'));
    const south = mo.actor('south');
    expect(t.refusedCodes()).toEqual([]);
    const advice = advise(viewFor(buffer, t.state, south, []), eventsFor(t.events, south));
    expect(advice).toEqual({
      none: 'red_lines',
      crossed: [
        {
          lever: mo.lever('border'),
          option: mo.option('border', 'new_line'),
          actor: mo.actor('north'),
          declared: true,
        },
      ],
    });
    expect(noAdviceText(pubMinimal, south, advice as NoAdvice)).toBe(
      'Only packages across red lines would beat no deal: “The new line” on The border crosses a red line North has declared.',
    );
  });

  it('names a red line a party gave as its reason for turning down an offer, and advises no package across it', () => {
    const buffer = withBuffer();
    const t = new Table(buffer, 1);
    t.week();
    const south = mo.actor('south');
    const north = mo.actor('north');
    const clause = { lever: mo.lever('border'), option: mo.option('border', 'new_line') };
    const view = viewFor(buffer, t.state, south, []);
    const seen = eventsFor(t.events, south);
    // Before any refusal, the new line is what the adviser suggests.
    expect((advise(view, seen) as Advice).clauses).toEqual([clause]);
    // North turned down South's offer of it, and said why: it will never sign it.
    const pkg = {
      id: 'offer',
      proposer: south,
      week: 1,
      clauses: [clause],
      parties: [north, south],
      copied: [],
      counters: null,
    };
    const refused: GameEvent[] = [
      { type: 'package_delivered', package: pkg, reasons: null },
      {
        type: 'answered',
        actor: north,
        package: pkg.id,
        proposer: south,
        answer: 'reject',
        reasons: { public: { kind: 'red_line_crossed', lever: clause.lever, countered: false }, private: null },
      },
    ];
    const advice = advise(view, [...seen, ...refused]);
    expect(advice).toEqual({ none: 'red_lines', crossed: [{ ...clause, actor: north, declared: false }] });
    expect(noAdviceText(pubMinimal, south, advice as NoAdvice)).toBe(
      'Only packages across red lines would beat no deal: “The new line” on The border crosses a red line North named in turning down an offer.',
    );
  });

  it("follows the seat's draft: a lever in play in it is left out, and spent points are the reason when none are left", () => {
    const t = new Table(minimal, 1);
    t.week();
    const south = mo.actor('south');
    const view = viewFor(minimal, t.state, south, []);
    const first = advise(view, eventsFor(t.events, south));
    expect('none' in first ? null : first.clauses).toEqual([
      { lever: mo.lever('border'), option: mo.option('border', 'new_line') },
    ]);
    const proposed = [mo.propose('south', { border: 'new_line' })];
    const after = advise(view, eventsFor(t.events, south), proposed);
    expect(after).toMatchObject({ none: 'nothing_beats_no_deal', inPlay: [mo.lever('border')] });
    expect(noAdviceText(pubMinimal, south, after as NoAdvice)).toMatch(
      /^Every package you could propose now is worth less to you than no deal \([\d.]+\)\. Left out until your offers on them are answered: The border\.$/,
    );
    const spent = [...proposed, mo.meet('south', 'north'), mo.flexibility('south', 'quota')];
    const none = advise(view, eventsFor(t.events, south), spent);
    expect(none).toMatchObject({ none: 'cannot_propose', refusal: { code: 'NOT_ENOUGH_POINTS' } });
    expect(noAdviceText(pubMinimal, south, none as NoAdvice)).toBe(
      'No package to suggest now. This costs 1 action point; you have 0 left this week.',
    );
  });
});
