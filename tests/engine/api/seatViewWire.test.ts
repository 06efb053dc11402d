// A seat's view on the wire (classroom play, docs/classroom.md): plain data
// that JSON carries, from which the other device rebuilds a view the rules,
// the choices and the adviser read exactly as the original — in every
// bundled scenario, for every seat, week after week — while the wire holds
// no other seat's hidden profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  advise,
  checkOrder,
  choicesOf,
  DEFAULT_POLICY,
  newGame,
  playWeek,
  publicScenario,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  standInOrders,
  viewFromWire,
  viewToWire,
  type ActorIndex,
} from '../../../src/engine/index';
import { loadScenario } from '../../../src/engine/loader';

describe.each(['ukraine-2025', 'cuba-1962', 'tutorial'])('%s: a view sent and rebuilt', (id) => {
  const loaded = loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  const scenario = loaded.scenario;
  const actors = publicScenario(scenario).actors;

  it('gives the same choices, refusals and advice as the view it was made from', () => {
    const made = seatPolicies(scenario, Object.fromEntries(actors.map((a) => [a.id, DEFAULT_POLICY])), 5);
    if (!made.ok) throw new Error('no policies');
    let game = newGame(scenario, 5, made.policies);
    for (let week = 0; week < 4 && game.state.ended === null; week++) {
      for (const actor of actors) {
        const seat = actor.index as ActorIndex;
        const view = seatViewOf(scenario, game, seat);
        const wire = viewToWire(view);
        const text = JSON.stringify(wire);
        const rebuilt = viewFromWire(JSON.parse(text));
        const orders = standInOrders(scenario, game, seat, made.policies[seat]!);
        expect(JSON.stringify(choicesOf(rebuilt, orders))).toBe(JSON.stringify(choicesOf(view, orders)));
        for (const [i, order] of orders.entries())
          expect(checkOrder(rebuilt, orders.slice(0, i), order)).toEqual(checkOrder(view, orders.slice(0, i), order));
        const events = seatLogOf(game, seat).events;
        expect(JSON.stringify(advise(rebuilt, events, []))).toBe(JSON.stringify(advise(view, events, [])));
        // Every function of the view (expressions, the trust index) is a function of the rebuilt one too.
        expect(functionsOf(rebuilt).sort()).toEqual(functionsOf(view).sort());
        for (const a of actors)
          for (const b of actors)
            expect(rebuilt.scenario.trustIndex(a.index as ActorIndex, b.index as ActorIndex)).toBe(
              view.scenario.trustIndex(a.index as ActorIndex, b.index as ActorIndex),
            );
        // Sent again without its scenario, it is rebuilt on the scenario the device has.
        const next = viewFromWire(JSON.parse(JSON.stringify(viewToWire(view, false))), rebuilt.scenario);
        expect(next.scenario).toBe(rebuilt.scenario);
        expect(JSON.stringify(choicesOf(next, orders))).toBe(JSON.stringify(choicesOf(view, orders)));
        expect(() => viewFromWire(viewToWire(view, false))).toThrow(/came without its scenario/);
        // Sent again, the rebuilt view makes the same wire: nothing was lost or added.
        expect(JSON.stringify(viewToWire(rebuilt))).toBe(text);
        // Its own reservation value travels; no other seat's profile does.
        for (const other of actors)
          if (other.index !== seat)
            expect(text).not.toContain(JSON.stringify(seatViewOf(scenario, game, other.index as ActorIndex).profile));
      }
      game = playWeek(scenario, game, made.policies, []);
    }
  });
});

/** Where a value holds functions: the path of each. */
function functionsOf(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [path];
  if (value === null || typeof value !== 'object' || value instanceof Map) return [];
  return Object.entries(value).flatMap(([key, child]) => functionsOf(child, `${path}.${key}`));
}

it('refuses a wire whose expression does not compile, with why', () => {
  const loaded = loadScenario(readFileSync('scenarios/tutorial.yaml', 'utf8'), 'tutorial.yaml');
  if (!loaded.ok) throw new Error('the tutorial does not load');
  const made = seatPolicies(loaded.scenario, {}, 1);
  const game = newGame(loaded.scenario, 1, made.ok ? made.policies : []);
  const wire = viewToWire(seatViewOf(loaded.scenario, game, 0 as ActorIndex));
  const broken = JSON.parse(
    JSON.stringify(wire).replace(/"reservation":\{"source":"[^"]*"/, '"reservation":{"source":"1 +"'),
  );
  expect(() => viewFromWire(broken)).toThrow(/A view's expression does not compile/);
});
