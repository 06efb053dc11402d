/**
 * Nothing lost when the server restarts (docs/classroom.md): a class saved
 * mid-game — as `npm run serve` saves it after every change — and read back
 * from its file is restored on a new server, each table at the week it had
 * reached, with the drafts of the week in progress; a student comes back to
 * the same seat with their token and plays on to the ending. A saved class
 * whose record was tampered with is refused with why.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, type Room } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { viewToWire, type Scenario } from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { ClassHost, type SavedClass } from '../../src/server/ClassHost';
import { receivedUpdate, type ReceivedUpdate, type SeatUpdate } from '../../src/net/classProtocol';
import { startClassServer, type ClassServer } from '../../src/server/classServer';
import { parseSavedClass } from '../../src/server/parseSavedClass';

const text = readFileSync('scenarios/ukraine-2025.yaml', 'utf8');
const loaded = loadScenario(text, 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario: Scenario = loaded.scenario;

interface Running {
  readonly host: ClassHost;
  readonly classes: ClassServer;
  readonly base: string;
  stop(): Promise<void>;
}

async function start(): Promise<Running> {
  const server = http.createServer();
  const host = new ClassHost((n) => new Uint8Array(randomBytes(n)));
  const classes = startClassServer(server, host, (_request, response) => response.writeHead(404).end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    classes,
    base,
    async stop() {
      await classes.close();
      await new Promise((done) => server.close(done));
    },
  };
}

async function enter(base: string, room: string, token: string): Promise<{ room: Room; updates: ReceivedUpdate[] }> {
  const joined = await new Client(base.replace('http', 'ws')).joinById(room, { token });
  const updates: ReceivedUpdate[] = [];
  joined.onMessage('update', (u: SeatUpdate) => updates.push(receivedUpdate(u, updates.at(-1)?.view.scenario)));
  joined.onMessage('*', () => {});
  return { room: joined, updates };
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

describe('a class restored after a restart', () => {
  it('resumes each table at its week, with the drafts of the week, and its students come back with their tokens', async () => {
    const first = await start();
    const { code } = await first.classes.open({
      scenario,
      source: { text, file: 'ukraine-2025.yaml' },
      tables: 2,
      humans: ['ukraine'],
      others: 'negotiator',
      seed: 21,
      turnSeconds: null,
      awaySeconds: null,
    });
    const seat = await fetch(`${first.base}/class/join`, {
      method: 'POST',
      body: JSON.stringify({ code, name: 'Mia' }),
    });
    const { token, room } = (await seat.json()) as { token: string; room: string };
    const mia = await enter(first.base, room, token);
    await until(() => mia.updates.length > 0, 'the first view');
    for (let week = 1; week <= 2; week++) {
      mia.room.send('end');
      await until(() => mia.updates.at(-1)!.view.week === week + 1, `week ${week + 1}`);
    }
    const me = mia.updates.at(-1)!.view.actor;
    const orders = [{ type: 'meet', actor: me, with: [(me + 1) % 4] }];
    mia.room.send('draft', { orders });
    await until(() => mia.updates.at(-1)!.draft.length === 1, 'the draft kept');
    const saved = JSON.stringify(first.host.saved(code));
    const before = mia.updates.at(-1)!;
    await mia.room.leave();
    await first.stop();

    const read = parseSavedClass(saved);
    if (!('saved' in read)) throw new Error(read.problem);
    const second = await start();
    expect(await second.classes.restore(read.saved, scenario)).toEqual({ tables: 2 });
    const back = await enter(second.base, room, token);
    await until(() => back.updates.length > 0, 'the seat back');
    const now = back.updates.at(-1)!;
    expect(viewToWire(now.view)).toEqual(viewToWire(before.view));
    expect(now.draft).toEqual(orders);
    // The other table kept its own game, at its first week.
    expect(second.host.table(code, 1)?.week).toBe(1);

    for (let week = 3; week <= 20 && !back.updates.at(-1)!.view.ended; week++) {
      back.room.send('end');
      await until(() => back.updates.at(-1)!.view.week > week || back.updates.at(-1)!.view.ended !== null, 'a week');
    }
    expect(back.updates.at(-1)!.view.ended).not.toBeNull();
    await back.room.leave();
    await second.stop();
  }, 60_000);

  it('refuses a saved class whose record was changed, or whose file is not one, and says why', () => {
    const host = new ClassHost((n) => new Uint8Array(randomBytes(n)));
    const { code } = host.open({
      scenario,
      source: { text, file: 'ukraine-2025.yaml' },
      tables: 1,
      humans: ['ukraine'],
      others: 'negotiator',
      seed: 3,
      turnSeconds: null,
      awaySeconds: null,
    });
    const saved = host.saved(code)!;
    const tampered: SavedClass = {
      ...saved,
      tables: saved.tables.map((t) => ({ ...t, record: { ...t.record, seed: t.record.seed + 1 } })),
    };
    const read = parseSavedClass(JSON.stringify(tampered));
    if (!('saved' in read)) throw new Error(read.problem);
    const restored = new ClassHost((n) => new Uint8Array(randomBytes(n))).restore(read.saved, scenario);
    expect(restored).toEqual({
      problem: 'Table 1: This saved game has been edited since it was recorded; it cannot be replayed.',
    });
    expect(parseSavedClass('not json')).toEqual({ problem: 'It is not JSON.' });
    expect(parseSavedClass(JSON.stringify({ ...saved, code: 'lower' }))).toEqual({
      problem: expect.stringContaining('code'),
    });
  });
});
