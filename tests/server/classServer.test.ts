/**
 * Classroom play over the network (docs/classroom.md), with real WebSocket
 * clients over loopback: two students join a ukraine-2025 table by its code
 * and play to an ending with the server as referee, the other seats played
 * by the default negotiator. Each is only ever sent its own view: no message
 * holds another seat's hidden profile before the ending. A student who drops
 * comes back to the same seat with their token; orders for another seat,
 * malformed drafts and floods are refused without disturbing the table; a
 * client cannot open a table of its own.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Client, type Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicScenario, replayRecord, type Scenario } from '../../src/engine/index';
import { loadScenario, parseRecord } from '../../src/engine/loader';
import type { ClassOverview } from '../../src/net/classProtocol';
import { ClassHost } from '../../src/server/ClassHost';
import { receivedUpdate, type ReceivedUpdate, type SeatUpdate } from '../../src/net/classProtocol';
import { startClassServer, type ClassServer } from '../../src/server/classServer';

const text = readFileSync('scenarios/ukraine-2025.yaml', 'utf8');
const loaded = loadScenario(text, 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario: Scenario = loaded.scenario;
const source = { text, file: 'ukraine-2025.yaml' };

/** A student's connection, keeping every message it was sent. */
interface Student {
  readonly room: Room;
  readonly updates: ReceivedUpdate[];
  readonly messages: { type: string | number; message: unknown }[];
  token: string | null;
}

let server: http.Server;
let classes: ClassServer;
const hostOf = new ClassHost((n) => new Uint8Array(randomBytes(n)));
let url: string;
let base: string;

