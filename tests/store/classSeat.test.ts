// A student's seat in a class, through the store: the server's table
// (ClassTable, the referee) behind a network client that hands its messages
// over in this process. The student joins by code and name, plays the seat
// from the view the server sends, every order checked before it goes into
// the draft the server keeps; End week ends only the student's turn, and the
// table says whom it waits for; a lost connection keeps the draft on this
// device and sends it again; at the ending the game becomes the student's
// own, saved on this device, with only their seat played here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUMAN, type Action, type ActorIndex } from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import type { ClassNet, LinkStatus, SeatEvents } from '../../src/net/classNet';
import { ClassTable } from '../../src/server/ClassTable';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { CLASS_SEAT_KEY } from '../../src/store/classSeat';
import { memoryStorage } from '../../src/store/SavedGames';
import { BUNDLED, READERS, MINERALS, RU, UA } from './kit';
import { O } from '../ids';

const loaded = loadScenario(
  readFileSync(resolve(import.meta.dirname, '../fixtures/ui-talks.yaml'), 'utf8'),
  'ui-talks.yaml',
);
if (!loaded.ok) throw new Error('the UI scenario does not load');
const scenario = loaded.scenario;

/** A class of one table, Ukraine and Russia for students, and a client that reaches it in this process. */
function classOf() {
  const table = ClassTable.start(scenario, 7, { ukraine: HUMAN, russia: HUMAN, usa: 'negotiator' });
  const tokens = new Map<string, ActorIndex>([
    ['token-ua', UA],
    ['token-ru', RU],
  ]);
  const seated = new Map<ActorIndex, SeatEvents>();
  const sent: { seat: ActorIndex; type: string; orders?: readonly Action[] }[] = [];
  let online = true;
  const tell = () => {
    for (const [seat, events] of seated) events.update({ ...table.updateFor(seat), record: null });
  };
  const net: ClassNet = {
    join: (code, name) =>
      Promise.resolve(
        code === 'ABC234'
          ? { ok: true, value: { token: name === 'Ivan' ? 'token-ru' : 'token-ua', room: 'ABC234-0', seat: UA } }
          : { ok: false, problem: 'No class has this code.' },
      ),
    scenarios: () => Promise.resolve({ ok: true, value: [] }),
    open: () => Promise.resolve({ ok: false, problem: 'not here' }),
    overview: () => Promise.resolve({ ok: false, problem: 'not here' }),
    record: () => Promise.resolve({ ok: false, problem: 'not here' }),
    free: () => Promise.resolve({ ok: false, problem: 'not here' }),
    sit(_room, token, events) {
      const seat = tokens.get(token)!;
      const status = (s: LinkStatus) => events.status(s);
      seated.set(seat, events);
      queueMicrotask(() => {
        status('connected');
        events.update({ ...table.updateFor(seat), record: null });
      });
      return {
        draft(orders) {
          sent.push({ seat, type: 'draft', orders });
          if (!online) return;
          const refused = table.draft(seat, orders);
          if (refused) events.refused(refused);
          else events.update({ ...table.updateFor(seat), record: null });
        },
        endTurn(orders) {
          sent.push({ seat, type: 'end', orders });
          if (!online) return;
          // The server's end of turn with orders: drafted first, and not ended when the rules refuse them.
          const refused = table.draft(seat, orders);
          if (refused) return events.refused(refused);
          const week = table.week;
          table.endTurn(seat);
          if (table.over) {
            const record = table.save().record;
            for (const [s, e] of seated) e.update({ ...table.updateFor(s), record });
          } else if (table.week !== week) tell();
          // The week waits on: the others are told only whom it waits for, as the server does.
          else
            for (const [s, e] of seated)
              if (s === seat) e.update({ ...table.updateFor(s), record: null });
              else e.waiting({ week, waitingFor: table.waitingFor });
        },
        close: () => void seated.delete(seat),
      };
    },
  };
  return {
    table,
    net,
    sent,
    /** The connection drops, then comes back: the server sends the seat its update again. */
    drop(seat: ActorIndex) {
      online = false;
      seated.get(seat)?.status('reconnecting');
    },
    /** The server closes the seat's connection for good (another device took it, or its teacher freed it). */
    close(seat: ActorIndex, why: string, gone: boolean) {
      seated.get(seat)?.closed(why, gone);
      seated.delete(seat);
    },
    back(seat: ActorIndex) {
      online = true;
      const events = seated.get(seat)!;
      events.status('connected');
      events.update({ ...table.updateFor(seat), record: null });
    },
  };
}

const flush = () => new Promise((done) => setTimeout(done, 0));

function student(net: ClassNet, slot = memoryStorage()): AppStore {
  return createAppStore({
    bundled: BUNDLED,
    readers: READERS,
    storage: slot,
    newSeed: () => 1,
    classNet: () => Promise.resolve(net),
    origin: 'http://school.example',
  });
}

const PROPOSAL: Action = { type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] };

