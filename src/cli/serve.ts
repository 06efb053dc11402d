/**
 * npm run serve -- [--scenario file] [--tables n] [--students a,b,…] [--others policy] [--seed n] [--port n]
 * Classroom play in one process (docs/classroom.md): serves the built game
 * (`npm run build` first) and the class server on one port, on every
 * interface, and opens one class: its tables, the seats students take (the
 * others played by the default negotiator, or `--others`), its join code and
 * the teacher's token. Prints the address on this machine and on the local
 * network, for students.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { DEFAULT_POLICY, formatDiagnostics, POLICIES, publicScenario } from '../engine/index';
import { loadScenario } from '../engine/loader';
import { ClassHost } from '../server/ClassHost';
import { startClassServer } from '../server/classServer';
import { readScenarioFile } from './readScenarioFile';

const USAGE = `Usage: npm run serve -- [options]
  --scenario <file>   the class's scenario (default scenarios/ukraine-2025.yaml)
  --tables <n>        how many tables (default 1)
  --students a,b      the actors students play, by id (default every actor)
  --others <policy>   who plays the other seats (${[...POLICIES.keys()].join(', ')}; default ${DEFAULT_POLICY})
  --seed <n>          the first table's seed; table i plays seed + i (default 1)
  --port <n>          the port (default 8080)`;

const BUILT = resolve(import.meta.dirname, '../../dist');

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
  const host = new ClassHost((n) => new Uint8Array(randomBytes(n)));
  const server = http.createServer();
  const classes = startClassServer(server, host);
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!classes.handle(request, response)) files(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(port, '0.0.0.0', done));
  const opened = await classes.open({ scenario: loaded.scenario, tables, humans: students, others: args.others, seed });
  const lan = Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`http://${a.address}:${port}/`] : []));
  process.stdout.write(
    [
      `Parley is serving ${loaded.scenario.title}: ${tables} table(s), students play ${students.join(', ')}.`,
      `  On this machine:      http://localhost:${port}/`,
      ...lan.map((url) => `  On the local network: ${url}`),
      `  Join code:            ${opened.code}`,
      `  Teacher's token:      ${opened.teacherToken} (keep it to yourself)`,
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await classes.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  },
);
