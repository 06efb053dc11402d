// What the screens and the Phaser table are given, walked value by value.
// Every state the store publishes during a game — and the table model and
// events the table is handed, the orders model, the log and the advice built
// from it — must hold the seat's view only: no compiled scenario (its `input`,
// its actors' `profile` or `briefing`), no hidden profile but the seat's own
// (view.profile), no AI memory or whole game state, and no private reasons of
// another actor. After the ending the debrief is there and reveals everything.
// The walker is tested on leaks of each kind, so "no leak" means "looked".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Debrief, GameEvent } from '../../src/engine/index';
import type { AppState, SeatGame } from '../../src/store/AppState';
import { selectEnding } from '../../src/store/selectEnding';
import { selectLog } from '../../src/store/selectLog';
import { selectAdvice, selectOrdersModel } from '../../src/store/selectOrdersModel';
import { selectTableModel } from '../../src/store/selectTableModel';
import { CEASEFIRE, makeApp, MINERALS, RU, UA, US } from './kit';
import { O } from '../ids';

const YAML = readFileSync(resolve(import.meta.dirname, '../fixtures/ui-talks.yaml'), 'utf8');

interface Secrets {
  readonly seat: number;
  /** Every actor's hidden profile, as compiled (the seat's own may appear as view.profile only). */
  readonly profiles: readonly object[];
  readonly briefings: readonly string[];
}

/** Where in `value` something the seat may not see is, as readable paths; empty when nothing is. */
function leaks(value: unknown, secrets: Secrets): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const ownProfile = secrets.profiles[secrets.seat];
  const visit = (x: unknown, path: string, author: number | null): void => {
    if (typeof x === 'string') {
      if (secrets.briefings.some((b, i) => i !== secrets.seat && x === b))
        found.push(`${path}: another actor's briefing`);
      if (/\bprofile:|\bweights:|\breservation:/.test(x)) found.push(`${path}: scenario source text`);
      return;
    }
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    const profile = secrets.profiles.indexOf(x);
    if (profile >= 0 && !(x === ownProfile && path.endsWith('.view.profile')))
      found.push(`${path}: the hidden profile of actor ${profile}`);
    if (x instanceof Map) {
      for (const [k, v] of x) visit(v, `${path}.get(${String(k)})`, author);
      return;
    }
    if (x instanceof Set) {
      for (const v of x) visit(v, `${path}.has()`, author);
      return;
    }
    const record = x as Record<string, unknown>;
    // An event's author: its actor, the meeting's initiator, or the package's proposer.
    const pkg = record['package'];
    const by =
      typeof record['actor'] === 'number'
        ? record['actor']
        : typeof record['initiator'] === 'number'
          ? record['initiator']
          : typeof pkg === 'object' && pkg !== null && typeof (pkg as { proposer?: unknown }).proposer === 'number'
            ? (pkg as { proposer: number }).proposer
            : author;
    for (const key of Object.keys(record)) {
      const v = record[key];
      const at = `${path}.${key}`;
      if (key === 'input') found.push(`${at}: a compiled scenario's input`);
      if (key === 'briefing') found.push(`${at}: a compiled actor's briefing`);
      if (key === 'profile' && v !== ownProfile) found.push(`${at}: a compiled actor's profile`);
      if (key === 'memories') found.push(`${at}: the AI's memories`);
      // A whole game state: every actor's estimates and drawn temperaments (a view holds its own only).
      if (key === 'temperament' && Array.isArray(v) && 'estimates' in record) found.push(`${at}: every actor's draws`);
      if (key === 'private' && v !== null && v !== undefined && 'public' in record && by !== secrets.seat)
        found.push(`${at}: private reasons of actor ${String(by)}`);
      visit(v, at, by);
    }
  };
  visit(value, '$', null);
  return found;
}

/** Who an event is by (its actor, the meeting's initiator, the package's proposer), if anyone. */
function authorOf(e: GameEvent): number | null {
  if ('actor' in e) return e.actor;
  if (e.type === 'meeting_held') return e.initiator;
  if (e.type === 'package_delivered') return e.package.proposer;
  return null;
}

/** Whether `e` carries the private reasons of an actor other than the seat. */
function othersPrivate(e: GameEvent): boolean {
  return 'reasons' in e && e.reasons?.private != null && authorOf(e) !== UA;
}

/** Everything the UI and the table are given from one state of the store. */
function given(state: AppState, game: SeatGame): Record<string, unknown> {
  return {
    state,
    table: { model: selectTableModel(game), events: game.fresh },
    orders: selectOrdersModel(state),
    log: selectLog(game.view.scenario, game.log),
    advice: selectAdvice(state),
  };
}

