/**
 * The pages' side of a class (docs/classroom.md): the requests for a seat and
 * the teacher's requests, over HTTP, and a seat's connection to its table's
 * room. The one browser module that knows the network framework (Colyseus
 * 0.16's client): it is loaded only when a student joins or a teacher hosts,
 * so the first load of the game does not carry it.
 *
 * A seat's connection comes back by itself: after a dropped connection (a
 * closed lid, lost Wi-Fi, a server restarted) it joins the room again with
 * the student's session token, waiting a little longer after each failure,
 * until the seat is closed on purpose (another device took it, the teacher
 * freed it, the student left).
 */
import { Client, type Room } from 'colyseus.js';
import type { Action } from '../engine/index';
import type {
  ClassOverview,
  DraftRefused,
  JoinAnswer,
  OpenClass,
  ScenarioOffer,
  SeatUpdate,
  SeatWaiting,
} from './classProtocol';

/** An answer of the class server: what was asked for, or a sentence saying why not. */
export type Answer<T> =
  | { readonly ok: true; readonly value: T }
  /** `status`: the server's HTTP status, when it answered. */
  | { readonly ok: false; readonly problem: string; readonly status?: number };

export type LinkStatus = 'connecting' | 'connected' | 'reconnecting';

export interface SeatEvents {
  update(update: SeatUpdate): void;
  /** Another seat ended its turn: whom the table waits for now. */
  waiting(waiting: SeatWaiting): void;
  refused(refused: DraftRefused): void;
  status(status: LinkStatus): void;
  /**
   * The connection was closed for good, with why in a sentence, and does not come back. `gone`: the seat is no
   * longer this device's (its teacher freed it, or its token is refused); else it was opened on another device.
   */
  closed(why: string, gone: boolean): void;
}

export interface SeatLink {
  draft(orders: readonly Action[], week: number): void;
  /** Ends the seat's turn with `orders` as its draft, in one message. */
  endTurn(orders: readonly Action[], week: number): void;
  close(): void;
}

export interface ClassNet {
  join(code: string, name: string): Promise<Answer<JoinAnswer>>;
  scenarios(): Promise<Answer<readonly ScenarioOffer[]>>;
  open(request: OpenClass): Promise<Answer<{ readonly code: string; readonly teacherToken: string }>>;
  overview(code: string, teacherToken: string): Promise<Answer<ClassOverview>>;
  /** Frees a seat for another student (its teacher only), from the student named: whether a student held it. */
  free(
    code: string,
    table: number,
    seat: number,
    student: string,
    teacherToken: string,
  ): Promise<Answer<{ readonly freed: boolean }>>;
  /** A finished table's game file, as the app's import reads it. */
  record(code: string, table: number, teacherToken: string): Promise<Answer<string>>;
  sit(room: string, token: string, events: SeatEvents): SeatLink;
}

/** Close codes the server uses when a seat is closed on purpose (src/server/classServer.ts), and whether it is gone. */
const CLOSED_ON_PURPOSE: Record<number, { readonly why: string; readonly gone: boolean }> = {
  4001: { why: 'Your seat was opened on another device or in another tab.', gone: false },
  4002: { why: 'Your teacher freed your seat.', gone: true },
};
/** How long to wait before sending a draft again, after the server said it was sent too fast. */
const SLOW_DOWN_MS = 1000;
/** The longest wait between two tries to reconnect, in milliseconds. */
const LONGEST_WAIT = 8000;

const NOT_A_SERVER = 'No class server answered: Parley must be opened from the address your teacher gave.';
/** The same, for a teacher: what to run. */
const NO_SERVER_TO_HOST =
  'No class server answers at this address. To host a class, start Parley’s class server (the command “npm run serve”, in the classroom guide of its docs) and open the address it prints.';