describe('a seat in a class', () => {
  it('keeps the seat when another tab takes it, forgets it when the teacher frees it, and drops a join left', async () => {
    const room = classOf();
    const slot = memoryStorage();
    const app = student(room.net, slot);
    app.actions.joinClass('ABC234', 'Olena');
    await flush();
    await flush();
    room.close(UA, 'Your seat was opened on another device or in another tab.', false);
    expect(app.store.getState().classSeat).toMatchObject({ link: 'closed' });
    // The seat is still this device's: the title offers to go back to it, and the link finds it.
    expect(app.actions.keptClass()).toBe('ABC234');
    app.actions.backToTitle();
    app.actions.showJoin('ABC234');
    await flush();
    await flush();
    expect(app.store.getState()).toMatchObject({ screen: 'table', classSeat: { link: 'connected' } });
    room.close(UA, 'Your teacher freed your seat.', true);
    expect(app.actions.keptClass()).toBeNull();
    expect(slot.getItem(CLASS_SEAT_KEY)).toBeNull();

    // A student who leaves while joining stays where they went.
    app.actions.backToTitle();
    app.actions.joinClass('ABC234', 'Olena');
    app.actions.backToTitle();
    await flush();
    await flush();
    expect(app.store.getState()).toMatchObject({ screen: 'title', classSeat: null, game: null });
  });

  it('joins by code, plays from the view the server sends, and keeps the draft on the server', async () => {
    const room = classOf();
    const slot = memoryStorage();
    const app = student(room.net, slot);
    app.actions.showJoin('');
    app.actions.joinClass('abc 23', 'Olena');
    expect(app.store.getState().join.problem).toMatch(/six letters and digits/);
    app.actions.joinClass('ZZZ999', 'Olena');
    await flush();
    expect(app.store.getState().join.problem).toBe('No class has this code.');
    // Typed as the teacher's page shows it, with spaces, in small letters.
    app.actions.joinClass(' a b c 2 3 4 ', 'Olena');
    await flush();
    await flush();
    const s = app.store.getState();
    expect(s.screen).toBe('table');
    expect(s.seat).toBe(UA);
    expect(s.classSeat).toMatchObject({ code: 'ABC234', name: 'Olena', link: 'connected', ended: false });
    expect(JSON.parse(slot.getItem(CLASS_SEAT_KEY)!)).toMatchObject({ code: 'ABC234', token: 'token-ua' });

    // An order the rules refuse never leaves the device; one they allow goes into the server's draft.
    expect(app.actions.addOrder({ type: 'propose', actor: RU, clauses: [] })).not.toBeNull();
    expect(room.sent).toEqual([]);
    expect(app.actions.addOrder(PROPOSAL)).toBeNull();
    expect(room.table.updateFor(UA).draft).toEqual([PROPOSAL]);

    // End week ends the student's turn only: the table waits for Russia's student.
    app.actions.endWeek();
    const waiting = app.store.getState();
    expect(waiting.classSeat).toMatchObject({ ended: true, waitingFor: ['Russia'] });
    expect(waiting.game?.view.week).toBe(1);
    // Ending it again sends nothing more.
    app.actions.endWeek();
    expect(room.sent.filter((m) => m.type === 'end')).toHaveLength(1);
  });

  it('sends the draft again after a lost connection, and takes the next week from the server', async () => {
    const room = classOf();
    const kyiv = student(room.net);
    const moscow = student(room.net);
    kyiv.actions.joinClass('ABC234', 'Olena');
    moscow.actions.joinClass('ABC234', 'Ivan');
    await flush();
    await flush();
    room.drop(UA);
    expect(kyiv.store.getState().classSeat?.link).toBe('reconnecting');
    kyiv.actions.addOrder(PROPOSAL);
    expect(room.table.updateFor(UA).draft).toEqual([]);
    room.back(UA);
    // The server's older draft did not replace the one on the device, which was sent again.
    expect(kyiv.store.getState().orders).toEqual([PROPOSAL]);
    expect(room.table.updateFor(UA).draft).toEqual([PROPOSAL]);

    // A turn ended while the connection is lost is ended when it comes back; Russia's student is told that the
    // table now waits for them only, their table as it was.
    expect(moscow.store.getState().classSeat?.waitingFor).toEqual(['Ukraine']);
    const moscowGame = moscow.store.getState().game;
    room.drop(UA);
    kyiv.actions.endWeek();
    room.back(UA);
    expect(room.table.updateFor(RU).waitingFor).toEqual([RU]);
    expect(moscow.store.getState().classSeat?.waitingFor).toEqual([]);
    expect(moscow.store.getState().game).toBe(moscowGame);
    moscow.actions.endWeek();
    for (const app of [kyiv, moscow]) {
      const s = app.store.getState();
      expect(s.game?.view.week).toBe(2);
      expect(s.orders).toEqual([]);
      expect(s.classSeat).toMatchObject({ ended: false });
      expect(s.ui.resolving).toBe(false);
      // The week just played is new to the student: its events are there to announce.
      expect(s.game?.fresh.length).toBeGreaterThan(0);
    }
  });

  it('keeps the ended game on the device, with only the student’s own seat played here', async () => {
    const room = classOf();
    const slot = memoryStorage();
    const kyiv = student(room.net, slot);
    const moscow = student(room.net);
    kyiv.actions.joinClass('ABC234', 'Olena');
    moscow.actions.joinClass('ABC234', 'Ivan');
    await flush();
    await flush();
    for (let week = 0; week < 20 && !room.table.over; week++) {
      kyiv.actions.endWeek();
      moscow.actions.endWeek();
    }
    expect(room.table.over).toBe(true);
    await kyiv.settled();
    const s = kyiv.store.getState();
    expect(s.screen).toBe('ending');
    expect(s.seat).toBe(UA);
    expect(s.classSeat).toBeNull();
    expect(s.hotSeat).toBeNull();
    expect(s.game?.fromClass).toBe(true);
    expect(s.game?.debrief?.state.ended).not.toBeNull();
    // Saved on this device as Ukraine's game; the seat's token is no longer kept.
    expect(s.savedGames[0]).toMatchObject({ role: 'Ukraine', ended: true });
    expect(slot.getItem(CLASS_SEAT_KEY)).toBeNull();
    // Opened again from the saved games, it is still the student's seat alone.
    kyiv.actions.backToTitle();
    kyiv.actions.continueSaved();
    await kyiv.settled();
    expect(kyiv.store.getState()).toMatchObject({ screen: 'ending', seat: UA, hotSeat: null });
  });
});
