/**
 * Classroom play over the network (docs/classroom.md), on Colyseus 0.16 — the
 * last line that runs on Node 20. This is the one module that knows the
 * framework: moving to a later line changes this file only.
 *
 * Each table of a class is a room, named `<code>-<table>`. A student first
 * asks for a seat with the class's code and a name (`POST /class/join`,
 * answered with a seat, a session token of ours and the room's name), then
 * joins that room with the token, as they do again after a dropped
 * connection (the framework's own reconnection tokens do not outlive a
 * restart). The teacher reads the class (`GET /class/overview`) and frees a
 * seat (`POST /class/free`) with the teacher's token.
 *
 * Rooms synchronise no state: a schema shared by a room's clients would show
 * each what the others may not see. Instead each message is answered with
 * that seat's own update, and when a week is played every seat is sent its
 * own. Messages are capped in size (the transport closes a connection that
 * sends more), rate-limited per client, and every order is checked by the
 * engine's rules before it goes into a draft.
 */
import type http from 'node:http';
import { matchMaker, Room, Server, ServerError, type Client, type Delayed, type RoomException } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Action, ActorIndex, Scenario } from '../engine/index';
import type { ClassHost, ClassOptions, SavedClass, Seated } from './ClassHost';
import type { ClassTable, SeatUpdate } from './ClassTable';

/** The largest message a client may send, in bytes: a week's orders take a few hundred. */
export const MESSAGE_LIMIT = 16 * 1024;
/** The most orders one draft may hold (far more than any seat's action points allow). */
const ORDERS_LIMIT = 64;
/** Messages a client may send: RATE a second on average, BURST at once. */
const RATE = 10;
const BURST = 20;

const ROOM = 'table';
/** How often a room looks for seats away too long. */
const AWAY_CHECK_MS = 500;
const JOIN_PATH = '/class/join';
const OVERVIEW_PATH = '/class/overview';
const FREE_PATH = '/class/free';

/** The longest request for a seat, in bytes. */
const JOIN_LIMIT = 1024;
/**
 * Requests for a seat per address: JOIN_RATE a second, JOIN_BURST at once, since a whole class may share one
 * address and join in the same minute. At that rate, trying codes for a school day finds a given class's code
 * with a chance of about 1 in 1,900.
 */
const JOIN_RATE = 20;
const JOIN_BURST = 200;

export interface ClassServer {
  /** Opens a class and its tables' rooms; the code students join with, and the teacher's token. */
  open(options: ClassOptions): Promise<{ readonly code: string; readonly teacherToken: string }>;
  /** Restores a saved class and opens its tables' rooms, or says why it cannot be restored. */
  restore(saved: SavedClass, scenario: Scenario): Promise<{ readonly tables: number } | { readonly problem: string }>;
  close(): Promise<void>;
}

/**
 * Serves the classes `host` keeps on `server`'s port: requests for a seat, the tables' rooms (WebSocket upgrades
 * and the framework's own matchmaking requests), and every other request through `otherwise` (the built game).
 */
