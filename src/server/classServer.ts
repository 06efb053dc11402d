/**
 * Classroom play over the network (docs/classroom.md), on Colyseus 0.16 — the
 * last line that runs on Node 20. This is the one module that knows the
 * framework: moving to a later line changes this file only.
 *
 * Each table of a class is a room, named `<code>-<table>`. A teacher lists
 * the scenarios the server offers (`GET /class/scenarios`) and opens a class
 * on one (`POST /class/open`, answered with its code and the teacher's
 * token). A student first asks for a seat with the class's code and a name
 * (`POST /class/join`, answered with a seat, a session token of ours and the
 * room's name), then joins that room with the token, as they do again after
 * a dropped connection (the framework's own reconnection tokens do not
 * outlive a restart). The teacher reads the class (`GET /class/overview`),
 * frees a seat (`POST /class/free`) and, once a table's game is over, takes
 * its game file (`GET /class/record`), with the teacher's token.
 *
 * Several processes may serve one school's classes behind one address
 * (docs/classroom.md, "Many processes"): with Redis they share the
 * framework's matchmaking and messages, and each class is held by one
 * process, which plays all its tables. A request about a class reaches any
 * process, which asks the holder through the class's first room; a student's
 * connection goes to the holder's own address, which the proxy routes.
 *
 * Rooms synchronise no state: a schema shared by a room's clients would show
 * each what the others may not see. Instead each message is answered with
 * that seat's own update, when a week is played every seat is sent its own,
 * and when a seat ends its turn the others are told whom the table waits
 * for. Messages are capped in size (the transport closes a connection that
 * sends more), rate-limited per client, and every order is checked by the
 * engine's rules before it goes into a draft. Requests are capped in size
 * and rate-limited per address, and each refusal is a sentence.
 */
import type http from 'node:http';
import { matchMaker, Room, Server, ServerError, type Client, type Delayed, type RoomException } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Action, ActorIndex, Scenario } from '../engine/index';
import type { ClassHost, ClassOptions, SavedClass, Seated } from './ClassHost';
import type { SeatUpdate, SeatWaiting } from '../net/classProtocol';
import type { ClassTable } from './ClassTable';
import { listingOf, readOpenRequest, type OfferedScenario } from './openRequest';

/** The largest message a client may send, in bytes: a week's orders take a few hundred. */
export const MESSAGE_LIMIT = 16 * 1024;
/** The most orders one draft may hold (far more than any seat's action points allow). */
const ORDERS_LIMIT = 64;
/** Messages a client may send: RATE a second on average, BURST at once. */
const RATE = 10;
const BURST = 20;
/** The most classes one server hosts at once (restored ones included): a teacher's request past it is refused. */
export const CLASS_LIMIT = 50;

const ROOM = 'table';
/** How often a room looks for seats away too long. */
const AWAY_CHECK_MS = 500;

/** The longest request body of ours, in bytes. */
const REQUEST_LIMIT = 1024;
/**
 * Requests of ours per address: JOIN_RATE a second, JOIN_BURST at once, since a whole class may share one
 * address and join in the same minute. At that rate, trying codes for a school day finds a given class's code
 * with a chance of about 1 in 1,900.
 */
const JOIN_RATE = 20;
const JOIN_BURST = 200;

export interface ClassServer {
  /** Opens a class and its tables' rooms; the code students join with, and the teacher's token. */
  open(options: ClassOptions): Promise<{ readonly code: string; readonly teacherToken: string }>;
  /**
   * Restores a saved class and opens its tables' rooms, or says why it cannot be restored (its rooms are still open
   * in another process that answers, among others).
   */
  restore(
    saved: SavedClass,
    scenario: Scenario,
  ): Promise<{ readonly tables: number } | { readonly problem: string; readonly elsewhere?: true }>;
  /** Closes a class's rooms here and forgets it (another process holds it now): its students reconnect there. */
  drop(code: string): Promise<void>;
  /** Lists this process's rooms again in the shared listing, where another process may have removed them. */
  relist(): Promise<void>;
  close(): Promise<void>;
}

