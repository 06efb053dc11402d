/**
 * A student's seat in a class (docs/classroom.md): joining by the class's
 * code and a name, then the table as the server sends it. The server is the
 * referee: it keeps the game and the student's draft, and sends this seat
 * only its own view and log. The store shows them as it shows a game on this
 * device, checks each order by the same rules before it goes into the draft,
 * and sends the whole draft to the server after each change, so that nothing
 * is lost on a reconnect. At the ending the server sends the game's record
 * (everything is revealed then): the game becomes the student's own, saved on
 * this device with its debrief.
 *
 * The session token that holds the seat is kept on this device, so that the
 * link, the page reloaded or the browser reopened gets the same seat back.
 */
import type { StoreApi } from 'zustand/vanilla';
import { theName, type Action, type ActorIndex, type GameRecord, type PublicScenario } from '../engine/index';
import type { ClassNet, SeatLink } from '../net/classNet';
import {
  receivedUpdate,
  type DraftRefused,
  type ReceivedUpdate,
  type SeatUpdate,
  type SeatWaiting,
} from '../net/classProtocol';
import type { AppState, ClassSeatState, SeatGame } from './AppState';
import type { KeyValueStorage } from './SavedGames';

/** Where this device keeps the seat it holds in a class: code, name, token and room. */
export const CLASS_SEAT_KEY = 'parley.class-seat';

interface KeptSeat {
  readonly code: string;
  readonly name: string;
  readonly token: string;
  readonly room: string;
}

export interface ClassSeatHooks {
  /**
   * The table as the server sent it: the seat's game, the orders drafted, whether a new week began, and whether the
   * student's end of turn is on its way.
   */
  show(game: SeatGame, orders: readonly Action[], newWeek: boolean, ending: boolean): void;
  /** The game is over: its record, to be kept on this device as the student's own game, from `seat`; its ending. */
  finish(record: GameRecord, seat: ActorIndex, ending: string): void;
}

export interface ClassSeat {
  /** The join screen, with `code` filled in (from a link); straight to the seat when this device holds one there. */
  showJoin(code: string): void;
  join(code: string, name: string): void;
  /** The student's orders changed: the server keeps them as the seat's draft. */
  draft(orders: readonly Action[]): void;
  endTurn(orders: readonly Action[]): void;
  /** Leaves the table (the seat stays the student's, to come back to with the same link). */
  leave(): void;
  /** The class whose seat this device holds (its code), if any. */
  keptCode(): string | null;
  readonly active: boolean;
}

