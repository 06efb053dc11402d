/**
 * npm run serve -- [--scenario file] [--tables n] [--students a,b,…] [--others policy] [--seed n] [--port n]
 *                  [--turn seconds] [--away seconds] [--records dir] [--new]
 * Classroom play in one process (docs/classroom.md): serves the built game
 * (`npm run build` first) and the class server on one port, on every
 * interface. It restores the classes saved in the records folder, or, when
 * there are none (or with --new), opens one: its tables, the seats students
 * take (the others played by the default negotiator, or `--others`), its
 * join code and the teacher's token. Every change to a class is saved there.
 * Prints the address on this machine and on the local network.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { networkInterfaces } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { DEFAULT_POLICY, formatDiagnostics, POLICIES, publicScenario } from '../engine/index';
import { loadScenario } from '../engine/loader';
import { ClassHost } from '../server/ClassHost';
import { startClassServer, type ClassServer } from '../server/classServer';
import { parseSavedClass } from '../server/parseSavedClass';
import { readScenarioFile } from './readScenarioFile';

const USAGE = `Usage: npm run serve -- [options]
  --scenario <file>   the class's scenario (default scenarios/ukraine-2025.yaml)
  --tables <n>        how many tables (default 1)
  --students a,b      the actors students play, by id (default every actor)
  --others <policy>   who plays the other seats (${[...POLICIES.keys()].join(', ')}; default ${DEFAULT_POLICY})
  --seed <n>          the first table's seed; table i plays seed + i (default 1)
  --port <n>          the port (default 8080)
  --turn <seconds>    how long a turn lasts before the week is played with the drafts as they stand (30 to 3600;
                      default: until every student has ended their turn)
  --away <seconds>    how long a student may be away before the default negotiator plays their seat, until they
                      return; a seat nobody has taken is away from the start (30 to 3600; default 120)
  --records <dir>     where classes are saved, and restored from after a restart (default class-records)
  --new               open a new class even when saved ones are restored`;

const BUILT = resolve(import.meta.dirname, '../../dist');
/** How long after a change a class is saved: a burst of drafts makes one write. */
const SAVE_DELAY_MS = 100;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', default: 'scenarios/ukraine-2025.yaml' },
        tables: { type: 'string', default: '1' },
        students: { type: 'string' },
        others: { type: 'string', default: DEFAULT_POLICY },
        seed: { type: 'string', default: '1' },
        port: { type: 'string', default: '8080' },
        turn: { type: 'string' },
        away: { type: 'string', default: '120' },
        records: { type: 'string', default: 'class-records' },
        new: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [tables, seed, port] = [args.tables, args.seed, args.port].map(Number) as [number, number, number];
  if (!Number.isInteger(tables) || tables < 1 || tables > 100 || !Number.isInteger(seed) || !Number.isInteger(port)) {
    process.stderr.write(`--tables must be 1 to 100, --seed and --port whole numbers.\n${USAGE}\n`);
    return 2;
  }
  const turnSeconds = args.turn === undefined ? null : Number(args.turn);
  if (turnSeconds !== null && !(Number.isInteger(turnSeconds) && turnSeconds >= 30 && turnSeconds <= 3600)) {
    process.stderr.write(`--turn must be a whole number of seconds from 30 to 3600.\n${USAGE}\n`);
    return 2;
  }
  const awaySeconds = Number(args.away);
  if (!(Number.isInteger(awaySeconds) && awaySeconds >= 30 && awaySeconds <= 3600)) {
    process.stderr.write(`--away must be a whole number of seconds from 30 to 3600.\n${USAGE}\n`);
    return 2;
  }
  if (!POLICIES.has(args.others)) {
    process.stderr.write(`--others: no policy called "${args.others}".\n${USAGE}\n`);
    return 2;
  }
  const read = readScenarioFile(args.scenario);
  const loaded = read.ok ? loadScenario(read.text, args.scenario) : null;
  if (!loaded?.ok) {
    process.stderr.write(formatDiagnostics(loaded ? loaded.diagnostics : read.ok ? [] : [read.diagnostic]) + '\n');
    return 1;
  }
  const actors = publicScenario(loaded.scenario).actors.map((a) => a.id);
  const students = args.students?.split(',').map((s) => s.trim()) ?? actors;
  const unknown = students.find((id) => !actors.includes(id));
  if (unknown !== undefined) {
    process.stderr.write(`--students: the scenario has no actor "${unknown}" (it has ${actors.join(', ')}).\n`);
    return 2;
  }
  if (!existsSync(resolve(BUILT, 'index.html'))) {
    process.stderr.write('No built game to serve: run `npm run build` first.\n');
    return 1;
  }

  const files = sirv(BUILT, { etag: true });
  mkdirSync(args.records, { recursive: true });
  const records = args.records;
  const pending = new Map<string, NodeJS.Timeout>();
  const write = (code: string) => {
    pending.delete(code);
    const saved = host.saved(code);
    if (!saved) return;
    const file = join(records, `${code}.json`);
    writeFileSync(`${file}.part`, JSON.stringify(saved));
    renameSync(`${file}.part`, file);
  };
  // Saved a moment after the change, so that a burst of drafts makes one write; written whole, then renamed.
  const save = (code: string) => {
    if (!pending.has(code))
      pending.set(
        code,
        setTimeout(() => write(code), SAVE_DELAY_MS),
      );
  };
  const host = new ClassHost((n) => new Uint8Array(randomBytes(n)), save);
  const server = http.createServer();
  const classes = startClassServer(server, host, (request, response) =>
    files(request, response, () => void response.writeHead(404).end()),
  );
  await new Promise<void>((done) => server.listen(port, '0.0.0.0', done));

  const lines: string[] = [];
  for (const name of readdirSync(records).filter((f) => f.endsWith('.json'))) {
    const restored = await restoreClass(classes, join(records, name));
    lines.push(`  Restored ${name}: ${restored}`);
  }
  if (lines.length === 0 || args.new) {
    const opened = await classes.open({
      scenario: loaded.scenario,
      source: { text: read.ok ? read.text : '', file: basename(args.scenario) },
      tables,
      humans: students,
      others: args.others,
      seed,
      turnSeconds,
      awaySeconds,
    });
    lines.push(
      `  New class of ${loaded.scenario.title}: ${tables} table(s), students play ${students.join(', ')}.`,
      `  Join code:            ${opened.code}`,
      `  Teacher's token:      ${opened.teacherToken} (keep it to yourself)`,
    );
  }
  const lan = Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`http://${a.address}:${port}/`] : []));
  process.stdout.write(
    [
      `Parley is serving classes, saved in ${records}.`,
      `  On this machine:      http://localhost:${port}/`,
      ...lan.map((url) => `  On the local network: ${url}`),
      ...lines,
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  for (const [code, timer] of pending) {
    clearTimeout(timer);
    write(code);
  }
  await classes.close();
  return 0;
}

/** Restores the class saved in `file`: "class ABC234, 4 table(s)", or why it could not be. */
async function restoreClass(classes: ClassServer, file: string): Promise<string> {
  const saved = parseSavedClass(readFileSync(file, 'utf8'));
  if (!('saved' in saved)) return `not restored: ${saved.problem}`;
  const loaded = loadScenario(saved.saved.source.text, saved.saved.source.file);
  if (!loaded.ok) return `not restored: its scenario no longer loads (${loaded.diagnostics.length} problem(s)).`;
  const restored = await classes.restore(saved.saved, loaded.scenario);
  return 'problem' in restored
    ? `not restored: ${restored.problem}`
    : `class ${saved.saved.code}, ${restored.tables} table(s), ${saved.saved.students.length} student(s).`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  },
);
