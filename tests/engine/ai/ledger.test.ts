/**
 * The seat's accounts behind "nothing for nothing" (docs/model.md §6): what
 * it owes each other actor for the packages they signed together, kept from
 * the events alone, so a week at a time and all at once agree.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyLedger,
  isLedger,
  owedBy,
  owedTo,
  recordSignatures,
  returnsSomething,
} from '../../../src/engine/ai/Ledger';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Clause } from '../../../src/engine/game/GameState';
import { actorIndex, leverIndex, optionIndex, type ActorIndex } from '../../../src/engine/game/ids';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { ukraine } from '../game/kit';

const scenario = publicScenarioOf(ukraine());
const id = (list: readonly { id: string }[], name: string) => list.findIndex((x) => x.id === name);
const actor = (name: string) => actorIndex(id(scenario.actors, name));
const lever = (name: string) => leverIndex(id(scenario.levers, name));
const option = (l: string, o: string) => optionIndex(id(scenario.levers[lever(l)]!.options, o));
const clause = (l: string, o: string): Clause => ({ lever: lever(l), option: option(l, o) });

const [UA, RU, US, EU] = ['ukraine', 'russia', 'usa', 'europe'].map(actor) as [
  ActorIndex,
  ActorIndex,
  ActorIndex,
  ActorIndex,
];
// The United States' own weighted values (its profile is its own: the seat keeps its accounts in them).
const weighted = ukraine().actors[US]!.profile.weighted;
const value = (c: Clause) => weighted[c.lever]![c.option]!;

/** The events of one package signed with `parties`, then its levers settled. */
function signed(pkgId: string, proposer: ActorIndex, parties: ActorIndex[], clauses: Clause[]): GameEvent[] {
  return [
    {
      type: 'package_signed',
      package: { id: pkgId, proposer, week: 1, clauses, parties, copied: [], counters: null },
      rank: 1,
      minSurplus: null,
    },
    ...clauses.map((c): GameEvent => ({ type: 'lever_settled', lever: c.lever, option: c.option, package: pkgId })),
  ];
}

describe('the ledger', () => {
  const fund = clause('minerals', 'joint_fund');
  const backstop = clause('security', 'european_force_us_backstop');
  const none = (l: string) => scenario.levers[lever(l)]!.statusQuo;

  it('owes the other parties what the seat gained with them, shared equally, and is owed what it gave', () => {
    const gained = value(fund) - weighted[fund.lever]![none('minerals')]!;
    expect(gained).toBeGreaterThan(0);
    const after = recordSignatures(emptyLedger(scenario), weighted, US, scenario, signed('p1', UA, [UA, US], [fund]));
    expect(after.owed[UA]).toBeCloseTo(gained, 9);
    expect(after.owed[RU]).toBe(0);
    expect(after.options[fund.lever]).toBe(fund.option);

    const lost = value(backstop) - weighted[backstop.lever]![none('security')]!;
    expect(lost).toBeLessThan(0);
    const later = recordSignatures(after, weighted, US, scenario, signed('p2', EU, [UA, EU, US], [backstop]));
    expect(later.owed[UA]).toBeCloseTo(gained + lost / 2, 9);
    expect(later.owed[EU]).toBeCloseTo(lost / 2, 9);
    expect(owedBy(later, EU)).toBeCloseTo(-lost / 2, 9);
    expect(owedTo(later, [UA, EU])).toBeCloseTo(gained + lost / 2, 9);
  });

  it('ignores packages the seat is no party to, and measures a change from the option in force', () => {
    const partial = clause('ceasefire', 'partial');
    const full = clause('ceasefire', 'full');
    // A ceasefire Ukraine and Russia sign without the United States: no debt, but the option in force moves.
    const first = recordSignatures(
      emptyLedger(scenario),
      weighted,
      US,
      scenario,
      signed('p1', UA, [UA, RU], [partial]),
    );
    expect(first.owed).toEqual([0, 0, 0, 0]);
    expect(first.options[partial.lever]).toBe(partial.option);
    // Signed later with the United States, the full ceasefire counts only what it adds to the partial one.
    const second = recordSignatures(first, weighted, US, scenario, signed('p2', RU, [UA, RU, US], [full]));
    expect(second.owed[UA]! + second.owed[RU]!).toBeCloseTo(value(full) - value(partial), 9);
  });

  it('returns a broken lever to its status quo, and reads the same whether the events come one by one or at once', () => {
    const events: GameEvent[] = [
      ...signed('p1', UA, [UA, US], [fund]),
      { type: 'lever_broken', lever: fund.lever },
      ...signed('p2', UA, [UA, US], [fund]),
    ];
    const atOnce = recordSignatures(emptyLedger(scenario), weighted, US, scenario, events);
    const oneByOne = events.reduce(
      (ledger, e) => recordSignatures(ledger, weighted, US, scenario, [e]),
      emptyLedger(scenario),
    );
    expect(oneByOne).toEqual(atOnce);
    // Twice the fund's gain: the break took the lever back to no minerals deal in between.
    expect(atOnce.owed[UA]).toBeCloseTo(2 * (value(fund) - weighted[fund.lever]![none('minerals')]!), 9);
  });

  it('tells a package that returns something from one that only costs', () => {
    const levers = scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: true }));
    expect(returnsSomething(weighted, levers, [backstop])).toBe(false);
    expect(returnsSomething(weighted, levers, [backstop, fund])).toBe(true);
  });

  it('accepts only its own shape from a saved memory', () => {
    expect(isLedger(scenario, emptyLedger(scenario))).toBe(true);
    expect(isLedger(scenario, { owed: [0, 0, 0], options: emptyLedger(scenario).options })).toBe(false);
    expect(isLedger(scenario, { owed: [0, 0, 0, Number.NaN], options: emptyLedger(scenario).options })).toBe(false);
    const options = [...emptyLedger(scenario).options];
    options[0] = optionIndex(99);
    expect(isLedger(scenario, { owed: [0, 0, 0, 0], options })).toBe(false);
    expect(isLedger(scenario, null)).toBe(false);
  });
});