export interface ClassServerOptions {
  /** The scenarios a teacher may open a class on (`GET /class/scenarios`); none: classes open from the command line only. */
  readonly scenarios?: readonly OfferedScenario[];
  /** The addresses students on the local network open (`http://192.168.1.20:8080/`), for the teacher's view. */
  readonly addresses?: readonly string[];
  /** Redis, to share matchmaking and messages with the other processes of one address (`redis://127.0.0.1:6379`). */
  readonly redisUrl?: string;
  /**
   * Where students' connections reach this process behind the proxy (`parley.school.example/p1`): the proxy routes
   * that path to it. Without it, connections go to the address the page came from.
   */
  readonly publicAddress?: string;
}

/** A class's own code as a student or teacher typed it (spaces and case aside), or null when it cannot be one. */
function classCode(typed: unknown): string | null {
  const code = typeof typed === 'string' ? typed.trim().toUpperCase() : '';
  return /^[A-Z0-9]{6}$/.test(code) ? code : null;
}

/** An answer to a request of ours: its status and JSON body, or a file to download. */
type Answer = readonly [number, object] | { readonly status: 200; readonly download: string; readonly body: object };

/**
 * Serves the classes `host` keeps on `server`'s port: the requests of teachers and students, the tables' rooms
 * (WebSocket upgrades and the framework's own matchmaking requests), and every other request through `otherwise`
 * (the built game).
 */