export function classSeat(
  store: StoreApi<AppState>,
  net: () => Promise<ClassNet>,
  storage: KeyValueStorage,
  hooks: ClassSeatHooks,
): ClassSeat {
  const set = (patch: Partial<AppState>) => store.setState(patch);
  const setJoin = (patch: Partial<AppState['join']>) => set({ join: { ...store.getState().join, ...patch } });
  const setSeat = (patch: Partial<ClassSeatState>) => {
    const seat = store.getState().classSeat;
    if (seat) set({ classSeat: { ...seat, ...patch } });
  };
  let link: SeatLink | null = null;
  // Each join or seat opened takes a ticket; leaving takes a new one, so that an answer that comes after is dropped.
  let ticket = 0;
  let week = 0;
  // The public scenario of the table, which the server sends with a connection's first update only.
  let known: PublicScenario | undefined;
  // Whether the seat was just opened (its draft is then the server's), or its connection lost since the last
  // update (the draft on this device is then sent again).
  let opened = false;
  let reconnected = false;
  // The student ended their turn and the server has not yet said so: sent again after a lost connection.
  let ending = false;

  const kept = (): KeptSeat | null => {
    try {
      const data = JSON.parse(storage.getItem(CLASS_SEAT_KEY) ?? 'null') as Partial<KeptSeat> | null;
      return data && typeof data.code === 'string' && typeof data.token === 'string' && typeof data.room === 'string'
        ? { code: data.code, name: typeof data.name === 'string' ? data.name : '', token: data.token, room: data.room }
        : null;
    } catch {
      return null;
    }
  };
  const keep = (seat: KeptSeat | null) => {
    try {
      if (seat) storage.setItem(CLASS_SEAT_KEY, JSON.stringify(seat));
      else storage.removeItem(CLASS_SEAT_KEY);
    } catch {
      // A browser that keeps nothing still plays: only a reload loses the seat.
    }
  };

  /** The connection is closed for good: the seat is forgotten on this device when it is no longer the student's. */
  const lost = (why: string, gone: boolean) => {
    link?.close();
    link = null;
    if (gone) keep(null);
    setSeat({ link: 'closed', closedWhy: why });
    if (store.getState().screen === 'join') setJoin({ busy: false, problem: why });
  };

  const update = (sent: SeatUpdate) => {
    let u: ReceivedUpdate;
    try {
      u = receivedUpdate(sent, known);
    } catch {
      return lost('Your table sent something this page cannot read. Reload the page to join again.', false);
    }
    known = u.view.scenario;
    const before = store.getState().game;
    if (u.record) {
      link?.close();
      link = null;
      // The seat is played out: the link no longer leads back to it, and the game is kept on this device.
      keep(null);
      set({ classSeat: null });
      const title = u.view.ended ? u.view.scenario.endings[u.view.ended.ending]?.title : undefined;
      return hooks.finish(u.record, u.view.actor, title ?? '');
    }
    const newWeek = before === null || before.view.week !== u.view.week;
    week = u.view.week;
    setSeat({
      ended: u.ended,
      waitingFor: namesOf(u.waitingFor, u.view.actor),
      turnEndsAt: u.turnLeftMs === null ? null : Date.now() + u.turnLeftMs,
    });
    const fresh = before && newWeek && !opened ? u.log.events.slice(u.log.lastWeekFrom) : [];
    const game: SeatGame = { view: u.view, log: u.log, fresh, debrief: null, branch: false, fromClass: true };
    // The orders on this device are the draft while the week goes on; the server's when the seat is opened or a
    // new week begins. After a lost connection, the draft on this device is sent again.
    const local = store.getState().orders;
    const server = opened || newWeek;
    const resend = reconnected && !server && !u.ended;
    opened = false;
    reconnected = false;
    if (u.ended || newWeek) ending = false;
    // End week stays busy while an end of turn is on its way.
    hooks.show(game, server ? u.draft : local, newWeek, ending);
    if (resend && ending) link?.endTurn(local, week);
    else if (resend) link?.draft(local, week);
  };

  /** The names of the other seats the table waits for. */
  const namesOf = (seats: readonly ActorIndex[], own: ActorIndex) =>
    seats.flatMap((seat) => {
      const who = known?.actors[seat];
      return seat === own || !who ? [] : [theName(who)];
    });

  /** Another seat ended its turn, in this week: only whom the table waits for has changed. */
  const waiting = (w: SeatWaiting) => {
    const game = store.getState().game;
    if (game && w.week === week) setSeat({ waitingFor: namesOf(w.waitingFor, game.view.actor) });
  };

  const refused = (r: DraftRefused) => {
    const message =
      r.why === 'rules'
        ? `Your orders were not kept: ${r.refusals[0]?.message ?? 'the rules refused them.'}`
        : r.why === 'turn_ended'
          ? 'You have already ended your turn: your orders are in.'
          : 'Your orders could not be read. Try again.';
    set({ notice: { kind: 'error', message } });
  };

  const sit = (seat: KeptSeat) => {
    const mine = ++ticket;
    setJoin({ busy: true, problem: null });
    net().then(
      (classes) => {
        if (mine !== ticket) return;
        link?.close();
        opened = true;
        reconnected = false;
        ending = false;
        known = undefined;
        set({
          classSeat: {
            code: seat.code,
            name: seat.name,
            link: 'connecting',
            closedWhy: null,
            ended: false,
            waitingFor: [],
            turnEndsAt: null,
          },
        });
        link = classes.sit(seat.room, seat.token, {
          update,
          waiting,
          refused,
          status: (status) => {
            if (status === 'reconnecting') reconnected = true;
            setSeat({ link: status });
          },
          closed: lost,
        });
      },
      () => {
        if (mine === ticket)
          setJoin({ busy: false, problem: 'The class could not be opened just now. Reload the page to try again.' });
      },
    );
  };

  return {
    get active() {
      return link !== null;
    },
    keptCode: () => kept()?.code ?? null,
    showJoin(code) {
      const held = kept();
      const wanted = codeOf(code);
      set({ screen: 'join', notice: null, join: { code: wanted, busy: false, problem: null } });
      if (held && held.code === wanted) sit(held);
    },
    join(code, name) {
      const wanted = codeOf(code);
      const mine = ++ticket;
      if (!/^[A-Z0-9]{6}$/.test(wanted))
        return setJoin({ code: wanted, problem: 'A class code is six letters and digits, as your teacher gave it.' });
      if (name.trim() === '') return setJoin({ code: wanted, problem: 'Type your name, as your teacher will see it.' });
      setJoin({ code: wanted, busy: true, problem: null });
      void net()
        .then((classes) => classes.join(wanted, name))
        .then(
          (answer) => {
            if (mine !== ticket) return;
            if (!answer.ok) return setJoin({ busy: false, problem: answer.problem });
            const seat = { code: wanted, name: name.trim(), token: answer.value.token, room: answer.value.room };
            keep(seat);
            sit(seat);
          },
          () => {
            if (mine === ticket) setJoin({ busy: false, problem: 'The class could not be reached. Try again.' });
          },
        );
    },
    draft(orders) {
      link?.draft(orders, week);
    },
    endTurn(orders) {
      ending = true;
      link?.endTurn(orders, week);
    },
    leave() {
      ticket++;
      link?.close();
      link = null;
      set({ classSeat: null });
    },
  };
}

/** A class code as typed or shown ("a b c 2 3 4"): its letters and digits, in capitals. */
function codeOf(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}
