/**
 * The package search counts every link of the seat's profile, however many it has (docs/model.md §1): the
 * package it finds is worth to the seat what its utility says, and a link that makes one package the best is
 * found, wherever it stands among the links.
 */
import { describe, expect, it } from 'vitest';
import { packageSpace } from '../../../src/engine/ai/bestPackage';
import { OpponentModel } from '../../../src/engine/ai/OpponentModel';
import { createGame } from '../../../src/engine/game/createGame';
import type { Clause } from '../../../src/engine/game/GameState';
import { legalActions } from '../../../src/engine/game/legalActions';
import { viewFor, type SeatView } from '../../../src/engine/game/viewFor';
import { ownUtility } from '../../../src/engine/policies/ownValue';
import type { CompiledLink } from '../../../src/engine/scenario/CompiledScenario';
import { ukraine } from '../game/kit';

const scenario = ukraine();
const { state } = createGame(scenario, 7);

/** Every option a seat may propose now, but those its own red lines forbid. */
function proposableClauses(view: SeatView): Clause[] {
  return legalActions(scenario, view, view.actor).proposable.flatMap((p) =>
    p.options.filter((o) => !view.profile.redLines[p.lever]![o]).map((option) => ({ lever: p.lever, option })),
  );
}

/** `count` links between the seat's proposable options, odd bonuses in turn, and a last one worth `last`. */
function manyLinks(clauses: readonly Clause[], count: number, last: number): CompiledLink[] {
  const links: CompiledLink[] = [];
  for (let x = 0; links.length < count; x++) {
    const a = clauses[x % clauses.length]!;
    const b = clauses[(x * 7 + 3) % clauses.length]!;
    if (a.lever === b.lever) continue;
    const bonus = links.length === count - 1 ? last : (((x * 37) % 11) - 5) * 0.37;
    links.push({ a, b, bonus, why: '' });
  }
  return links;
}

describe('the package search with many links', () => {
  for (const count of [5, 16, 17, 40]) {
    it(`finds the package ${count} links make best, at its utility`, () => {
      for (const seat of scenario.actors) {
        const plain = viewFor(scenario, state, seat.index, []);
        const clauses = proposableClauses(plain);
        if (new Set(clauses.map((c) => c.lever)).size < 2) continue;
        const links = manyLinks(clauses, count, 1000);
        const view: SeatView = { ...plain, profile: { ...plain.profile, links } };
        const legal = legalActions(scenario, view, view.actor);
        const model = new OpponentModel(scenario, view.actor);
        const found = packageSpace(scenario, view, legal, model, 3, null).best({
          demand: 0,
          acceptableOnly: false,
          minOwn: -Infinity,
        });
        const { a, b } = links[count - 1]!;
        expect(found?.clauses).toEqual(expect.arrayContaining([a, b]));
        expect(found?.own).toBeCloseTo(ownUtility(view, found?.clauses ?? []), 9);
      }
    });
  }
});