/** The class server at `origin` (the page's own: one port serves the game and the server). */
export function classNet(origin: string): ClassNet {
  const client = new Client(origin.replace(/^http/, 'ws'));

  async function request<T>(path: string, init: RequestInit = {}): Promise<Answer<T>> {
    try {
      const response = await fetch(`${origin}${path}`, init);
      const type = response.headers.get('content-type') ?? '';
      if (!type.includes('application/json')) return { ok: false, problem: NOT_A_SERVER };
      const body = (await response.json()) as unknown;
      if (response.ok) return { ok: true, value: body as T };
      const error = (body as { error?: unknown } | null)?.error;
      return { ok: false, problem: typeof error === 'string' ? error : NOT_A_SERVER, status: response.status };
    } catch {
      return { ok: false, problem: 'The class server could not be reached. Check the connection and try again.' };
    }
  }
  const post = <T>(path: string, body: unknown, token?: string) =>
    request<T>(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

  return {
    join: (code, name) => post<JoinAnswer>('/class/join', { code, name }),
    async scenarios() {
      const answer = await request<readonly ScenarioOffer[]>('/class/scenarios');
      return !answer.ok && answer.problem === NOT_A_SERVER ? { ok: false, problem: NO_SERVER_TO_HOST } : answer;
    },
    open: (options) => post('/class/open', options),
    free: (code, table, seat, student, token) => post('/class/free', { code, table, seat, student }, token),
    overview: (code, token) =>
      request<ClassOverview>(`/class/overview?code=${encodeURIComponent(code)}`, bearer(token)),
    async record(code, table, token) {
      try {
        const response = await fetch(
          `${origin}/class/record?code=${encodeURIComponent(code)}&table=${table}`,
          bearer(token),
        );
        const text = await response.text();
        if (response.ok) return { ok: true, value: text };
        const error = (JSON.parse(text) as { error?: unknown }).error;
        return { ok: false, problem: typeof error === 'string' ? error : NOT_A_SERVER };
      } catch {
        return { ok: false, problem: 'The game file could not be fetched. Try again.' };
      }
    },
    sit: (room, token, events) => seatLink(client, room, token, events),
  };
}

function seatLink(client: Client, name: string, token: string, events: SeatEvents): SeatLink {
  let room: Room | null = null;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  // The latest draft sent, to send again after the server asked to slow down.
  let latest: { readonly orders: readonly Action[]; readonly week: number } | null = null;
  let resend: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    retry = null;
    events.status(failures === 0 ? 'connecting' : 'reconnecting');
    // The room's name goes with the token: through another process than the one that holds the class, it says
    // which class the token is of.
    client.joinById(name, { token, room: name }).then(
      (joined) => {
        if (closed) return void joined.leave();
        room = joined;
        failures = 0;
        events.status('connected');
        joined.onMessage('update', (update: SeatUpdate) => events.update(update));
        joined.onMessage('waiting', (waiting: SeatWaiting) => events.waiting(waiting));
        joined.onMessage('refused', (refused: DraftRefused) => events.refused(refused));
        // Sent when the student sends faster than the server allows: the latest draft is sent again a moment later.
        joined.onMessage('slow_down', () => {
          if (!resend)
            resend = setTimeout(() => {
              resend = null;
              if (latest) room?.send('draft', latest);
            }, SLOW_DOWN_MS);
        });
        joined.onLeave((code) => {
          room = null;
          if (closed) return;
          const purpose = CLOSED_ON_PURPOSE[code];
          if (purpose) return finish(purpose.why, purpose.gone);
          again();
        });
      },
      (error: unknown) => {
        if (closed) return;
        // A refused token (403) will not be accepted later: the seat is gone (its teacher freed it).
        if ((error as { code?: unknown } | null)?.code === 403) return finish('This seat is no longer yours.', true);
        again();
      },
    );
  };
  const again = () => {
    failures += 1;
    events.status('reconnecting');
    retry = setTimeout(connect, Math.min(LONGEST_WAIT, 500 * 2 ** Math.min(failures - 1, 4)));
  };
  const finish = (why: string, gone: boolean) => {
    closed = true;
    events.closed(why, gone);
  };
  connect();

  return {
    draft(orders, week) {
      latest = { orders, week };
      room?.send('draft', latest);
    },
    endTurn(orders, week) {
      latest = null;
      room?.send('end', { orders, week });
    },
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      if (resend) clearTimeout(resend);
      void room?.leave();
    },
  };
}
