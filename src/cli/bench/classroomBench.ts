/**
 * A class over loopback (docs/classroom.md): 30 tables of ukraine-2025, four
 * simulated students at each (Node clients, over WebSocket, as a page would
 * connect), each asking for a seat, joining its table's room and, every
 * week, drafting a meeting when the rules allow one and ending its turn,
 * until every table has ended. Timed: from a student's "end turn" to the
 * next week's view reaching it. Counted: every order drafted against the
 * orders the tables' records hold (none lost, none twice), and the server's
 * CPU time and peak memory (the server runs in this process).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, type Room } from 'colyseus.js';
import { checkOrder, type Action, type PublicScenario } from '../../engine/index';
import { loadScenario } from '../../engine/loader';
import { ClassHost } from '../../server/ClassHost';
import { receivedUpdate, type SeatUpdate } from '../../net/classProtocol';
import { startClassServer } from '../../server/classServer';
import { figure, type Benchmark, type BenchResult } from './benchmark';
import { envNumber } from './envNumber';

const FILE = 'scenarios/ukraine-2025.yaml';
const TABLES = envNumber('CLASSROOM_TABLES', 30);
export const CLASSROOM_P95_TARGET_MS = 200;

async function run(): Promise<BenchResult> {
  const text = readFileSync(FILE, 'utf8');
  const loaded = loadScenario(text, FILE);
  if (!loaded.ok) throw new Error(`${FILE} does not load.`);
  const server = http.createServer();
  const host = new ClassHost((n) => new Uint8Array(randomBytes(n)));
  const classes = startClassServer(server, host, (_request, response) => response.writeHead(404).end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const { code } = await classes.open({
      scenario: loaded.scenario,
      source: { text, file: 'ukraine-2025.yaml' },
      tables: TABLES,
      humans: ['ukraine', 'russia', 'usa', 'europe'],
      others: 'negotiator',
      seed: 1,
      turnSeconds: null,
      awaySeconds: null,
    });
    const cpu = process.cpuUsage();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const start = performance.now();
    const students = await Promise.all(
      Array.from({ length: TABLES * 4 }, (_, i) => student(base, code, `Student ${i + 1}`)),
    );
    const waits = students.flatMap((s) => s.waits);
    const wall = performance.now() - start;
    clearInterval(sampler);
    const used = process.cpuUsage(cpu);

    const saved = host.saved(code);
    if (!saved) throw new Error('The class was not kept.');
    // Every seat is a student's, so every meeting recorded is a student's order.
    const recorded = saved.tables.flatMap((t) => t.record.actions.filter((a) => a.action.type === 'meet')).length;
    const drafted = students.reduce((sum, s) => sum + s.drafted, 0);
    const sorted = [...waits].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? Number.NaN;
    return {
      rows: [],
      figures: [
        figure(`classroom: end of turn → next week's view, p95 of ${waits.length} waits`, 'ms', [p95], {
          higherIsBetter: false,
          target: CLASSROOM_P95_TARGET_MS,
        }),
        figure('classroom: orders lost or recorded twice', 'orders', [Math.abs(recorded - drafted)], {
          higherIsBetter: false,
          target: 0,
        }),
      ],
      notes: [
        `${TABLES} tables × 4 students of ukraine-2025 over loopback, every table to its ending: ${(wall / 1000).toFixed(1)} s wall.`,
        `End of turn → next view: median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms.`,
        `Orders drafted ${drafted}, recorded ${recorded}. Server and students in one process: CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB.`,
      ],
    };
  } finally {
    await classes.close();
    await new Promise((done) => server.close(done));
  }
}

/**
 * One simulated student at `base`, to the end of its table's game: the waits it saw and the orders it drafted. Told
 * to wait, it asks again (patiently).
 */
export async function student(base: string, code: string, name: string): Promise<{ waits: number[]; drafted: number }> {
  const seat = await patiently(`${base}/class/join`, { method: 'POST', body: JSON.stringify({ code, name }) });
  const answer = (await seat.json()) as { token?: string; room?: string; error?: string };
  if (!answer.token || !answer.room) throw new Error(`${name} got no seat: ${answer.error ?? seat.status}.`);
  const { token, room } = answer;
  const client = new Client(base.replace('http', 'ws'));
  const sit = (): Promise<Room> =>
    client.joinById(room, { token, room }).catch(async (e: unknown) => {
      if ((e as { code?: unknown }).code !== 429) throw e;
      await new Promise((r) => setTimeout(r, 1000));
      return sit();
    });
  const joined = await sit();
  const waits: number[] = [];
  let drafted = 0;
  let week = 0;
  let sentAt = 0;
  // The public scenario, sent with the connection's first update only.
  let known: PublicScenario | undefined;
  await new Promise<void>((done) => {
    joined.onMessage('update', (update: SeatUpdate) => {
      // Rebuilt as a student's page rebuilds it.
      const { view } = receivedUpdate(update, known);
      known = view.scenario;
      if (view.ended) {
        if (sentAt > 0) waits.push(performance.now() - sentAt);
        done();
        return;
      }
      if (view.week === week) return;
      if (sentAt > 0) waits.push(performance.now() - sentAt);
      week = view.week;
      const other = (view.actor + 1) % view.scenario.actors.length;
      const meet = { type: 'meet', actor: view.actor, with: [other] } as unknown as Action;
      if (checkOrder(view, [], meet) === null) {
        joined.send('draft', { orders: [meet] });
        drafted++;
      }
      sentAt = performance.now();
      joined.send('end');
    });
    joined.onMessage('*', () => {});
  });
  await joined.leave();
  return { waits, drafted };
}

/**
 * A request of the class server's, asked again a second later while the server says to wait (429): a class behind
 * one address asks more at once than the server allows an address, as a page's student or teacher would try again.
 */
export async function patiently(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== 429) return response;
  await new Promise((r) => setTimeout(r, 1000));
  return patiently(url, init);
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export const classroomBench: Benchmark = { name: 'classroom', run };