export function startClassServer(server: http.Server, host: ClassHost, otherwise: http.RequestListener): ClassServer {
  const joins = new Allowances(JOIN_RATE, JOIN_BURST);
  // Registered before the framework attaches: it then passes on to this listener the requests that are not its own.
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!handleJoin(request, response) && !handleOverview(request, response) && !handleFree(request, response))
      otherwise(request, response);
  });
  const gameServer = new Server({ transport: new WebSocketTransport({ server, maxPayload: MESSAGE_LIMIT }) });
  // Clients may only join a room by its name: no listing, no creating, no joining by type (which would tell a
  // room's name, and with it the class's code).
  matchMaker.controller.exposedMethods = ['joinById'];
  // The framework reads its matchmaking requests whole: one larger than it needs is refused before it is read.
  const framework = server.listeners('request') as http.RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const size = Number(request.headers['content-length'] ?? 0);
    if (request.url?.includes('/matchmake') && (request.headers['transfer-encoding'] || !(size <= JOIN_LIMIT))) {
      response.writeHead(413, { connection: 'close' }).end();
      request.destroy();
      return;
    }
    for (const listener of framework) listener.call(server, request, response);
  });
  // The rooms being opened by `open`: a room is made only for one of these, so no client can make one.
  const opening = new Set<string>();
  const TableRoom = tableRoomOf(host, opening);
  gameServer.define(ROOM, TableRoom);
  const closeSeat = (code: string, table: number, seat: number) => {
    const room = matchMaker.getLocalRoomById(roomName(code, table));
    if (room instanceof TableRoom) room.closeSeat(seat);
  };
  const openRooms = async (code: string, tables: number) => {
    for (let table = 0; table < tables; table++) {
      opening.add(roomName(code, table));
      await matchMaker.createRoom(ROOM, { code, table });
    }
  };
  /** `GET /class/overview?code=…` with the teacher's token as a bearer token: the class as its teacher sees it. */
  function handleOverview(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    const [path, query] = (request.url ?? '').split('?', 2);
    if (path !== OVERVIEW_PATH) return false;
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const allowed = joins.take(request.socket.remoteAddress ?? '');
    const overview = allowed ? host.overview(new URLSearchParams(query ?? '').get('code') ?? '', token) : null;
    const [status, body] = !allowed
      ? [429, { error: 'Too many requests: wait a moment.' }]
      : overview
        ? [200, overview]
        : [403, { error: "This class's view needs its teacher's token." }];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return true;
  }

  /**
   * `POST /class/free` with the teacher's token as a bearer token and `{"code", "table", "seat"}`: the seat is freed
   * for another student, and the connection that held it is closed.
   */
  function handleFree(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    if (request.url !== FREE_PATH) return false;
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    post(request, response, 'Free a seat', ({ code, table, seat }) => {
      const freed =
        typeof code === 'string' && typeof table === 'number' && typeof seat === 'number'
          ? host.freeSeat(code, token, table, seat)
          : null;
      if (freed === null) return [403, { error: "Freeing a seat needs the class's code and its teacher's token." }];
      if (freed) closeSeat(code as string, table as number, seat as number);
      return [200, { freed }];
    });
    return true;
  }

  /** `POST /class/join` with `{"code", "name"}`: a seat, a session token of ours and the room to join with it. */
  function handleJoin(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    if (request.url !== JOIN_PATH) return false;
    post(request, response, 'Ask for a seat', ({ code, name }) => {
      const joined = host.join(typeof code === 'string' ? code : '', typeof name === 'string' ? name : '');
      if ('refused' in joined) return [404, { error: joined.refused }];
      const { token, seated } = joined;
      return [200, { token, room: roomName(seated.code, seated.table), seat: seated.seat }];
    });
    return true;
  }

  /** A small JSON request of ours: refused when not a POST, too frequent from its address, or too long. */
  function post(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    purpose: string,
    reply: (body: Record<string, unknown>) => readonly [number, object],
  ): void {
    const answer = (status: number, body: object) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method !== 'POST') answer(405, { error: `${purpose} with POST.` });
    else if (!joins.take(request.socket.remoteAddress ?? ''))
      answer(429, { error: 'Too many requests: wait a moment.' });
    else
      readLimited(request, JOIN_LIMIT).then(
        (text) =>
          text === null ? answer(413, { error: 'The request is too long.' }) : answer(...reply(jsonObject(text))),
        () => answer(400, { error: 'The request could not be read.' }),
      );
  }

  return {
    async open(options) {
      const opened = host.open(options);
      await openRooms(opened.code, options.tables);
      return opened;
    },
    async restore(saved, scenario) {
      const restored = host.restore(saved, scenario);
      if ('tables' in restored) await openRooms(saved.code, restored.tables);
      return restored;
    },
    async close() {
      await gameServer.gracefullyShutdown(false);
    },
  };
}

/** What a table room is opened with: its class and table. */
interface RoomOptions {
  readonly code?: unknown;
  readonly table?: unknown;
}

const roomName = (code: string, table: number) => `${code}-${table}`;

/** Requests each key (a client, an address) may make: `rate` a second on average, `burst` at once. */
class Allowances {
  private readonly left = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}

  /** Whether `key` may make a request now (and counts it if so). */
  take(key: string): boolean {
    const now = Date.now();
    const was = this.left.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, was.tokens + ((now - was.at) / 1000) * this.rate);
    const ok = tokens >= 1;
    this.left.set(key, { tokens: ok ? tokens - 1 : tokens, at: now });
    // Keys whose allowance is whole again are forgotten, so that the map holds only recent ones.
    if (this.left.size > 1000)
      for (const [k, v] of this.left)
        if (v.tokens + ((now - v.at) / 1000) * this.rate >= this.burst) this.left.delete(k);
    return ok;
  }

  forget(key: string): void {
    this.left.delete(key);
  }
}

