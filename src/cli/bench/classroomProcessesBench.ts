/**
 * Classes across two processes behind one address (docs/classroom.md,
 * "Many processes"): 60 tables of ukraine-2025, four simulated students at
 * each, as two classes of 30 tables, every student joining and playing
 * through nginx. After a round unmeasured, played twice over, alternating:
 * both classes held by one process, then one class by each process; every
 * run to every table's ending, and each starting when the students' address
 * may ask for every seat at once. Timed, as the one-process benchmark times it: from a student's
 * "end turn" to the next week's view reaching it. Counted: the orders
 * drafted against those the tables' game files hold, and each server
 * process's CPU time (read from /proc, so on Linux only).
 */
import { readFileSync } from 'node:fs';
import { figure, type Benchmark, type BenchResult } from './benchmark';
import { startClassCluster, type ClassCluster } from './classCluster';
import { CLASSROOM_P95_TARGET_MS, patiently, quantile, student } from './classroomBench';
import { envNumber } from './envNumber';

/** Tables per class (30 is the most a teacher's request opens), and how many rounds of the two layouts. */
const TABLES = 30;
const ROUNDS = envNumber('CLASSROOM_PROCESSES_ROUNDS', 2);
const ROLES = ['ukraine', 'russia', 'usa', 'europe'];

interface Played {
  readonly waits: number[];
  readonly drafted: number;
  readonly recorded: number;
  readonly wall: number;
  /** CPU seconds of each server process during the run. */
  readonly cpu: number[];
  /** CPU seconds of the simulated students (this process) during the run. */
  readonly students: number;
}

/** Plays two classes of TABLES tables, each opened on the process `holders` names, every student through the proxy. */
async function play(cluster: ClassCluster, holders: readonly [number, number]): Promise<Played> {
  const opened = await Promise.all(
    holders.map(async (holder) => {
      const response = await fetch(`${cluster.processes[holder]}/class/open`, {
        method: 'POST',
        body: JSON.stringify({ scenario: 'ukraine-2025', tables: TABLES, students: ROLES, turn: null, away: null }),
      });
      if (!response.ok) throw new Error(`A class could not be opened: ${await response.text()}`);
      return (await response.json()) as { code: string; teacherToken: string };
    }),
  );
  const cpuBefore = cluster.processes.map((_, i) => cpuSeconds(cluster.pid(i)));
  const ours = process.cpuUsage();
  const start = performance.now();
  const students = await Promise.all(
    opened.flatMap(({ code }, c) =>
      Array.from({ length: TABLES * ROLES.length }, (_, i) => student(cluster.address, code, `Student ${c}-${i + 1}`)),
    ),
  );
  const wall = performance.now() - start;
  const cpu = cluster.processes.map((_, i) => cpuSeconds(cluster.pid(i)) - (cpuBefore[i] ?? 0));
  const used = process.cpuUsage(ours);
  // Every seat is a student's, so every meeting a table's game file records is a student's order.
  let recorded = 0;
  for (const { code, teacherToken } of opened)
    for (let table = 0; table < TABLES; table++) {
      const file = await patiently(`${cluster.address}/class/record?code=${code}&table=${table}`, {
        headers: { authorization: `Bearer ${teacherToken}` },
      });
      if (!file.ok) throw new Error(`Table ${table + 1} of class ${code} gave no game file (${file.status}).`);
      const { record } = (await file.json()) as { record: { actions: { action: { type: string } }[] } };
      recorded += record.actions.filter((a) => a.action.type === 'meet').length;
    }
  return {
    waits: students.flatMap((s) => s.waits),
    drafted: students.reduce((sum, s) => sum + s.drafted, 0),
    recorded,
    wall,
    cpu,
    students: (used.user + used.system) / 1e6,
  };
}

/**
 * Waits until the students' address may ask for a whole class's seats at once again (the server's allowance of 200
 * requests, refilled at 20 a second), so that every run starts with the same burst.
 */
const refill = () => new Promise((r) => setTimeout(r, 10_000));

/** A process's CPU time so far, in seconds, from /proc (user and system, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function run(): Promise<BenchResult> {
  const cluster = await startClassCluster();
  try {
    const one: Played[] = [];
    const two: Played[] = [];
    // A round unmeasured first: both processes' code warmed up, as a server's is after its first class.
    await play(cluster, [0, 1]);
    for (let round = 0; round < ROUNDS; round++) {
      await refill();
      one.push(await play(cluster, [0, 0]));
      await refill();
      two.push(await play(cluster, [0, 1]));
    }
    const p95s = (runs: Played[]) =>
      runs.map((r) =>
        quantile(
          [...r.waits].sort((a, b) => a - b),
          0.95,
        ),
      );
    const medians = (runs: Played[]) =>
      runs.map((r) =>
        quantile(
          [...r.waits].sort((a, b) => a - b),
          0.5,
        ),
      );
    const lost = (runs: Played[]) => runs.map((r) => Math.abs(r.recorded - r.drafted));
    const middle = (xs: number[]) =>
      quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    const describe = (runs: Played[]) =>
      runs
        .map(
          (r, i) =>
            `run ${i + 1}: median ${medians([r])[0]?.toFixed(1)} ms, p95 ${p95s([r])[0]?.toFixed(1)} ms, ${(r.wall / 1000).toFixed(1)} s wall, orders ${r.drafted} drafted / ${r.recorded} recorded, server CPU ${r.cpu.map((c) => c.toFixed(1)).join(' + ')} s, students' CPU ${r.students.toFixed(1)} s`,
        )
        .join('; ');
    return {
      rows: [],
      figures: [
        figure(`classroom, 2 processes: end of turn → next week's view, p95 (${2 * TABLES} tables)`, 'ms', p95s(two), {
          higherIsBetter: false,
          target: CLASSROOM_P95_TARGET_MS,
        }),
        figure('classroom, 2 processes: orders lost or recorded twice', 'orders', lost(two), {
          higherIsBetter: false,
          target: 0,
        }),
        figure(`classroom, 1 process behind the proxy: p95 (${2 * TABLES} tables)`, 'ms', p95s(one), {
          higherIsBetter: false,
          target: CLASSROOM_P95_TARGET_MS,
        }),
        figure('classroom, 1 process behind the proxy: orders lost or recorded twice', 'orders', lost(one), {
          higherIsBetter: false,
          target: 0,
        }),
      ],
      notes: [
        `${2 * TABLES} tables × 4 students of ukraine-2025 (two classes of ${TABLES}) through nginx, with Redis; after a round to warm up, ${ROUNDS} rounds alternating one holding process and two.`,
        `One process: ${describe(one)}.`,
        `Two processes: ${describe(two)}.`,
        `Two processes against one: p95 ${(middle(p95s(two)) / middle(p95s(one))).toFixed(2)}×, median ${(middle(medians(two)) / middle(medians(one))).toFixed(2)}×, wall ${(middle(two.map((r) => r.wall)) / middle(one.map((r) => r.wall))).toFixed(2)}×.`,
      ],
    };
  } finally {
    await cluster.stop();
  }
}

export const classroomProcessesBench: Benchmark = { name: 'classroom-processes', run };