/** Plays the UI scenario as Ukraine to its ending, composing through the ui slice, and keeps every state published. */
function playRecorded(): { states: AppState[]; debrief: Debrief } {
  const { app } = makeApp();
  const states: AppState[] = [];
  app.store.subscribe((s) => void states.push(s));
  const { actions } = app;
  actions.openBundled('ui-talks.yaml');
  actions.chooseRole(UA);
  // Week 1, as the browser test plays it: the adviser's package loaded and put aside, two proposals,
  // a meeting refused by the scenario's rule, then a meeting with the United States.
  actions.askAdviser();
  actions.loadAdvice();
  for (const { lever } of app.store.getState().ui.draft) actions.setClause(lever, null);
  actions.setClause(MINERALS, O(1));
  actions.addPackage();
  actions.setClause(CEASEFIRE, O(2));
  actions.addPackage();
  actions.setMeetWith(RU, true);
  actions.setMeetWith(US, true);
  actions.addMeeting();
  actions.setMeetWith(RU, false);
  actions.addMeeting();
  actions.endWeek();
  // Week 2: a counter-offer opened and cancelled, the adviser again, a rejection, a summit.
  actions.startCounter('w1-usa-1');
  actions.cancelCounter();
  actions.askAdviser();
  actions.answer('w1-usa-1', 'reject');
  actions.setMeetWith(RU, true);
  actions.setMeetWith(US, true);
  actions.addMeeting();
  actions.endWeek();
  const counter = app.store.getState().game?.view.toAnswer.find((p) => p.counters === 'w1-ukraine-2');
  actions.answer(counter?.id ?? '', 'accept');
  actions.endWeek();
  const debrief = app.store.getState().game?.debrief;
  if (!debrief) throw new Error('the game did not end');
  return { states, debrief };
}

describe('what the screens and the table are given', () => {
  const { states, debrief } = playRecorded();
  const secrets: Secrets = {
    seat: UA,
    profiles: debrief.scenario.actors.map((a) => a.profile),
    briefings: debrief.scenario.actors.map((a) => a.briefing),
  };
  const during = states.flatMap((s) => (s.game && !s.game.debrief ? [{ state: s, game: s.game }] : []));

  it('during play: the seat view only, in every state the store published', () => {
    expect(during.length).toBeGreaterThan(20);
    expect(during.some((d) => d.game.view.week === 3)).toBe(true);
    for (const { state, game } of during) {
      expect(leaks(given(state, game), secrets)).toEqual([]);
      expect(state.role).toBeNull();
      expect(game.view.actor).toBe(UA);
      expect(game.view.profile).toBe(secrets.profiles[UA]);
    }
  });

  it('hands the Phaser table nothing but its model and the seat’s share of the week’s events', () => {
    for (const { game } of during) {
      const table = { model: selectTableModel(game), events: game.fresh };
      expect(leaks(table, { ...secrets, profiles: secrets.profiles })).toEqual([]);
      expect(JSON.stringify(table.model)).not.toMatch(/"(profile|briefing|weights|reservation)"/);
      expect(table.events.filter(othersPrivate)).toEqual([]);
    }
  });

  it('after the ending: the debrief, which reveals everything', () => {
    const end = states.at(-1);
    expect(end?.screen).toBe('ending');
    expect(end?.game?.debrief).toBe(debrief);
    expect(debrief.seat).toBe(UA);
    expect(debrief.scenario.actors.every((a) => a.profile.weights.length > 0)).toBe(true);
    expect(debrief.scores).toHaveLength(3);
    expect(selectEnding(end?.game ?? null)?.grades).toHaveLength(3);
    // The AI's private reasons are there now; they were withheld during play.
    const revealed = debrief.events.filter(othersPrivate);
    expect(revealed.length).toBeGreaterThan(0);
  });

  it('the walker finds each kind of leak (so an empty list means it looked)', () => {
    const { state, game } = during[during.length - 1] ?? { state: undefined, game: undefined };
    if (!state || !game) throw new Error('no state during play');
    const withExtra = (extra: Record<string, unknown>) =>
      leaks(given({ ...state, ...extra } as AppState, game), secrets);
    // The compiled scenario back in the state.
    expect(withExtra({ compiled: debrief.scenario }).join('\n')).toMatch(/input[\s\S]*profile[\s\S]*briefing/);
    // Another actor's hidden profile alone.
    expect(withExtra({ other: { data: secrets.profiles[RU] } })).toEqual([
      '$.state.other.data: the hidden profile of actor 1',
    ]);
    // The whole game state (every actor's draws), and the AI's memories.
    expect(withExtra({ whole: debrief.state }).join('\n')).toContain("every actor's draws");
    expect(withExtra({ game: { ...game, memories: [[null]] } }).join('\n')).toContain("the AI's memories");
    // An event with another actor's private reasons, as the debrief holds it.
    const secret = debrief.events.find(othersPrivate);
    expect(withExtra({ event: secret }).join('\n')).toMatch(/private reasons of actor [12]/);
    // Another actor's briefing, and the scenario's text.
    expect(withExtra({ note: secrets.briefings[US] })).toEqual(["$.state.note: another actor's briefing"]);
    expect(withExtra({ text: YAML })).toEqual(['$.state.text: scenario source text']);
  });
});
