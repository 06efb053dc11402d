/**
 * npm run serve -- [--scenarios dir] [--port n] [--records dir] [--dist dir] [--public-address a]
 *                  [--scenario file] [--tables n] [--students a,b,…] [--others policy] [--seed n]
 *                  [--turn seconds] [--away seconds] [--new]
 * Classroom play (docs/classroom.md): serves the built game
 * (`npm run build` first) and the class server on one port, on every
 * interface. It restores the classes saved in the records folder, and offers
 * teachers the scenarios of the scenarios folder to open classes on from the
 * title screen. Given a class's options (--scenario, --tables, --students)
 * when no class was restored, or --new, it also opens one itself: its tables,
 * the seats students take (the others played by the default negotiator, or
 * `--others`), its join code and the teacher's token. Every change to a class
 * is saved in the records folder. Prints the address on this machine and on
 * the local network. With REDIS_URL set, the classes are saved in Redis, and
 * several processes behind one address share them: each plays the classes
 * it holds, and takes over those of a process that stopped.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { networkInterfaces } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { DEFAULT_POLICY, formatDiagnostics, POLICIES, publicScenario, type Scenario } from '../engine/index';
import { loadScenario } from '../engine/loader';
import { ClassHost, MAX_TABLES } from '../server/ClassHost';
import { folderRecords, redisRecords, type ClassRecords } from '../server/classRecords';
import { startClassServer } from '../server/classServer';
import { keepClasses } from '../server/keepClasses';
import type { OfferedScenario } from '../server/openRequest';
import { readScenarioFile } from './readScenarioFile';

const USAGE = `Usage: npm run serve -- [options]
  --scenarios <dir>   the scenarios teachers may open a class on from the title screen (default scenarios)
  --port <n>          the port (default 8080)
  --records <dir>     where classes are saved, and restored from after a restart (default class-records);
                      with REDIS_URL set (redis://host:port), they are saved in Redis, shared by every process
  --dist <dir>        the built game to serve (default dist, where npm run build puts it)
  --public-address <a>  behind a proxy, where students' connections reach this process (parley.school.example/p1)
A class opened at start, when --scenario, --tables or --students is given and no class was restored, or --new:
  --scenario <file>   the class's scenario (default scenarios/ukraine-2025.yaml)
  --tables <n>        how many tables (default 1)
  --students a,b      the actors students play, by id (default every actor)
  --others <policy>   who plays the other seats (${[...POLICIES.keys()].join(', ')}; default ${DEFAULT_POLICY})
  --seed <n>          the first table's seed; table i plays seed + i (default 1)
  --turn <seconds>    how long a turn lasts before the week is played with the drafts as they stand (30 to 3600;
                      default: until every student has ended their turn)
  --away <seconds>    how long a student may be away before the default negotiator plays their seat, until they
                      return; a seat nobody has taken is away from the start (30 to 3600; default 120)
  --new               open a class even when saved ones are restored`;

/** Where `npm run build` puts the game. */
const BUILT = resolve(import.meta.dirname, '../../dist');

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        scenarios: { type: 'string' },
        scenario: { type: 'string' },
        tables: { type: 'string' },
        students: { type: 'string' },
        others: { type: 'string', default: DEFAULT_POLICY },
        seed: { type: 'string', default: '1' },
        port: { type: 'string', default: '8080' },
        turn: { type: 'string' },
        away: { type: 'string', default: '120' },
        records: { type: 'string', default: 'class-records' },
        dist: { type: 'string', default: BUILT },
        'public-address': { type: 'string' },
        new: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // A class is opened at start only when one is described (or asked for with --new).
  const described = args.scenario !== undefined || args.tables !== undefined || args.students !== undefined;
  const scenarioFile = args.scenario ?? 'scenarios/ukraine-2025.yaml';
  const [tables, seed, port] = [args.tables ?? '1', args.seed, args.port].map(Number) as [number, number, number];
  if (
    !Number.isInteger(tables) ||
    tables < 1 ||
    tables > MAX_TABLES ||
    !Number.isInteger(seed) ||
    seed < 0 ||
    seed + tables > 2 ** 32 ||
    !Number.isInteger(port)
  ) {
    process.stderr.write(
      `--tables must be 1 to ${MAX_TABLES}, --seed a whole number from 0 to 4294967295 less the tables, --port a whole number.\n${USAGE}\n`,
    );
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
  // The class to open at start, when one is described: its scenario loaded and its students checked first.
  let start: { scenario: Scenario; text: string; students: string[] } | null = null;
  if (described || args.new) {
    const read = readScenarioFile(scenarioFile);
    const loaded = read.ok ? loadScenario(read.text, scenarioFile) : null;
    if (!read.ok || !loaded?.ok) {
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
    start = { scenario: loaded.scenario, text: read.text, students };
  }
  if (!existsSync(resolve(args.dist, 'index.html'))) {
    process.stderr.write(`No built game in ${args.dist} to serve: run \`npm run build\` first.\n`);
    return 1;
  }
  const folder = args.scenarios ?? 'scenarios';
  if (args.scenarios !== undefined && !isFolder(folder)) {
    process.stderr.write(`--scenarios: no folder ${folder}.\n${USAGE}\n`);
    return 2;
  }
  const offered = offeredScenarios(folder);

  const files = sirv(args.dist, { etag: true });
  const redisUrl = process.env.REDIS_URL || undefined;
  let records: ClassRecords;
  try {
    records = redisUrl
      ? await redisRecords(redisUrl, `${process.pid}-${randomBytes(6).toString('hex')}`)
      : folderRecords(args.records);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  const publicAddress = args['public-address'];
  // The host tells the keeper of each change; the keeper, made below, is there before any class is.
  const host = new ClassHost(
    (n) => new Uint8Array(randomBytes(n)),
    (code) => keeper.changed(code),
  );
  const server = http.createServer();
  const classes = startClassServer(
    server,
    host,
    (request, response) => files(request, response, () => void response.writeHead(404).end()),
    // Behind a proxy, students open the proxy's address, which the teacher's page already shows.
    { scenarios: offered.scenarios, addresses: publicAddress ? [] : lanAddresses(port), redisUrl, publicAddress },
  );
  const keeper = keepClasses(records, host, classes, (line) => process.stdout.write(`${line}\n`));
  await new Promise<void>((done) => server.listen(port, '0.0.0.0', done));

  const lines = await keeper.start();
  if (start && (lines.length === 0 || args.new)) {
    const { scenario, text, students } = start;
    const opened = await classes.open({
      scenario,
      source: { text, file: basename(scenarioFile) },
      tables,
      humans: students,
      others: args.others,
      seed,
      turnSeconds,
      awaySeconds,
    });
    lines.push(
      `  New class of ${scenario.title}: ${tables} table(s), students play ${students.join(', ')}.`,
      `  Join code:            ${opened.code}`,
      `  Teacher's token:      ${opened.teacherToken} (keep it to yourself)`,
    );
  }
  const ids = offered.scenarios.map((o) => o.scenario.id);
  lines.push(
    ...offered.problems,
    ids.length > 0
      ? `  Open a class from the title screen: Host a class (scenarios from ${folder}: ${ids.join(', ')}).`
      : `  No scenario in ${folder} to open a class on from the title screen: open one with --scenario.`,
  );
  const lan = lanAddresses(port);
  process.stdout.write(
    [
      `Parley is serving classes, saved in ${records.where}${publicAddress ? `, reached at ${publicAddress}` : ''}.`,
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
  await keeper.stop();
  return 0;
}

/** This machine's addresses on the local network, as students open them. */
function lanAddresses(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`http://${a.address}:${port}/`] : []));
}

/**
 * The scenarios teachers may open a class on: every `*.yaml` of `folder` that loads without errors (the first of
 * two with one id), and a line for each that does not.
 */
function offeredScenarios(folder: string): { scenarios: OfferedScenario[]; problems: string[] } {
  const scenarios: OfferedScenario[] = [];
  const problems: string[] = [];
  const names = isFolder(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : [];
  for (const name of names.sort()) {
    const file = join(folder, name);
    const read = readScenarioFile(file);
    const loaded = read.ok ? loadScenario(read.text, name) : null;
    if (!read.ok || !loaded?.ok) {
      const count = loaded && !loaded.ok ? loaded.diagnostics.filter((d) => d.severity === 'error').length : 1;
      problems.push(`  Not offered: ${name}, ${count} error(s) (npm run scenario -- lint ${file}).`);
    } else if (scenarios.some((o) => o.scenario.id === loaded.scenario.id))
      problems.push(`  Not offered: ${name}, another file's scenario has its id "${loaded.scenario.id}".`);
    else scenarios.push({ scenario: loaded.scenario, source: { text: read.text, file: name } });
  }
  return { scenarios, problems };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  },
);
