/**
 * A school's class servers on loopback (docs/classroom.md, "Many processes"):
 * a Redis of their own, two processes of `npm run serve` sharing it, and
 * nginx in front with the repository's own configuration,
 * deploy/nginx/parley.conf, its ports replaced by free ones. What the
 * many-process tests and the classroom benchmark start; each program is
 * stopped by the id of the process started, and its files are in a
 * temporary folder removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const PROXY_CONFIG = join(ROOT, 'deploy/nginx/parley.conf');
/** The ports the configuration is written with: the proxy's, then each process's. */
const CONFIG_PORTS = { proxy: 'listen 80;', processes: ['127.0.0.1:8081', '127.0.0.1:8082'] };

export interface ClassCluster {
  /** The one address students open: the proxy's (`http://127.0.0.1:port`). */
  readonly address: string;
  /** Each process's own address, past the proxy. */
  readonly processes: readonly string[];
  /** The processes' Redis (`redis://127.0.0.1:port`). */
  readonly redisUrl: string;
  /** What process `i` has printed since it was last started. */
  said(i: number): string;
  /** Process `i`'s id, while it runs. */
  pid(i: number): number | undefined;
  /**
   * Stops process `i`: SIGKILL as a power cut would (no chance to save or let go of anything), SIGTERM as Ctrl+C
   * does (its classes saved and let go).
   */
  kill(i: number, signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts process `i` again, at its address. */
  restart(i: number): Promise<void>;
  /** Stops process `i` for `ms` milliseconds (SIGSTOP), then lets it go on (SIGCONT), as a machine that stalls. */
  stall(i: number, ms: number): Promise<void>;
  /** Stops every program, the processes first (as Ctrl+C does). */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** The built game the processes serve; by default a page of its own (the tests need only the class server). */
  readonly dist?: string;
}

interface Launched {
  readonly child: ChildProcess;
  said(): string;
}

export async function startClassCluster({ dist }: ClusterOptions = {}): Promise<ClassCluster> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-cluster-'));
  let redis: Launched | null = null;
  let proxy: Launched | null = null;
  const servers: (Launched | null)[] = [];
  const stopOne = async (launched: Launched | null | undefined, signal: NodeJS.Signals) => {
    const child = launched?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  };
  const stop = async () => {
    await stopOne(proxy, 'SIGTERM');
    for (const server of servers) await stopOne(server, 'SIGTERM');
    await stopOne(redis, 'SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const [redisPort, proxyPort, ...processPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    redis = await launch(
      'redis-server',
      ['--port', `${redisPort}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
      'Ready to accept connections',
    );
    const games = dist ?? join(folder, 'dist');
    if (!dist) {
      mkdirSync(games);
      writeFileSync(join(games, 'index.html'), '<!doctype html><title>Parley</title>');
    }
    const startServer = async (i: number) => {
      servers[i] = await launch(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/serve.ts',
          '--dist',
          games,
          '--port',
          `${processPorts[i]}`,
          '--public-address',
          `127.0.0.1:${proxyPort}/p${i + 1}`,
        ],
        'Stop with Ctrl+C',
        { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
      );
    };
    for (const i of processPorts.keys()) await startServer(i);

    writeFileSync(join(folder, 'parley.conf'), proxyConfig(proxyPort, processPorts));
    writeFileSync(
      join(folder, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${join(folder, 'nginx.pid')};`,
        'events { worker_connections 1024; }',
        'http {',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(folder, t)};`),
        `  include ${join(folder, 'parley.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    // Debian puts nginx in /usr/sbin, which a user's PATH may not hold.
    const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    const started = await launch(nginx, ['-p', folder, '-e', join(folder, 'nginx-error.log'), '-c', 'nginx.conf']);
    proxy = started;
    await listening(proxyPort, () => `nginx did not start: ${started.said()}`);

    return {
      address: `http://127.0.0.1:${proxyPort}`,
      processes: processPorts.map((port) => `http://127.0.0.1:${port}`),
      redisUrl: `redis://127.0.0.1:${redisPort}`,
      said: (i) => servers[i]?.said() ?? '',
      pid: (i) => servers[i]?.child.pid,
      kill: (i, signal = 'SIGKILL') => stopOne(servers[i], signal),
      async stall(i, ms) {
        servers[i]?.child.kill('SIGSTOP');
        await new Promise((r) => setTimeout(r, ms));
        servers[i]?.child.kill('SIGCONT');
      },
      async restart(i) {
        await stopOne(servers[i], 'SIGTERM');
        await startServer(i);
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** The repository's proxy configuration with its ports replaced: each must be found exactly where it is written. */
export function proxyConfig(proxyPort: number, processPorts: readonly number[]): string {
  let config = readFileSync(PROXY_CONFIG, 'utf8');
  const replace = (from: string, to: string) => {
    const found = config.split(from).length - 1;
    if (found === 0) throw new Error(`${PROXY_CONFIG} no longer has "${from}".`);
    config = config.replaceAll(from, to);
  };
  replace(CONFIG_PORTS.proxy, `listen 127.0.0.1:${proxyPort};`);
  CONFIG_PORTS.processes.forEach((from, i) => replace(from, `127.0.0.1:${processPorts[i]}`));
  return config;
}

/** Starts a program and waits until it prints `ready` (when given); a program missing or stopping first is an error. */
async function launch(
  command: string,
  args: readonly string[],
  ready?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Launched> {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  await new Promise<void>((done, fail) => {
    child.once('error', (e) =>
      fail(new Error(`${command} could not be started (${e.message}): .ci/run installs it from Debian's packages.`)),
    );
    child.once('exit', (code) => fail(new Error(`${command} stopped (${code}): ${said}`)));
    if (!ready) child.once('spawn', () => done());
    else child.stdout.on('data', () => void (said.includes(ready) && done()));
  });
  child.removeAllListeners('exit');
  return { child, said: () => said };
}

/** Waits until something listens on `port`. */
async function listening(port: number, why: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((done) => {
      const socket = net.connect(port, '127.0.0.1', () => done(true));
      socket.once('error', () => done(false));
      socket.once('connect', () => socket.end());
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(why());
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = net.createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => done(port));
    });
  });
}