export function startClassServer(
  server: http.Server,
  host: ClassHost,
  otherwise: http.RequestListener,
  { scenarios = [], addresses = [], redisUrl, publicAddress }: ClassServerOptions = {},
): ClassServer {
  const requests = new Allowances(JOIN_RATE, JOIN_BURST);
  /** Requests for a table's seat (the framework's matchmaking), per address, as a class joins or rejoins at once. */
  const seatRequests = new Allowances(JOIN_RATE, JOIN_BURST);
  // Behind the proxy (a public address given), each request's address is the one the proxy names.
  const addressOf = (request: http.IncomingMessage) => requestAddress(request, publicAddress !== undefined);
  const listings = scenarios.map(listingOf);
  const routes = new Map<string, (request: http.IncomingMessage, response: http.ServerResponse) => void>([
    ['/class/scenarios', (request, response) => get(request, response, 'List the scenarios', () => [200, listings])],
    ['/class/open', (request, response) => post(request, response, 'Open a class', openClass)],
    ['/class/join', (request, response) => post(request, response, 'Ask for a seat', join)],
    ['/class/overview', (request, response) => get(request, response, "Read a class's view", overview)],
    ['/class/free', (request, response) => post(request, response, 'Free a seat', free)],
    ['/class/record', (request, response) => get(request, response, "Take a table's game", record)],
  ]);
  // Registered before the framework attaches: it then passes on to this listener the requests that are not its own.
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const route = routes.get((request.url ?? '').split('?', 1)[0] ?? '');
    if (route) route(request, response);
    else otherwise(request, response);
  });
  const gameServer = new Server({
    transport: new WebSocketTransport({ server, maxPayload: MESSAGE_LIMIT }),
    ...(redisUrl === undefined ? {} : { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) }),
    publicAddress,
    // A class's tables are opened where the class is held (its students' seats and tokens are there).
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
    // Stopping is the caller's: it saves the classes first (close).
    gracefullyShutdown: false,
  });
  // Clients may only join a room by its name: no listing, no creating, no joining by type (which would tell a
  // room's name, and with it the class's code).
  matchMaker.controller.exposedMethods = ['joinById'];
  // The framework reads its matchmaking requests whole: one larger than it needs is refused before it is read.
  const framework = server.listeners('request') as http.RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.url?.includes('/matchmake') && tooLong(request)) {
      response.writeHead(413, { connection: 'close' }).end();
      request.destroy();
      return;
    }
    // Each asks the class's holder about a token, perhaps in another process: as many as a class needs, no more.
    if (request.url?.includes('/matchmake') && !seatRequests.take(addressOf(request))) {
      response
        .writeHead(429, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code: 429, error: 'Too many requests: wait a moment.' }));
      return;
    }
    for (const listener of framework) listener.call(server, request, response);
  });
  // The rooms being opened by `open`: a room is made only for one of these, so no client can make one.
  const opening = new Set<string>();
  const holderAnswersHere = holderAnswers(host, (code, table, seat) => closeSeat(code, table, seat));
  const TableRoom = tableRoomOf(host, opening, holderAnswersHere, (room, token) =>
    atHolder(codeOf(room), 'seatOf', token),
  );
  gameServer.define(ROOM, TableRoom);
  /** The rooms of a class's tables in this process. */
  const localRooms = (code: string): Room[] => {
    const rooms: Room[] = [];
    for (let table = 0; host.table(code, table); table++) {
      const room = matchMaker.getLocalRoomById(roomName(code, table));
      if (room) rooms.push(room);
    }
    return rooms;
  };
  const closeSeat = (code: string, table: number, seat: number) => {
    const room = matchMaker.getLocalRoomById(roomName(code, table));
    if (room instanceof TableRoom) room.closeSeat(seat);
  };

  /**
   * Asks the process that holds a class (this one or another) to answer a request about it, through the class's
   * first room: undefined when no process has the class; refused with 503 when its holder does not answer (it may
   * have stopped, and another be restoring the class).
   */
  async function atHolder<K extends keyof HolderAnswers>(
    code: string,
    ask: K,
    ...args: ArgsAfterCode<HolderAnswers[K]>
  ): Promise<ReturnType<HolderAnswers[K]> | undefined> {
    const first = roomName(code, 0);
    // Found by its name in the shared listing (one read, not a listing of every room).
    if (!(await matchMaker.getRoomById(first))) return undefined;
    try {
      return (await matchMaker.remoteRoomCall(first, 'answerForClass', [ask, args])) as ReturnType<HolderAnswers[K]>;
    } catch {
      throw new ServerError(503, 'The server that holds this class is not answering: try again in a few seconds.');
    }
  }
  const openRooms = async (code: string, tables: number) => {
    for (let table = 0; table < tables; table++) {
      opening.add(roomName(code, table));
      await matchMaker.createRoom(ROOM, { code, table });
    }
  };
  const open = async (options: ClassOptions) => {
    const opened = host.open(options);
    await openRooms(opened.code, options.tables);
    return opened;
  };

  /**
   * `POST /class/open` with `{"scenario", "tables", "students", "turn", "away"}`: a new class on one of the
   * scenarios offered, its code and the teacher's token.
   */
  async function openClass(body: Record<string, unknown>): Promise<Answer> {
    if (host.size >= CLASS_LIMIT)
      return [
        503,
        {
          error: `This server already hosts ${CLASS_LIMIT} classes, as many as it can: ask whoever runs it to remove finished classes from its records (docs/classroom.md) and start it again.`,
        },
      ];
    const read = readOpenRequest(body, scenarios, () => host.seed());
    if ('problem' in read) return [400, { error: read.problem }];
    return [200, await open(read.options)];
  }

  /** `GET /class/overview?code=…` with the teacher's token as a bearer token: the class as its teacher sees it. */
  async function overview(query: URLSearchParams, token: string): Promise<Answer> {
    const code = classCode(query.get('code'));
    const seen = code === null ? null : await atHolder(code, 'overview', token);
    return seen
      ? [200, { ...seen, addresses }]
      : [403, { error: "This class's view needs its code and its teacher's token." }];
  }

  /**
   * `GET /class/record?code=…&table=i` with the teacher's token as a bearer token: the table's game, once it is
   * over, as a file the app opens.
   */
  async function record(query: URLSearchParams, token: string): Promise<Answer> {
    const table = /^\d{1,3}$/.test(query.get('table') ?? '') ? Number(query.get('table')) : -1;
    const code = classCode(query.get('code'));
    const found = (code !== null && (await atHolder(code, 'gameFile', token, table))) || { refused: 'token' as const };
    if (!('refused' in found)) return { status: 200, download: found.name, body: found.file };
    switch (found.refused) {
      case 'token':
        return [403, { error: "A table's game needs the class's code and its teacher's token." }];
      case 'table':
        return [404, { error: 'This class has no such table: name it by its place, table=0 for the first.' }];
      case 'not_over':
        return [
          409,
          {
            error: `Table ${table + 1}'s game is not over yet: its record holds the computer players' memories, so it can be taken once the game has ended.`,
          },
        ];
    }
  }

  /**
   * `POST /class/free` with the teacher's token as a bearer token and `{"code", "table", "seat", "student"}`: the
   * seat is freed for another student, and the connection that held it is closed. With `student`, only from that
   * student (the teacher's view may be a moment old); never at a finished table.
   */
  async function free({ code, table, seat, student }: Record<string, unknown>, token: string): Promise<Answer> {
    const held = classCode(code);
    const freed =
      held !== null && typeof table === 'number' && typeof seat === 'number'
        ? await atHolder(held, 'freeSeat', token, table, seat, typeof student === 'string' ? student : null)
        : null;
    if (freed === null || freed === undefined)
      return [403, { error: "Freeing a seat needs the class's code and its teacher's token." }];
    if (typeof freed === 'object') return [409, { error: freed.refused }];
    return [200, { freed }];
  }

  /** `POST /class/join` with `{"code", "name"}`: a seat, a session token of ours and the room to join with it. */
  async function join({ code, name }: Record<string, unknown>): Promise<Answer> {
    const held = classCode(code);
    const joined = (held !== null && (await atHolder(held, 'join', typeof name === 'string' ? name : ''))) || {
      refused: 'No class has this code.',
    };
    if ('refused' in joined) return [404, { error: joined.refused }];
    const { token, seated } = joined;
    return [200, { token, room: roomName(seated.code, seated.table), seat: seated.seat }];
  }

  /** Sends an answer; a reply that throws is answered with a sentence (and written to the server's output), never its trace. */
  function answer(response: http.ServerResponse, reply: () => Answer | Promise<Answer>): void {
    const send = (given: Answer) => {
      if (Array.isArray(given)) {
        const [status, body] = given as readonly [number, object];
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      } else {
        const { download, body } = given as Exclude<Answer, readonly [number, object]>;
        response
          .writeHead(200, {
            'content-type': 'application/json',
            'content-disposition': `attachment; filename="${download.replace(/[^\w.-]/g, '-')}"`,
            'cache-control': 'no-store',
          })
          .end(JSON.stringify(body, null, 2));
      }
    };
    const failed = (e: unknown) => {
      if (response.headersSent) return;
      // A class whose holder does not answer now (atHolder): said as it is, and nothing to report.
      if (e instanceof ServerError && e.code === 503) return send([503, { error: e.message }]);
      process.stderr.write(`A request failed: ${(e as Error).message}\n`);
      send([500, { error: 'The server could not answer this request: try again.' }]);
    };
    try {
      const given = reply();
      if (given instanceof Promise) given.then(send, failed);
      else send(given);
    } catch (e) {
      failed(e);
    }
  }

  /** The bearer token a request carries, or ''. */
  const tokenOf = (request: http.IncomingMessage) =>
    /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';

  /** Whether a request is one of ours its address may make now: it is told why not (and not read) when it is not. */
  function admitted(request: http.IncomingMessage, response: http.ServerResponse, method: string, purpose: string) {
    let refusal: Answer | null = null;
    if (request.method !== method) refusal = [405, { error: `${purpose} with ${method}.` }];
    else if (!requests.take(addressOf(request))) refusal = [429, { error: 'Too many requests: wait a moment.' }];
    if (refusal) answer(response, () => refusal);
    return refusal === null;
  }

  /** A GET request of ours, answered from its query and bearer token: refused when it carries a body too long. */
  function get(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    purpose: string,
    reply: (query: URLSearchParams, token: string) => Answer | Promise<Answer>,
  ): void {
    if (!admitted(request, response, 'GET', purpose)) return;
    if (tooLong(request)) return answer(response, () => [413, { error: 'The request is too long.' }]);
    const query = new URLSearchParams((request.url ?? '').split('?', 2)[1] ?? '');
    answer(response, () => reply(query, tokenOf(request)));
  }

  /** A small JSON request of ours: refused when not a POST, too frequent from its address, too long or not JSON. */
  function post(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    purpose: string,
    reply: (body: Record<string, unknown>, token: string) => Answer | Promise<Answer>,
  ): void {
    if (!admitted(request, response, 'POST', purpose)) return;
    readLimited(request, REQUEST_LIMIT).then(
      (text) => {
        const body = text === null ? null : jsonObject(text);
        answer(response, () =>
          text === null
            ? [413, { error: 'The request is too long.' }]
            : body === null
              ? [400, { error: `${purpose} with a JSON object.` }]
              : reply(body, tokenOf(request)),
        );
      },
      () => answer(response, () => [400, { error: 'The request could not be read.' }]),
    );
  }

  return {
    open,
    async restore(saved, scenario) {
      // Rooms of the class still listed by a process that stopped are removed; one that answers still holds it.
      for (let table = 0; table < saved.tables.length; table++) {
        const listed = await matchMaker.getRoomById(roomName(saved.code, table));
        if (
          listed &&
          listed.processId !== matchMaker.processId &&
          (await matchMaker.healthCheckProcessId(listed.processId))
        )
          return { problem: 'another process still plays its tables.', elsewhere: true };
      }
      const restored = host.restore(saved, scenario);
      if ('tables' in restored) await openRooms(saved.code, restored.tables);
      return restored;
    },
    async drop(code) {
      for (const room of localRooms(code)) await room.disconnect();
      host.forget(code);
    },
    async relist() {
      for (const code of host.codes) for (const room of localRooms(code)) await room.listing.save();
    },
    async close() {
      await gameServer.gracefullyShutdown(false);
    },
  };
}