/**
 * The room class of one server's tables. Its static onAuth runs before the framework holds a seat for a client,
 * so a client without a token of ours never holds one, not even for a moment.
 */
function tableRoomOf(host: ClassHost, opening: Set<string>) {
  return class TableRoom extends Room {
    static override async onAuth(_token: string, options: unknown): Promise<Seated> {
      const token = (options as Record<string, unknown> | null)?.token;
      const seated = typeof token === 'string' ? host.seatOf(token) : null;
      if (!seated) throw new ServerError(403, 'This token holds no seat at this table.');
      return seated;
    }

    private table!: ClassTable;
    private code!: string;
    private index!: number;
    private readonly seated = new Map<string, Seated>();
    private readonly allowance = new Allowances(RATE, BURST);
    /** The running turn's timer, when the class sets a time and a student is at the table. */
    private turn: Delayed | null = null;
    /** Since when (the room's clock) each seat students play has had no connection. */
    private readonly awaySince = new Map<ActorIndex, number>();
    /** When (the room's clock) this week began: a seat is stood in at most once per `--away` of a week. */
    private weekStartedAt = 0;
    /** The check for seats away too long, while the game goes on. */
    private awayCheck: Delayed | null = null;

    override onCreate({ code, table: index }: RoomOptions): void {
      const name = typeof code === 'string' && typeof index === 'number' ? roomName(code, index) : '';
      const table = opening.delete(name) ? host.table(code as string, index as number) : null;
      if (!table) throw new ServerError(403, 'Only a teacher opens a table, with a class.');
      this.code = code as string;
      this.index = index as number;
      this.table = table;
      this.roomId = name;
      this.autoDispose = false;
      // Found by its name only, never listed: its name holds the class's code.
      void this.setPrivate(true);
      // Room for a student's new connection while their old one has not yet closed (a reload); onJoin closes the old.
      this.maxClients = 2 * table.humans.length;
      this.onMessage('draft', (client, message: unknown) => {
        if (!this.allowed(client)) return;
        const orders = ordersOf(message);
        const seat = this.seated.get(client.sessionId);
        if (!seat || !this.forThisWeek(message)) return;
        const refused = orders ? host.draft(seat, orders) : { why: 'not_a_draft' as const };
        if (refused) client.send('refused', refused);
        else client.send('update', this.updateFor(seat));
      });
      this.onMessage('end', (client, message: unknown) => {
        if (!this.allowed(client)) return;
        const seat = this.seated.get(client.sessionId);
        if (!seat || !this.forThisWeek(message)) return;
        const changed = host.endTurn(seat);
        if (changed === 'played') this.newWeek();
        if (changed !== 'unchanged') this.sendUpdates();
      });
      // Every seat starts away; a seat away longer than the class allows is played by the default negotiator.
      this.weekStartedAt = this.clock.currentTime;
      for (const seat of table.humans) this.awaySince.set(seat, this.clock.currentTime);
      const away = host.awaySeconds(this.code);
      if (away !== null) this.awayCheck = this.clock.setInterval(() => this.standIn(away * 1000), AWAY_CHECK_MS);
      // Any other message type is dropped, as an unknown one must not disturb the table.
      this.onMessage('*', (client) => void this.allowed(client));
    }

    /** Seats the student their token was given to, if it is this table's, in place of any earlier connection of theirs. */
    override onJoin(client: Client, _options: unknown, seated: Seated): void {
      if (seated.code !== this.code || seated.table !== this.index)
        throw new ServerError(403, 'This token holds no seat at this table.');
      for (const other of this.clients)
        if (other !== client && this.seated.get(other.sessionId)?.seat === seated.seat) {
          this.seated.delete(other.sessionId);
          other.leave(4001, 'This seat was opened on another device.');
        }
      this.seated.set(client.sessionId, seated);
      this.awaySince.delete(seated.seat);
      // The turn's time runs from the first student at the table, and stands still while nobody is there.
      if (!this.turn) this.newTurn();
      else this.turn.resume();
      this.sendUpdates();
    }

    override onLeave(client: Client): void {
      const seat = this.seated.get(client.sessionId)?.seat;
      this.seated.delete(client.sessionId);
      this.allowance.forget(client.sessionId);
      // Away once no connection holds the seat (a reload's new connection may already hold it).
      if (seat !== undefined && ![...this.seated.values()].some((s) => s.seat === seat))
        this.awaySince.set(seat, this.clock.currentTime);
      if (this.seated.size === 0) this.turn?.pause();
    }

    /** Closes the connections that hold `seat` (its teacher freed it for another student). */
    closeSeat(seat: number): void {
      // Left as any departure is (onLeave), so that the seat counts as away until its next student comes.
      for (const client of this.clients)
        if (this.seated.get(client.sessionId)?.seat === seat) client.leave(4002, 'Your teacher freed this seat.');
    }

    /** A bad message must not end the class: what it broke is dropped, and the table plays on. */
    override onUncaughtException(error: RoomException): void {
      process.stderr.write(`Table ${this.roomId}: ${error.message}\n`);
    }

    /**
     * The default negotiator plays, this week, each seat away for `limit` ms or more of it: at most one week per
     * `limit`, so a table nobody is at does not play itself out.
     */
    private standIn(limit: number): void {
      let changed = false;
      for (const [seat, since] of this.awaySince) {
        if (this.clock.currentTime - Math.max(since, this.weekStartedAt) < limit) continue;
        const done = host.standIn(this.code, this.index, seat);
        changed ||= done !== 'unchanged';
        if (done === 'played') {
          this.newWeek();
          break;
        }
      }
      if (changed) this.sendUpdates();
    }

    /** A week was played: its time starts again, and a game over needs no more checks. */
    private newWeek(): void {
      this.weekStartedAt = this.clock.currentTime;
      this.newTurn();
      if (this.table.over) this.awayCheck?.clear();
    }

    /** Whether a message is for this week: one that names another week (sent before it was played) is dropped. */
    private forThisWeek(message: unknown): boolean {
      const week =
        message !== null && typeof message === 'object' ? (message as Record<string, unknown>).week : undefined;
      return week === undefined || week === this.table.week;
    }

    /** Every connected seat's own update. */
    private sendUpdates(): void {
      for (const client of this.clients) {
        const seat = this.seated.get(client.sessionId);
        if (seat) client.send('update', this.updateFor(seat));
      }
    }

    /** A seat's own update, with the turn's time left. */
    private updateFor(seat: Seated): SeatUpdate {
      const left = this.turn?.active ? Math.max(0, this.turn.time - this.turn.elapsedTime) : null;
      return this.table.updateFor(seat.seat, left);
    }

    /** Starts the turn's time again for a new week, when the class sets one: when it runs out, the week is played. */
    private newTurn(): void {
      this.turn?.clear();
      this.turn = null;
      const seconds = host.turnSeconds(this.code);
      if (seconds === null || this.table.over) return;
      this.turn = this.clock.setTimeout(() => {
        host.playTheWeek(this.code, this.index);
        this.newWeek();
        this.sendUpdates();
      }, seconds * 1000);
      if (this.seated.size === 0) this.turn.pause();
    }

    /** Whether `client` may send a message now; past its allowance it is told so, and the message is dropped. */
    private allowed(client: Client): boolean {
      const ok = this.allowance.take(client.sessionId);
      if (!ok) client.send('slow_down', {});
      return ok;
    }
  };
}

/** The orders of a draft message, or null when it is not one: `{ orders: [...] }`, at most ORDERS_LIMIT long. */
function ordersOf(message: unknown): readonly Action[] | null {
  if (message === null || typeof message !== 'object') return null;
  const orders = (message as Record<string, unknown>).orders;
  return Array.isArray(orders) && orders.length <= ORDERS_LIMIT ? (orders as Action[]) : null;
}

/** A request's body as text, or null past `limit` bytes. */
function readLimited(request: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    // Read to the end, so that the answer reaches the client, but keep no more than `limit`.
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A request's JSON object, or an empty one when the text is not one. */
function jsonObject(text: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
