/**
 * The negotiator's memory (NegotiatorMemory): plain data it is handed each
 * week and hands back, never state of its own. In whole ukraine-2025 games:
 *  - what it keeps is the opponent model it decided with, fed the events it
 *    saw since its last orders;
 *  - it counts its own packages that expired unsigned — found by the
 *    package_expired event's `proposer` — but those a signature overtook
 *    before they were delivered, and starts again at 0 after a deal it is
 *    party to;
 *  - every memory it writes survives JSON and passes its own isMemory, and
 *    isMemory refuses what it could not have written.
 */
import { describe, expect, it } from 'vitest';
import type { NegotiatorMemory } from '../../../src/engine/ai/negotiatorPolicy';
import { negotiatorPolicy } from '../../../src/engine/ai/negotiatorPolicy';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { LeverState, Package } from '../../../src/engine/game/GameState';
import { overtakenClause } from '../../../src/engine/game/overtakenClause';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { ukraine } from '../game/kit';
import { persona, playGame, seeds, watched, type Decision } from './harness';
import { A } from '../../ids';

const scenario = ukraine();
const pub = publicScenarioOf(scenario);

describe("the negotiator's memory", () => {
  const decisions: Decision[] = [];
  const games: { seed: number; events: readonly GameEvent[] }[] = [];
  const factory = watched(persona('negotiator'), (d) => decisions.push(d));
  for (const seed of seeds(20)) games.push({ seed, events: playGame(scenario, seed, factory).events });

  it('keeps the opponent model it decided with, fed the events it saw since its last orders', () => {
    expect(decisions.length).toBeGreaterThan(20 * 4 * 5);
    for (const d of decisions) expect(d.next.model, `seed ${d.seed}, week ${d.view.week}`).toEqual(d.model.data);
  });

  it("counts its own expired packages by the event's proposer, but overtaken ones, and forgets them after a deal it is party to", () => {
    // Who made each package, from its delivery: the expiry's `proposer` must say the same. And which packages a
    // signature had overtaken by the end of the week they were delivered in, from the lever states of the log.
    const proposerOf = new Map<string, number>();
    const overtaken = new Set<string>();
    for (const { seed, events } of games) {
      const levers: LeverState[] = scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: true }));
      let deliveredThisWeek: Package[] = [];
      for (const e of events) {
        if (e.type === 'lever_settled') levers[e.lever] = { option: e.option, settled: true, open: true };
        if (e.type === 'lever_broken')
          levers[e.lever] = { option: scenario.levers[e.lever]!.statusQuo, settled: false, open: true };
        if (e.type === 'package_delivered') {
          proposerOf.set(`${seed}:${e.package.id}`, e.package.proposer);
          deliveredThisWeek.push(e.package);
        }
        if (e.type === 'package_expired') expect(e.proposer).toBe(proposerOf.get(`${seed}:${e.package}`));
        // Answers come the week after delivery: by then, the week's signatures and news have set the levers.
        if (e.type === 'answered') {
          for (const p of deliveredThisWeek)
            if (overtakenClause(scenario.levers, levers, p.clauses)) overtaken.add(`${seed}:${p.id}`);
          deliveredThisWeek = [];
        }
      }
    }
    expect(overtaken.size).toBeGreaterThan(0);
    let counted = 0;
    for (const d of decisions) {
      const me = d.view.actor;
      let stalled = d.memory.stalled;
      for (const e of d.view.recent) {
        const key = `${d.seed}:${e.type === 'package_expired' ? e.package : ''}`;
        if (e.type === 'package_expired' && proposerOf.get(key) === me && !overtaken.has(key)) stalled++;
        if (e.type === 'package_signed' && e.package.parties.includes(me)) stalled = 0;
      }
      expect(d.next.stalled, `seed ${d.seed}, week ${d.view.week}, seat ${me}`).toBe(stalled);
      if (stalled > d.memory.stalled) counted++;
    }
    // Its packages do expire, and it notices (others' expiries, seen by everyone, are not counted).
    expect(counted).toBeGreaterThan(20);
    const othersExpired = decisions.some((d) =>
      d.view.recent.some((e) => e.type === 'package_expired' && e.proposer !== d.view.actor),
    );
    expect(othersExpired).toBe(true);
  });

  it('survives JSON, and its own isMemory accepts every memory it wrote and refuses what it could not have', () => {
    const policy = negotiatorPolicy(persona('negotiator'))({ scenario: pub, actor: A(0), seed: 1 });
    expect(policy.isMemory(policy.start())).toBe(true);
    for (const d of decisions) {
      const copy = JSON.parse(JSON.stringify(d.next)) as NegotiatorMemory;
      expect(copy).toEqual(d.next);
      if (!policy.isMemory(copy)) expect.fail(`seed ${d.seed}, week ${d.view.week}: ${JSON.stringify(copy)}`);
    }
    const memory = decisions.at(-1)!.next;
    const bad: unknown[] = [
      null,
      [],
      { ...memory, stalled: 1.5 },
      { ...memory, pressedWeek: '3' },
      { ...memory, costliest: 'nato' },
      { ...memory, model: { ...memory.model, rejections: [] } },
      { ...memory, model: { ...memory.model, values: memory.model.values.slice(1) } },
      // A values row one option short, and a refusal of an option its lever does not have.
      { ...memory, model: { ...memory.model, values: memory.model.values.map((r) => r.map((o) => o.slice(1))) } },
      { ...memory, model: { ...memory.model, refused: memory.model.refused.map((r) => r.map(() => [9])) } },
      { stalled: 0, pressedWeek: -1, costliest: null },
    ];
    for (const data of bad) expect(policy.isMemory(data), JSON.stringify(data).slice(0, 80)).toBe(false);
    // A memory saved before refusals were learnt is still one it could have written, and plays on with none known.
    const older = { ...memory, model: { ...memory.model, refused: undefined } };
    expect(policy.isMemory(older)).toBe(true);
  });
});
