// Several players on one device (hot-seat): each human seat takes its turn at
// the device in the scenario's order, with its own view and its own orders;
// between turns the store holds nothing of any seat (the hand-over screen);
// the week is played only when the last seat ends its turn, with every
// seat's orders; a save mid-week resumes at the hand-over to the seat whose
// turn it is, with the orders already given; after the ending each seat's
// debrief can be shown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HUMAN,
  DEFAULT_POLICY,
  newGame,
  playWeek,
  recordGame,
  seatPolicies,
  type Action,
  type GameRecord,
} from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import type { AppState } from '../../src/store/AppState';
import type { AppStore } from '../../src/store/createAppStore';
import { memoryStorage } from '../../src/store/SavedGames';
import { CEASEFIRE, latestKey, makeApp, MINERALS, RU, UA, US, type Slot } from './kit';
import { O } from '../ids';

const YAML = readFileSync(resolve(import.meta.dirname, '../fixtures/ui-talks.yaml'), 'utf8');
const SEED = 123;
const UA_PROPOSES: Action = { type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] };
const RU_PROPOSES: Action = { type: 'propose', actor: RU, clauses: [{ lever: CEASEFIRE, option: O(1) }] };

/** A game of the UI scenario with Ukraine and Russia played on this device, the United States by the computer. */
function startBoth(slot?: Slot): { app: AppStore; slot: Slot; states: AppState[] } {
  const made = makeApp(slot ?? memoryStorage(), SEED);
  const states: AppState[] = [];
  made.app.store.subscribe((s) => void states.push(s));
  made.app.actions.openBundled('ui-talks.yaml');
  made.app.actions.choosePlayers([RU, UA]);
  return { ...made, states };
}

function recordOf(app: AppStore): GameRecord {
  const text = app.actions.exportGame();
  return (JSON.parse(text ?? '{}') as { record: GameRecord }).record;
}