beforeAll(async () => {
  server = http.createServer();
  classes = startClassServer(server, hostOf, (_request, response) => response.writeHead(404).end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = base.replace('http', 'ws');
});

afterAll(async () => {
  await classes.close();
  await new Promise((done) => server.close(done));
});

function watch(room: Room): Student {
  const student: Student = { room, updates: [], messages: [], token: null };
  room.onMessage('*', (type, message) => {
    student.messages.push({ type, message });
    if (type === 'update')
      student.updates.push(receivedUpdate(message as SeatUpdate, student.updates.at(-1)?.view.scenario));
  });
  return student;
}

/** Asks for a seat as a student's page does: the answer's status and body. */
async function ask(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/class/join`, { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A seat by the class's code and a name, then its table's room with the token. */
async function join(code: string, name: string): Promise<Student> {
  const seat = await ask({ code, name });
  if (seat.status !== 200) throw new Error(String(seat.body.error));
  const student = watch(await new Client(url).joinById(String(seat.body.room), { token: seat.body.token }));
  student.token = String(seat.body.token);
  return student;
}

/** Waits until `test` holds of the student, or fails after a few seconds. */
async function until(student: Student, test: (s: Student) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test(student)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

const last = (s: Student): ReceivedUpdate => s.updates.at(-1)!;
/** Whom the student's table waits for, by the latest update or word of another seat's end of turn. */
const waitingFor = (s: Student): readonly number[] => {
  const latest = [...s.messages].reverse().find((m) => m.type === 'update' || m.type === 'waiting')?.message;
  return (latest as { waitingFor: readonly number[] } | undefined)?.waitingFor ?? [];
};

/** A class of one ukraine-2025 table, students at `humans`, every other seat the default negotiator's. */
const openClass = (humans: string[], seed: number, times: { turnSeconds?: number; awaySeconds?: number } = {}) =>
  classes.open({
    scenario,
    source,
    tables: 1,
    humans,
    others: 'negotiator',
    seed,
    turnSeconds: times.turnSeconds ?? null,
    awaySeconds: times.awaySeconds ?? null,
  });

describe('a class over the network', () => {
  it('plays a table to an ending, each student sent only their own view', async () => {
    const { code, teacherToken } = await openClass(['ukraine', 'russia'], 7);
    const kyiv = await join(code, 'Olena');
    // A code typed in lower case, with spaces, finds the class.
    const moscow = await join(` ${code.toLowerCase()} `, 'Ivan');
    await until(kyiv, (s) => s.updates.length > 0, 'the first view');
    await until(moscow, (s) => s.updates.length > 0, 'the first view');
    expect(last(kyiv).view.actor).not.toBe(last(moscow).view.actor);

    for (let week = 1; week <= 20 && !last(kyiv).view.ended; week++) {
      const before = last(kyiv).view.week;
      kyiv.room.send('end');
      await until(moscow, (s) => waitingFor(s).length === 1, 'Ukraine ready');
      // Told whom the table waits for, not sent its view again: nothing else changed for it.
      expect(moscow.messages.at(-1)).toEqual({
        type: 'waiting',
        message: { week: before, waitingFor: [last(moscow).view.actor] },
      });
      moscow.room.send('end');
      await until(kyiv, (s) => last(s).view.week > before || last(s).view.ended !== null, 'the next week');
      await until(moscow, (s) => last(s).view.week === last(kyiv).view.week, 'the same week at both seats');
    }
    expect(last(kyiv).view.ended).not.toBeNull();
    expect(last(moscow).view.ended).toEqual(last(kyiv).view.ended);

    // The teacher's view, with the teacher's token only: the table's public facts and who sits where.
    const overview = (token: string) =>
      fetch(`${base}/class/overview?code=${code}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await overview(kyiv.token!)).status).toBe(403);
    const seen = (await (await overview(teacherToken)).json()) as ClassOverview;
    const [table] = seen.tables;
    expect(table!.ending).toBe(publicScenario(scenario).endings[last(kyiv).view.ended!.ending]!.title);
    expect(seen).toMatchObject({ code, title: scenario.title, unit: 'week', joinPath: `/?join=${code}` });
    expect(table!.seats).toEqual([
      { seat: 0, actor: 'Ukraine', ended: false, student: 'Olena', connected: true, away: false },
      { seat: 1, actor: 'Russia', ended: false, student: 'Ivan', connected: true, away: false },
    ]);
    expect(table!.meters.map((m) => m.name)).toContain('War intensity');
    // Public facts only: nothing else is in a table's overview.
    expect(Object.keys(table!).sort()).toEqual([
      'deals',
      'ending',
      'grades',
      'index',
      'meters',
      'seats',
      'signed',
      'week',
      'weeks',
    ]);
    // Revealed at the ending, as the debrief reveals them: each side's grade.
    expect(table!.grades?.map((g) => g.actor)).toEqual(['Ukraine', 'Russia', 'United States', 'European allies']);
    // And the deal reached, in the deal space of the two sides students play: how much more both could have had at
    // once is what the best package of the frontier gives both over the deal (0 on the frontier).
    expect(table!.deals).toHaveLength(1);
    const [deal] = table!.deals!;
    expect(deal!.sides).toEqual(['Ukraine', 'Russia']);
    expect(deal!.frontier.length).toBeGreaterThan(0);
    const [x, y] = deal!.deal;
    const both = Math.max(...deal!.frontier.map(([a, b]) => Math.min(a - x, b - y)));
    expect(deal!.distance).toBeCloseTo(Math.max(0, both), 0);
    if (deal!.onFrontier) expect(deal!.distance).toBe(0);
    expect(table!.index).toBe(0);

    // Before the ending every view a student was sent holds its own profile and no other: another seat's weights
    // never appear. At the ending each is sent the game's record, in which everything is revealed.
    const weightsOf = (seat: number) => JSON.stringify(loadedProfile(seat));
    for (const [student, other] of [
      [kyiv, moscow],
      [moscow, kyiv],
    ] as const) {
      const own = last(student).view.actor;
      const theirs = last(other).view.actor;
      const ending = student.messages.findIndex(
        (m) => m.type === 'update' && (m.message as SeatUpdate).record !== null,
      );
      expect(ending).toBeGreaterThan(0);
      const before = student.messages.slice(0, ending);
      for (const update of student.updates) {
        expect(JSON.stringify(update.view.profile)).toBe(JSON.stringify(last(student).view.profile));
        expect(update.view.actor).toBe(own);
        expect(update.record === null).toBe(update.view.ended === null);
      }
      expect(JSON.stringify(before)).not.toContain(weightsOf(theirs));
      expect(JSON.stringify(before)).toContain(weightsOf(own));
      // The game's whole record, which the engine's reader takes.
      expect(parseRecord(JSON.stringify(last(student).record)).ok).toBe(true);
    }

    // Once the game is over the teacher takes the table's game as a file the app opens.
    const file = await fetch(`${base}/class/record?code=${code}&table=0`, {
      headers: { authorization: `Bearer ${teacherToken}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="ukraine-2025-${code}-table-1.json"`);
    const saved = (await file.json()) as Record<string, unknown>;
    expect(saved).toMatchObject({
      format: 'parley-saved-game',
      version: 2,
      ended: true,
      scenario: { file: 'ukraine-2025.yaml', id: 'ukraine-2025', title: scenario.title, bundled: true, text },
      orders: [],
    });
    const parsed = parseRecord(JSON.stringify(saved.record));
    if (!parsed.ok) throw new Error(parsed.message);
    const replayed = replayRecord(scenario, parsed.record);
    expect(replayed.ok && replayed.game.state.ended?.ending).toBe(last(kyiv).view.ended!.ending);
    // A student's token takes no file, nor does a table the class does not have.
    const refused = await fetch(`${base}/class/record?code=${code}&table=0`, {
      headers: { authorization: `Bearer ${kyiv.token!}` },
    });
    expect(refused.status).toBe(403);
    const none = await fetch(`${base}/class/record?code=${code}&table=1`, {
      headers: { authorization: `Bearer ${teacherToken}` },
    });
    expect(none.status).toBe(404);
  }, 60_000);

  it('gives a student who dropped the same seat and draft back with their token, and no one else', async () => {
    const { code } = await openClass(['usa'], 11);
    const first = await join(code, 'Sam');
    await until(first, (s) => s.updates.length > 0, 'a seat');
    const seat = last(first).view.actor;
    const orders = [{ type: 'meet', actor: seat, with: [(seat + 1) % 4] }];
    first.room.send('draft', { orders });
    await until(first, (s) => s.updates.length > 1, 'the draft kept');
    expect(last(first).draft).toEqual(orders);
    const token = first.token!;
    await first.room.leave();

    // The class is full: a new student is turned away, and a wrong token too, or another table's.
    expect(await ask({ code, name: 'Late' })).toEqual({
      status: 404,
      body: { error: 'Every seat in this class is taken.' },
    });
    await expect(new Client(url).joinById(`${code}-0`, { token: 'not-a-token' })).rejects.toThrow(/no seat/);
    await expect(new Client(url).joinById(`${code}-0`, {})).rejects.toThrow(/no seat/);

    const back = watch(await new Client(url).joinById(`${code}-0`, { token }));
    await until(back, (s) => s.updates.length > 0, 'the seat back');
    expect(last(back).view.actor).toBe(seat);
    expect(last(back).draft).toEqual(orders);
    await back.room.leave();
  }, 30_000);

  it('refuses orders for another seat, malformed drafts and floods, and the table plays on', async () => {
    const { code } = await openClass(['europe'], 13);
    const student = await join(code, 'Ana');
    await until(student, (s) => s.updates.length > 0, 'a seat');
    const seat = last(student).view.actor;
    const other = (seat + 1) % 4;
    for (const message of [
      { orders: [{ type: 'meet', actor: other, with: [seat] }] },
      { orders: [{ type: 'propose', actor: seat, clauses: 'all of them' }] },
      { orders: 'everything' },
      'nonsense',
    ])
      student.room.send('draft', message);
    await until(student, (s) => s.messages.filter((m) => m.type === 'refused').length === 4, 'four refusals');
    const refused = student.messages.filter((m) => m.type === 'refused').map((m) => m.message);
    expect(refused).toEqual([
      { why: 'rules', refusals: [expect.objectContaining({ code: 'NOT_YOUR_SEAT', order: 0 })] },
      { why: 'rules', refusals: [expect.objectContaining({ code: 'MALFORMED_ACTION', order: 0 })] },
      { why: 'not_a_draft' },
      { why: 'not_a_draft' },
    ]);
    expect(last(student).draft).toEqual([]);

    // A flood: past its allowance a client is told to slow down, and its messages are dropped.
    for (let i = 0; i < 40; i++) student.room.send('draft', { orders: [] });
    await until(student, (s) => s.messages.some((m) => m.type === 'slow_down'), 'a slow-down');
    await new Promise((r) => setTimeout(r, 1200));
    const week = last(student).view.week;
    // An end of turn carrying orders the rules refuse does not end the turn: the refusal is sent instead.
    const refusedBefore = student.messages.filter((m) => m.type === 'refused').length;
    student.room.send('end', { orders: [{ type: 'meet', actor: other, with: [seat] }], week });
    await until(student, (s) => s.messages.filter((m) => m.type === 'refused').length > refusedBefore, 'a refusal');
    expect(last(student).ended).toBe(false);
    // One carrying orders the rules accept ends it with them.
    const meeting = { type: 'meet', actor: seat, with: [other] };
    student.room.send('end', { orders: [meeting], week });
    await until(student, (s) => last(s).view.week === week + 1, 'the next week');
    expect(JSON.stringify(hostOf.saved(code)?.tables[0]?.record)).toContain(JSON.stringify(meeting));
    await student.room.leave();
  }, 30_000);

  it('refuses out-of-turn and oversized messages, and the table plays on', async () => {
    const { code } = await openClass(['ukraine', 'russia'], 19);
    const kyiv = await join(code, 'Olena');
    const moscow = await join(code, 'Ivan');
    await until(kyiv, (s) => s.updates.length > 0, 'a seat');
    await until(moscow, (s) => s.updates.length > 0, 'a seat');
    const seat = last(kyiv).view.actor;
    const other = last(moscow).view.actor;
    const meeting = { type: 'meet', actor: seat, with: [other] };

    // Out of turn: once a student has ended their turn, their draft is refused and kept as it was.
    kyiv.room.send('end', { week: 1 });
    await until(kyiv, (s) => last(s).ended, 'the turn ended');
    kyiv.room.send('draft', { orders: [meeting], week: 1 });
    await until(kyiv, (s) => s.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(kyiv.messages.find((m) => m.type === 'refused')?.message).toEqual({ why: 'turn_ended' });
    expect(last(kyiv).draft).toEqual([]);

    // Oversized: a message past 16 KiB closes its own connection, and no other.
    const closed = new Promise<number>((done) => moscow.room.onLeave(done));
    moscow.room.send('draft', { orders: [meeting], padding: 'x'.repeat(20 * 1024) });
    expect(await closed).not.toBe(4001);
    expect(kyiv.room.connection.isOpen).toBe(true);
    // The student comes back with their token; a message naming a week already played is dropped.
    const back = watch(await new Client(url).joinById(`${code}-0`, { token: moscow.token }));
    await until(back, (s) => s.updates.length > 0, 'the seat back');
    expect(last(back)).toMatchObject({ draft: [], ended: false });
    back.room.send('end', { week: 1 });
    await until(kyiv, (s) => last(s).view.week === 2, 'the week played');
    back.room.send('end', { week: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(hostOf.table(code, 0)?.week).toBe(2);
    expect(waitingFor(kyiv)).toEqual([seat, other]);
    await kyiv.room.leave();
    await back.room.leave();
  }, 30_000);

  it("plays the week with a student's draft as it stands when the turn's time runs out", async () => {
    const { code } = await openClass(['usa', 'europe'], 17, { turnSeconds: 1 });
    const washington = await join(code, 'Lee');
    await until(washington, (s) => s.updates.length > 0, 'a seat');
    const seat = last(washington).view.actor;
    expect(last(washington).turnLeftMs).toBeGreaterThan(0);
    expect(last(washington).turnLeftMs).toBeLessThanOrEqual(1000);
    const orders = [{ type: 'meet', actor: seat, with: [(seat + 1) % 4] }];
    washington.room.send('draft', { orders });
    // Nobody ends their turn (and Europe's student never comes): the time runs out and the week is played.
    await until(washington, (s) => last(s).view.week === 2, 'the week played when time ran out');
    expect(last(washington).draft).toEqual([]);
    expect(last(washington).log.events).toContainEqual(
      expect.objectContaining({ type: 'meeting_held', initiator: seat }),
    );
    await washington.room.leave();
  }, 30_000);

  it('plays a seat nobody takes, or whose student is away too long, with the default negotiator', async () => {
    const { code, teacherToken } = await openClass(['usa', 'europe'], 23, { awaySeconds: 1 });
    const overview = async () =>
      (await (
        await fetch(`${base}/class/overview?code=${code}`, { headers: { authorization: `Bearer ${teacherToken}` } })
      ).json()) as ClassOverview;
    const student = await join(code, 'Noor');
    await until(student, (s) => s.updates.length > 0, 'a seat');
    const seat = last(student).view.actor;
    // Europe's seat was never taken: after a second its stand-in has ended its turn, while the student, at the
    // table, is never stood in.
    await until(student, (s) => waitingFor(s).length === 1, "Europe's stand-in");
    await new Promise((r) => setTimeout(r, 1500));
    expect(last(student).view.week).toBe(1);
    expect(waitingFor(student)).toEqual([seat]);
    const seats = (await overview()).tables[0]!.seats;
    const other = seats.find((s) => s.seat !== seat)!;
    expect(other).toMatchObject({ student: null, connected: false, away: true });
    expect(seats.find((s) => s.seat === seat)).toMatchObject({ student: 'Noor', connected: true, away: false });
    student.room.send('end', { week: 1 });
    await until(student, (s) => last(s).view.week === 2, 'the week played');
    // What the stand-in did is the seat's own orders in the record, without the computer's reasons.
    const orders = hostOf
      .saved(code)!
      .tables[0]!.record.actions.filter((a) => a.week === 1 && a.action.actor === other.seat);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.filter((a) => 'reasons' in a.action)).toEqual([]);

    // The student leaves: a second later a stand-in plays their seat too, one week at a time, until they return.
    await student.room.leave();
    for (let i = 0; i < 200 && (await overview()).tables[0]!.week < 3; i++) await new Promise((r) => setTimeout(r, 50));
    // The teacher sees the seat's student gone, and the default negotiator playing it.
    expect((await overview()).tables[0]!.seats.find((s) => s.seat === seat)).toMatchObject({
      student: 'Noor',
      connected: false,
      away: true,
    });
    const back = watch(await new Client(url).joinById(`${code}-0`, { token: student.token }));
    await until(back, (s) => s.updates.length > 0, 'the seat back');
    expect(last(back).view.actor).toBe(seat);
    expect(last(back).view.week).toBeGreaterThanOrEqual(3);
    expect(last(back).view.week).toBeLessThanOrEqual(4);
    expect((await overview()).tables[0]!.seats.find((s) => s.seat === seat)).toMatchObject({
      connected: true,
      away: false,
    });
    await back.room.leave();
  }, 30_000);

  it('lets the teacher free a seat for another student, and no one else', async () => {
    const { code, teacherToken } = await openClass(['ukraine'], 29);
    const first = await join(code, 'Twice');
    await until(first, (s) => s.updates.length > 0, 'a seat');
    const seat = last(first).view.actor;
    // Its draft and ended turn are not the next student's.
    first.room.send('draft', { orders: [{ type: 'meet', actor: seat, with: [(seat + 1) % 4] }], week: 1 });
    await until(first, (s) => last(s).draft.length === 1, 'a draft');
    const free = (token: string, student?: string) =>
      fetch(`${base}/class/free`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ code, table: 0, seat, student }),
      });
    expect((await free(first.token!)).status).toBe(403);
    // The teacher's view was a moment old: a seat is freed only from the student the teacher saw there.
    const stale = await free(teacherToken, 'Someone else');
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: 'Another student has taken this seat since: look again before freeing it.',
    });
    expect(await (await free(teacherToken, 'Twice')).json()).toEqual({ freed: true });
    await until(first, () => !first.room.connection.isOpen, 'the freed seat closed');
    await expect(new Client(url).joinById(`${code}-0`, { token: first.token })).rejects.toMatchObject({ code: 403 });
    const next = await join(code, 'Next');
    await until(next, (s) => s.updates.length > 0, 'the freed seat taken');
    expect(last(next).view.actor).toBe(seat);
    expect(last(next)).toMatchObject({ draft: [], ended: false });
    await next.room.leave();
  }, 30_000);

  it('lets no client open, list or find a table but by its name, nor hold a seat without a token', async () => {
    const { code } = await openClass(['russia'], 19);
    for (const method of ['create', 'join', 'joinOrCreate'] as const)
      await expect(new Client(url)[method]('table', { code, table: 0 })).rejects.toThrow(/invalid method/);
    // The framework's own requests tell no room's name (which holds the class's code).
    const listed = await fetch(`${base}/matchmake/join/table`, { method: 'POST', body: '{}' });
    expect(await listed.text()).not.toContain(code);
    // Tries without a token hold no seat: the student still gets the table's one seat.
    for (let i = 0; i < 3; i++)
      await expect(new Client(url).joinById(`${code}-0`, { token: 'guess' })).rejects.toThrow(/no seat/);
    const student = await join(code, 'Kim');
    await until(student, (s) => s.updates.length > 0, 'a seat');
    // A second connection with the same token (a reload) takes the seat; the first is closed.
    const again = watch(await new Client(url).joinById(`${code}-0`, { token: student.token }));
    await until(again, (s) => s.updates.length > 0, 'the seat on the new connection');
    await until(student, () => !student.room.connection.isOpen, 'the old connection closed');
    // An order's own fields only: reasons and anything else added are dropped, however deeply nested.
    const seat = last(again).view.actor;
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    const forged = {
      type: 'meet',
      actor: seat,
      with: [(seat + 1) % 4],
      reasons: { public: { kind: 'red_line_crossed', lever: 0, countered: false }, private: null },
      extra: deep,
    };
    again.room.send('draft', { orders: [forged] });
    await until(again, (s) => last(s).draft.length === 1, 'the draft kept');
    expect(last(again).draft).toEqual([{ type: 'meet', actor: seat, with: [(seat + 1) % 4] }]);
    // A matchmaking request larger than it needs is refused before it is read.
    const big = await fetch(`${base}/matchmake/joinById/${code}-0`, { method: 'POST', body: 'x'.repeat(100_000) });
    expect(big.status).toBe(413);
    await again.room.leave();
  }, 30_000);

  it('answers bad requests for a seat with why, and a request it cannot read leaves it standing', async () => {
    // A request line whose target is not a URL (the framework's routes and ours must not throw on it).
    const port = Number(new URL(base).port);
    const raw = await new Promise<string>((done) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'));
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('close', () => done(answer));
      socket.setTimeout(2000, () => socket.end());
    });
    expect(raw).toMatch(/^HTTP\/1\.1 \d{3}/);
    expect(await ask({ code: 'NOPE00', name: 'X' })).toEqual({
      status: 404,
      body: { error: 'No class has this code.' },
    });
    expect(await ask('x'.repeat(5000))).toEqual({ status: 413, body: { error: 'The request is too long.' } });
    expect(await ask(['a list'])).toEqual({ status: 400, body: { error: 'Ask for a seat with a JSON object.' } });
    const get = await fetch(`${base}/class/join`);
    expect(get.status).toBe(405);
  });
});

/** A seat's hidden weights as the engine holds them. */
function loadedProfile(seat: number): unknown {
  return (scenario as unknown as { actors: { profile: { weights: unknown } }[] }).actors[seat]!.profile.weights;
}
