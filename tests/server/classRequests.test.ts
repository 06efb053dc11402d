/**
 * A teacher's requests to the class server (docs/classroom.md): the scenarios
 * it offers, opening a class on one, the class's view and a finished table's
 * game as a file the app opens. Good requests are answered as the pages
 * expect; bad ones (a wrong token, a body that is not JSON or too long, too
 * many tables, an unknown scenario or role, a game not yet over, too many
 * classes, too many requests) each with a status and a sentence, and change
 * nothing.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { replayRecord } from '../../src/engine/index';
import { loadScenario, parseRecord } from '../../src/engine/loader';
import type { ClassOverview } from '../../src/net/classProtocol';
import { ClassHost } from '../../src/server/ClassHost';
import { receivedUpdate, type ReceivedUpdate, type SeatUpdate } from '../../src/net/classProtocol';
import { CLASS_LIMIT, startClassServer } from '../../src/server/classServer';
import type { OfferedScenario } from '../../src/server/openRequest';

/** Every scenario of the repository's folder, as `npm run serve` offers them. */
const offered: OfferedScenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    const loaded = loadScenario(text, file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    return { scenario: loaded.scenario, source: { text, file } };
  });

async function start() {
  const server = http.createServer();
  const changed: string[] = [];
  const host = new ClassHost(
    (n) => new Uint8Array(randomBytes(n)),
    (code) => changed.push(code),
  );
  const classes = startClassServer(server, host, (_request, response) => response.writeHead(404).end(), {
    scenarios: offered,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** A request's status and JSON body. */
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const open = (body: unknown) => request('/class/open', { method: 'POST', body: JSON.stringify(body) });
  const asTeacher = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
  return {
    host,
    base,
    changed,
    request,
    open,
    asTeacher,
    async stop() {
      await classes.close();
      await new Promise((done) => server.close(done));
    },
  };
}

const tutorial = { scenario: 'tutorial', tables: 2, students: ['northport'], turn: null, away: null };

describe("a teacher's requests", () => {
  it('lists the scenarios it offers, public data only', async () => {
    const s = await start();
    const listed = await s.request('/class/scenarios');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      {
        id: 'cuba-1962',
        title: 'Thirteen days: the Cuban Missile Crisis (October 1962)',
        actors: [
          { id: 'usa', name: 'United States', playable: true },
          { id: 'ussr', name: 'Soviet Union', playable: true },
          { id: 'cuba', name: 'Cuba', playable: true },
          { id: 'un', name: 'United Nations', playable: true },
        ],
      },
      {
        id: 'tutorial',
        title: 'Tutorial: the harbour deal',
        actors: [
          { id: 'northport', name: 'Northport', playable: true },
          { id: 'southbay', name: 'Southbay', playable: true },
        ],
      },
      expect.objectContaining({ id: 'ukraine-2025' }),
    ]);
    expect(await s.request('/class/scenarios', { method: 'POST', body: '{}' })).toEqual({
      status: 405,
      body: { error: 'List the scenarios with GET.' },
    });
    await s.stop();
  });

  it('opens a class, shows it to its teacher only, and gives a table’s game once it is over', async () => {
    const s = await start();
    const opened = await s.open(tutorial);
    expect(opened.status).toBe(200);
    expect(Object.keys(opened.body).sort()).toEqual(['code', 'teacherToken']);
    const { code, teacherToken } = opened.body as { code: string; teacherToken: string };
    // Saved like any class; each table its own seed, from the server's random source, table i playing seed + i.
    expect(s.changed).toContain(code);
    const [first, second] = s.host.saved(code)!.tables.map((t) => t.record);
    expect(second!.seed).toBe(first!.seed + 1);
    expect(first!.seats).toEqual({ northport: 'human', southbay: 'negotiator' });
    // The teacher may have a persona play the sides no student plays.
    const hawks = (await s.open({ ...tutorial, others: 'hawk' })).body as { code: string };
    expect(s.host.saved(hawks.code)!.tables[0]!.record.seats).toEqual({ northport: 'human', southbay: 'hawk' });
    const other = (await s.open(tutorial)).body as { code: string };
    expect(s.host.saved(other.code)!.tables[0]!.record.seed).not.toBe(first!.seed);

    const overview = async () => {
      const seen = await s.request(`/class/overview?code=${code}`, s.asTeacher(teacherToken));
      expect(seen.status).toBe(200);
      return seen.body as unknown as ClassOverview;
    };
    expect(await overview()).toEqual({
      code,
      title: 'Tutorial: the harbour deal',
      unit: 'week',
      joinPath: `/?join=${code}`,
      addresses: [],
      tables: [0, 1].map((index) =>
        expect.objectContaining({
          index,
          week: 1,
          ending: null,
          seats: [{ seat: 0, actor: 'Northport', ended: false, student: null, connected: false, away: true }],
        }),
      ),
    });
    expect(await s.request(`/class/overview?code=${code}`, s.asTeacher('not-the-token'))).toEqual({
      status: 403,
      body: { error: "This class's view needs its code and its teacher's token." },
    });

    // A student joins and plays the table to its ending; until then its game is not given out.
    const seat = await s.request('/class/join', { method: 'POST', body: JSON.stringify({ code, name: 'Ada' }) });
    expect(seat.status).toBe(200);
    const room = await new Client(s.base.replace('http', 'ws')).joinById(String(seat.body.room), {
      token: seat.body.token,
    });
    const updates: ReceivedUpdate[] = [];
    room.onMessage('update', (u: SeatUpdate) => updates.push(receivedUpdate(u, updates.at(-1)?.view.scenario)));
    room.onMessage('*', () => {});
    const until = async (test: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
      if (!test()) throw new Error(`Timed out waiting for ${what}.`);
    };
    await until(() => updates.length > 0, 'the first view');
    expect((await overview()).tables[0]!.seats[0]).toMatchObject({ student: 'Ada', connected: true, away: false });
    const record = (table: string, token = teacherToken) =>
      fetch(`${s.base}/class/record?code=${code}&table=${table}`, s.asTeacher(token));
    const early = await record('0');
    expect(early.status).toBe(409);
    expect(await early.json()).toEqual({
      error:
        "Table 1's game is not over yet: its record holds the computer players' memories, so it can be taken once the game has ended.",
    });
    expect(updates.at(-1)!.record).toBeNull();
    for (let week = 1; week <= 20 && !updates.at(-1)!.view.ended; week++) {
      room.send('end', { week });
      await until(() => updates.at(-1)!.view.week > week || updates.at(-1)!.view.ended !== null, 'the next week');
    }
    const ended = updates.at(-1)!;
    expect(ended.view.ended).not.toBeNull();
    expect(ended.record).toMatchObject({ format: 'parley-game', scenarioId: 'tutorial' });

    const file = await record('0');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="tutorial-${code}-table-1.json"`);
    const saved = (await file.json()) as Record<string, unknown>;
    expect(saved).toEqual({
      format: 'parley-saved-game',
      version: 2,
      ended: true,
      scenario: {
        file: 'tutorial.yaml',
        id: 'tutorial',
        title: 'Tutorial: the harbour deal',
        bundled: true,
        text: offered[1]!.source.text,
      },
      record: expect.objectContaining({ format: 'parley-game', scenarioId: 'tutorial' }),
      orders: [],
    });
    // The app's reader takes the record, and it replays to the same ending.
    const parsed = parseRecord(JSON.stringify(saved.record));
    if (!parsed.ok) throw new Error(parsed.message);
    const replayed = replayRecord(offered[1]!.scenario, parsed.record);
    expect(replayed.ok && replayed.game.state.ended?.ending).toBe(ended.view.ended!.ending);
    // The same record the student was sent at the ending.
    expect(saved.record).toEqual(ended.record);

    // A wrong token, a table the class does not have, a table not named; the other table is not over.
    expect((await record('0', String(seat.body.token))).status).toBe(403);
    for (const table of ['2', '-1', 'one', ''])
      expect(await (await record(table)).json()).toEqual({
        error: 'This class has no such table: name it by its place, table=0 for the first.',
      });
    expect((await record('1')).status).toBe(409);
    await room.leave();
    await s.stop();
  }, 30_000);

  it('refuses a class it cannot open, with a sentence the teacher can act on, and opens none', async () => {
    const s = await start();
    const refusals: [unknown, string][] = [
      [
        { ...tutorial, scenario: 'atlantis' },
        'This server has no scenario "atlantis": choose one of cuba-1962, tutorial, ukraine-2025.',
      ],
      [{ ...tutorial, scenario: undefined }, "Choose the class's scenario: one of cuba-1962, tutorial, ukraine-2025."],
      [{ ...tutorial, tables: 31 }, 'Choose from 1 to 30 tables.'],
      [{ ...tutorial, tables: 0 }, 'Choose from 1 to 30 tables.'],
      [{ ...tutorial, tables: 1.5 }, 'Choose from 1 to 30 tables.'],
      [{ ...tutorial, tables: '2' }, 'Choose from 1 to 30 tables.'],
      [{ ...tutorial, students: [] }, 'Choose the roles students play: one or more of northport, southbay.'],
      [{ ...tutorial, students: 'northport' }, 'Choose the roles students play: one or more of northport, southbay.'],
      [
        { ...tutorial, students: ['northport', 'ukraine'] },
        '"ukraine" is not a role students can play in Tutorial: the harbour deal: choose from northport, southbay.',
      ],
      [
        { ...tutorial, students: ['southbay', 'southbay'] },
        '"southbay" is listed twice among the roles students play.',
      ],
      [
        { ...tutorial, turn: 10 },
        "A turn's time must be no limit (null) or a whole number of seconds from 30 to 3600.",
      ],
      [
        { ...tutorial, away: 3601 },
        'The time a student may be away must be no limit (null) or a whole number of seconds from 30 to 3600.',
      ],
      [{ ...tutorial, others: 'random' }, 'Choose who plays the sides no student plays: negotiator, hawk, dove.'],
      [[tutorial], 'Open a class with a JSON object.'],
    ];
    for (const [body, error] of refusals) expect(await s.open(body)).toEqual({ status: 400, body: { error } });
    expect(await s.request('/class/open', { method: 'POST', body: '{"scenario": "tutorial",' })).toEqual({
      status: 400,
      body: { error: 'Open a class with a JSON object.' },
    });
    expect(await s.open({ ...tutorial, padding: 'x'.repeat(1024) })).toEqual({
      status: 413,
      body: { error: 'The request is too long.' },
    });
    expect(await s.request('/class/open')).toEqual({ status: 405, body: { error: 'Open a class with POST.' } });
    expect(s.host.size).toBe(0);
    // Times within bounds, or left out, are taken.
    expect(
      (await s.open({ scenario: 'tutorial', tables: 1, students: ['southbay'], turn: 30, away: 3600 })).status,
    ).toBe(200);
    expect((await s.open({ scenario: 'tutorial', tables: 1, students: ['southbay'] })).status).toBe(200);
    expect(s.host.size).toBe(2);
    await s.stop();
  });

  it(`hosts at most ${CLASS_LIMIT} classes at once`, async () => {
    const s = await start();
    for (let i = 0; i < CLASS_LIMIT; i++) expect((await s.open({ ...tutorial, tables: 1 })).status).toBe(200);
    const refused = await s.open({ ...tutorial, tables: 1 });
    expect(refused.status).toBe(503);
    expect(String(refused.body.error)).toMatch(/^This server already hosts 50 classes/);
    expect(s.host.size).toBe(CLASS_LIMIT);
    await s.stop();
  }, 30_000);

  it('limits the requests an address makes, and the size of a request with no use for a body', async () => {
    const s = await start();
    // A GET with a body too long is refused before it is read.
    const status = await new Promise<number>((done, fail) => {
      const sent = http.request(
        `${s.base}/class/overview?code=ABCDEF`,
        { method: 'GET', headers: { 'content-length': 5000 } },
        (response) => {
          response.resume();
          done(response.statusCode ?? 0);
        },
      );
      sent.on('error', fail);
      sent.end('x'.repeat(5000));
    });
    expect(status).toBe(413);
    const answers = await Promise.all(Array.from({ length: 250 }, () => s.request('/class/scenarios')));
    const slowed = answers.filter((a) => a.status === 429);
    expect(slowed.length).toBeGreaterThan(0);
    expect(slowed[0]!.body).toEqual({ error: 'Too many requests: wait a moment.' });
    await s.stop();
  });
});