describe('several players on one device', () => {
  it('starts at the hand-over to the first seat in the scenario’s order, with nothing of any seat in the state', () => {
    const { app } = startBoth();
    const s = app.store.getState();
    expect(s.screen).toBe('handover');
    expect(s.hotSeat).toMatchObject({
      seats: [
        { actor: UA, name: 'Ukraine' },
        { actor: RU, name: 'Russia' },
      ],
      turn: UA,
      done: [],
      week: 1,
    });
    expect(s).toMatchObject({ seat: null, game: null, orders: [], choices: null, advice: null });
    // Ordering is refused until a player has the device.
    expect(app.actions.addOrder(UA_PROPOSES)).toMatchObject({ code: 'GAME_OVER' });
    app.actions.takeTurn();
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: UA });
    expect(app.store.getState().game?.view.actor).toBe(UA);
    // The guided first week, offered to a newcomer playing alone, waits for such a game.
    expect(app.store.getState().guide).toBeNull();
    // A seat orders for itself only.
    expect(app.actions.addOrder(RU_PROPOSES)).toMatchObject({ code: 'NOT_YOUR_SEAT' });
  });

  it('does not play the week before the last seat ends its turn', () => {
    const { app } = startBoth();
    app.actions.takeTurn();
    expect(app.actions.addOrder(UA_PROPOSES)).toBeNull();
    app.actions.endWeek();
    const s = app.store.getState();
    expect(s.screen).toBe('handover');
    expect(s.hotSeat).toMatchObject({ turn: RU, done: [UA], week: 1 });
    expect(recordOf(app).weeks).toBe(0);
    // Asking again on the hand-over screen neither plays the week nor ends anyone's turn.
    app.actions.endWeek();
    expect(recordOf(app).weeks).toBe(0);
    app.actions.takeTurn();
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: RU, orders: [] });
    expect(app.store.getState().game?.view.week).toBe(1);
    app.actions.endWeek();
    // Ukraine's orders were kept as given.
    expect(
      recordOf(app)
        .actions.filter((a) => a.action.actor === UA)
        .map((a) => a.action),
    ).toEqual([UA_PROPOSES]);
  });

  it('plays the week with both seats’ orders, as the engine plays it with both given together', () => {
    const { app } = startBoth();
    app.actions.takeTurn();
    app.actions.addOrder(UA_PROPOSES);
    app.actions.endWeek();
    app.actions.takeTurn();
    expect(app.actions.addOrder(RU_PROPOSES)).toBeNull();
    app.actions.endWeek();
    // The new week starts with the first seat's turn.
    expect(app.store.getState().hotSeat).toMatchObject({ turn: UA, done: [], week: 2 });
    expect(app.store.getState().screen).toBe('handover');
    const played = recordOf(app);
    expect(played.weeks).toBe(1);
    expect(played.seats).toEqual({ ukraine: HUMAN, russia: HUMAN, usa: DEFAULT_POLICY });
    expect(played.actions.filter((a) => a.action.actor !== US).map((a) => a.action)).toEqual([
      UA_PROPOSES,
      RU_PROPOSES,
    ]);

    // The same week straight from the engine: the same seats, seed and both humans' orders.
    const loaded = loadScenario(YAML, 'ui-talks.yaml');
    if (!loaded.ok) throw new Error('the fixture does not load');
    const made = seatPolicies(loaded.scenario, played.seats, SEED);
    if (!made.ok) throw new Error('no seats');
    const game = playWeek(loaded.scenario, newGame(loaded.scenario, SEED, made.policies), made.policies, [
      UA_PROPOSES,
      RU_PROPOSES,
    ]);
    const expected = recordGame(loaded.scenario, game, { seed: SEED, seats: played.seats, branchOf: null });
    expect(played.checksum).toBe(expected.checksum);

    // Each seat then sees its own share of that week: Russia's proposal reached Ukraine's log.
    app.actions.takeTurn();
    const ua = app.store.getState().game;
    expect(ua?.view.actor).toBe(UA);
    expect(ua?.fresh.length).toBeGreaterThan(0);
  });

  it('gives the store the seat at the device only: its view, its orders; never the other seat’s draft', () => {
    const { app, states } = startBoth();
    app.actions.takeTurn();
    app.actions.addOrder(UA_PROPOSES);
    app.actions.askAdviser();
    app.actions.endWeek();
    const from = states.length;
    app.actions.takeTurn();
    app.actions.addOrder(RU_PROPOSES);
    app.actions.askAdviser();
    const during = states.slice(from);
    expect(during.length).toBeGreaterThan(2);
    for (const s of during) {
      expect(s.seat).toBe(RU);
      expect(s.game?.view.actor).toBe(RU);
      // Ukraine's own weights are in Ukraine's view only; Russia's view holds its estimates of them.
      expect(s.game?.view.profile).not.toBe(undefined);
      expect(s.orders.every((o) => o.actor === RU)).toBe(true);
      expect(JSON.stringify(s)).not.toContain(JSON.stringify(UA_PROPOSES.clauses));
    }
    // And the hand-over in between held no seat at all.
    const handover = states.slice(0, from).filter((s) => s.screen === 'handover');
    expect(handover.length).toBeGreaterThan(0);
    for (const s of handover) expect(s).toMatchObject({ seat: null, game: null, orders: [], advice: null });
  });

  it('saves mid-week and resumes at the hand-over to the seat whose turn it is, with the turns given so far', () => {
    const { app, slot } = startBoth();
    app.actions.takeTurn();
    app.actions.addOrder(UA_PROPOSES);
    app.actions.endWeek();
    app.actions.takeTurn();
    app.actions.addOrder(RU_PROPOSES);
    // The saved-games list names every role played on this device.
    expect(app.store.getState().savedGames[0]?.role).toBe('Ukraine and Russia');
    const saved = slot.data.get(latestKey(slot));

    // The page is reloaded: the latest game opens at the hand-over to Russia, whose draft waits for its player.
    const again = makeApp(slot, SEED).app;
    const s = again.store.getState();
    expect(s).toMatchObject({ screen: 'handover', seat: null, game: null, orders: [] });
    expect(s.hotSeat).toMatchObject({ turn: RU, done: [UA], week: 1 });
    again.actions.takeTurn();
    expect(again.store.getState()).toMatchObject({ seat: RU, orders: [RU_PROPOSES] });
    again.actions.endWeek();
    // Ukraine's turn, kept in the save, was played with Russia's.
    const played = recordOf(again);
    expect(played.weeks).toBe(1);
    expect(played.actions.filter((a) => a.action.actor !== US).map((a) => a.action)).toEqual([
      UA_PROPOSES,
      RU_PROPOSES,
    ]);
    expect(JSON.parse(saved ?? '{}')).toMatchObject({
      turns: { ukraine: { ended: true, orders: [UA_PROPOSES] } },
      orders: [RU_PROPOSES],
    });
  });

  it('after the ending, shows each seat’s debrief in turn', () => {
    const { app } = startBoth();
    for (let week = 0; week < 20 && app.store.getState().screen !== 'ending'; week++) {
      for (const _seat of [UA, RU]) {
        app.actions.takeTurn();
        app.actions.endWeek();
      }
    }
    const end = app.store.getState();
    expect(end.screen).toBe('ending');
    expect(end.seat).toBe(UA);
    expect(end.game?.debrief?.seat).toBe(UA);
    expect(end.hotSeat?.turn).toBe(UA);
    app.actions.showDebriefFor(RU);
    const ru = app.store.getState();
    expect(ru.seat).toBe(RU);
    expect(ru.hotSeat?.turn).toBe(RU);
    expect(ru.game?.debrief?.seat).toBe(RU);
    expect(ru.game?.view.actor).toBe(RU);
    // The moves that mattered are Russia's now.
    expect(ru.moves?.weeks.length).toBeGreaterThan(0);
    // A seat nobody played on this device has no debrief to switch to.
    app.actions.showDebriefFor(US);
    expect(app.store.getState().seat).toBe(RU);
  });

  it('a game played alone is as before: no hand-over, the role in the saved list', () => {
    const { app } = makeApp();
    app.actions.openBundled('ui-talks.yaml');
    app.actions.chooseRole(UA);
    expect(app.store.getState()).toMatchObject({ screen: 'table', seat: UA, hotSeat: null });
    expect(app.store.getState().guide).toMatchObject({ step: 'news' });
    app.actions.skipGuide();
    app.actions.endWeek();
    expect(app.store.getState().screen).toBe('table');
    expect(app.store.getState().game?.view.week).toBe(2);
    expect(app.store.getState().savedGames[0]?.role).toBe('Ukraine');
  });
});