/**
 * The address a request comes from: behind the proxy (`behindProxy`), the one it names (X-Real-IP) when the request
 * comes from this machine, where the proxy is (docs/classroom.md); else the connection's own.
 */
function requestAddress(request: http.IncomingMessage, behindProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? '';
  const named = request.headers['x-real-ip'];
  const local = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(peer);
  return behindProxy && local && typeof named === 'string' ? named : peer;
}

/** Whether a request carries more than a request of ours needs (or a body of unknown length). */
function tooLong(request: http.IncomingMessage): boolean {
  const size = Number(request.headers['content-length'] ?? 0);
  return request.headers['transfer-encoding'] !== undefined || !(size <= REQUEST_LIMIT);
}

/** What a table room is opened with: its class and table. */
interface RoomOptions {
  readonly code?: unknown;
  readonly table?: unknown;
}

const roomName = (code: string, table: number) => `${code}-${table}`;
const codeOf = (room: string) => room.split('-', 1)[0] ?? '';

/**
 * What the process that holds a class answers about it, asked by any process (atHolder) through one of the class's
 * rooms, which gives its code: plain data, as it may travel between processes.
 */
function holderAnswers(host: ClassHost, closeSeat: (code: string, table: number, seat: number) => void) {
  return {
    join: (code: string, name: string) => host.join(code, name),
    /** A student's seat in this class, for a connection made through another process. */
    seatOf(code: string, token: string): Seated | null {
      const seated = host.seatOf(token);
      return seated?.code === code ? seated : null;
    },
    overview: (code: string, token: string) => host.overview(code, token),
    gameFile: (code: string, token: string, table: number) => host.gameFile(code, token, table),
    /** Frees a seat (ClassHost.freeSeat; `student` null for any) and closes the connection that held it. */
    freeSeat(code: string, token: string, table: number, seat: number, student: string | null) {
      const freed = host.freeSeat(code, token, table, seat, student ?? undefined);
      if (freed === true) closeSeat(code, table, seat);
      return freed;
    },
  };
}
type HolderAnswers = ReturnType<typeof holderAnswers>;
/** A holder's answer's arguments after the class's code, which the room asked gives. */
type ArgsAfterCode<F> = F extends (code: string, ...rest: infer R) => unknown ? R : never;

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
function tableRoomOf(
  host: ClassHost,
  opening: Set<string>,
  answers: HolderAnswers,
  seatAtHolder: (room: string, token: string) => Promise<Seated | null | undefined>,
) {
  return class TableRoom extends Room {
    /**
     * A student's seat, from the class's holder: this process, or another asked about the room the student names
     * (the room checks again that the seat is its own, onJoin).
     */
    static override async onAuth(_token: string, options: unknown): Promise<Seated> {
      const { token, room } = (options ?? {}) as Record<string, unknown>;
      let seated = typeof token === 'string' ? host.seatOf(token) : null;
      if (!seated && typeof token === 'string' && typeof room === 'string' && /^[A-Z0-9]{6}-\d{1,3}$/.test(room))
        seated = (await seatAtHolder(room, token)) ?? null;
      if (!seated) throw new ServerError(403, 'This token holds no seat at this table.');
      return seated;
    }

    private table!: ClassTable;
    private code!: string;
    private index!: number;
    private readonly seated = new Map<string, Seated>();
    /** The connections sent the public scenario already (it travels once a connection: viewToWire). */
    private readonly informed = new Set<string>();
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
        else client.send('update', this.updateFor(seat, client));
      });
      this.onMessage('end', (client, message: unknown) => {
        if (!this.allowed(client)) return;
        const seat = this.seated.get(client.sessionId);
        if (!seat || !this.forThisWeek(message)) return;
        // An end of turn may carry the seat's orders, so that the turn ends with them or not at all.
        const carries = message !== null && typeof message === 'object' && 'orders' in message;
        const orders = carries ? ordersOf(message) : null;
        const refused = !carries ? null : orders ? host.draft(seat, orders) : { why: 'not_a_draft' as const };
        if (refused) return client.send('refused', refused);
        const changed = host.endTurn(seat);
        if (changed === 'played') {
          this.newWeek();
          this.sendUpdates();
        } else if (changed === 'ended') this.sendWaiting(seat.seat);
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
      host.present(this.code, this.index, seated.seat, true);
      // The turn's time runs from the first student at the table, and stands still while nobody is there.
      if (!this.turn) this.newTurn();
      else this.turn.resume();
      this.sendUpdates();
    }

    override onLeave(client: Client): void {
      const seat = this.seated.get(client.sessionId)?.seat;
      this.seated.delete(client.sessionId);
      this.informed.delete(client.sessionId);
      this.allowance.forget(client.sessionId);
      // Away once no connection holds the seat (a reload's new connection may already hold it).
      if (seat !== undefined && ![...this.seated.values()].some((s) => s.seat === seat)) {
        this.awaySince.set(seat, this.clock.currentTime);
        host.present(this.code, this.index, seat, false);
      }
      if (this.seated.size === 0) this.turn?.pause();
    }

    /** Answers a request about this room's class from any process (atHolder). */
    answerForClass<K extends keyof HolderAnswers>(
      ask: K,
      args: ArgsAfterCode<HolderAnswers[K]>,
    ): ReturnType<HolderAnswers[K]> {
      return (answers[ask] as (code: string, ...rest: ArgsAfterCode<HolderAnswers[K]>) => ReturnType<HolderAnswers[K]>)(
        this.code,
        ...args,
      );
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
      for (const [seat, since] of this.awaySince) {
        if (this.clock.currentTime - Math.max(since, this.weekStartedAt) < limit) continue;
        const done = host.standIn(this.code, this.index, seat);
        if (done === 'played') {
          this.newWeek();
          return this.sendUpdates();
        }
        // The seat stood in for has no connection: the others are told whom the table waits for.
        if (done === 'ended') this.sendWaiting(null);
      }
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
        if (seat) client.send('update', this.updateFor(seat, client));
      }
    }

    /**
     * A seat ended its turn and the week waits on: that seat's connections are sent their update; the others only
     * whom the table waits for now (their views have not changed), a message a hundredth of the size.
     */
    private sendWaiting(ender: ActorIndex | null): void {
      const waiting: SeatWaiting = { week: this.table.week, waitingFor: this.table.waitingFor };
      for (const client of this.clients) {
        const seat = this.seated.get(client.sessionId);
        if (seat?.seat === ender) client.send('update', this.updateFor(seat, client));
        else if (seat) client.send('waiting', waiting);
      }
    }

    /** A seat's own update, with the turn's time left; the public scenario only in a connection's first one. */
    private updateFor(seat: Seated, client: Client): SeatUpdate {
      const left = this.turn?.active ? Math.max(0, this.turn.time - this.turn.elapsedTime) : null;
      const first = !this.informed.has(client.sessionId);
      this.informed.add(client.sessionId);
      return this.table.updateFor(seat.seat, left, first);
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

/** A request's JSON object, or null when the text is not one. */
function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
