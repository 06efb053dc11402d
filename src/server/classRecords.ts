/**
 * Where a class server saves its classes, so that they outlive the process
 * that holds them (docs/classroom.md, "Many processes"): a folder of its own,
 * or Redis, shared by every process of a school's servers.
 *
 * In Redis each class has a holder, the one process that plays its tables:
 * a key naming the process, which lapses `HOLD_MS` after the holder last
 * renewed it. A process that stops, or stops answering, lets its holds lapse,
 * and another process claims each of its classes and restores them from their
 * records. Only a class's holder may write its record, so a process that lost
 * its hold (it stalled, and another took over) cannot overwrite a newer one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface ClassRecords {
  /** Where the records are, in words: "the folder class-records", "Redis at redis://…". */
  readonly where: string;
  /** Whether other processes share the records (and may restore what this one leaves). */
  readonly shared: boolean;
  /**
   * A saved class this process may restore now, then held by it, or null: each class of a folder, once; in Redis,
   * one that no process holds.
   */
  claimOne(): Promise<string | null>;
  /** A saved class's record (JSON), or null. */
  read(code: string): Promise<string | null>;
  /** Saves a class's record, and holds it; false when another process holds the class (nothing is written). */
  write(code: string, json: string): Promise<boolean>;
  /** Keeps this process's hold on its classes: the codes of those another process holds now. */
  hold(codes: readonly string[]): Promise<string[]>;
  /** Lets go of classes, so that another process may claim them at once. */
  release(codes: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** How long a class's hold lasts unless renewed, and how often its holder renews it. */
export const HOLD_MS = 6000;
export const RENEW_MS = 2000;

/** A folder of `<code>.json` files, this process's own: each written whole, then renamed into place. */
export function folderRecords(folder: string): ClassRecords {
  mkdirSync(folder, { recursive: true });
  // The classes saved when the process started, restored one by one.
  const unclaimed = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length));
  const file = (code: string) => join(folder, `${code}.json`);
  return {
    where: `the folder ${folder}`,
    shared: false,
    async claimOne() {
      return unclaimed.shift() ?? null;
    },
    async read(code) {
      return existsSync(file(code)) ? readFileSync(file(code), 'utf8') : null;
    },
    async write(code, json) {
      writeFileSync(`${file(code)}.part`, json);
      renameSync(`${file(code)}.part`, file(code));
      return true;
    },
    async hold() {
      return [];
    },
    async release() {},
    async close() {},
  };
}

const CLASSES = 'parley:classes';
const recordKey = (code: string) => `parley:class:${code}`;
const holderKey = (code: string) => `parley:holder:${code}`;

/** Holds a class for ARGV[1] for ARGV[2] ms, if no other process holds it: 1 when held. */
const HOLD = `local holder = redis.call('get', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;
/**
 * Writes a class's record (KEYS[2]) if no other process than ARGV[1] holds the class, then holds it (a new class's
 * first record takes its hold), and lists its code: 1 when written.
 */
const WRITE = `local holder = redis.call('get', KEYS[1])
if holder ~= false and holder ~= ARGV[1] then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[4])
redis.call('set', KEYS[2], ARGV[2])
redis.call('sadd', KEYS[3], ARGV[3])
return 1`;
/** Lets go of a class held by ARGV[1]. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('del', KEYS[1]) end
return 0`;

/** The scripts above as commands of the connection: keys first, then arguments; each answers 1 or 0. */
interface HoldScripts {
  parleyHold(holder: string, self: string, ms: number): Promise<number>;
  parleyWrite(
    holder: string,
    record: string,
    classes: string,
    self: string,
    json: string,
    code: string,
    ms: number,
  ): Promise<number>;
  parleyRelease(holder: string, self: string): Promise<number>;
}

/** Records in Redis at `url`, shared by every process; `self` names this process in the holds it takes. */
export async function redisRecords(url: string, self: string): Promise<ClassRecords> {
  // Commands wait while the connection comes back; a server that is down from the start is said at once.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  // While Redis is away, each command that fails says so where it was asked (keepClasses): the connection's own
  // errors are kept only to say why it could not be made at first.
  let why = '';
  redis.on('error', (e: Error) => (why = e.message));
  try {
    await redis.connect();
  } catch (e) {
    redis.disconnect();
    throw new Error(`Redis at ${url} could not be reached (${why || (e as Error).message}).`, { cause: e });
  }
  // The scripts run in Redis, each as one step no other process's commands come between; loaded once, then named
  // by their digest (ioredis's defineCommand).
  redis.defineCommand('parleyHold', { numberOfKeys: 1, lua: HOLD });
  redis.defineCommand('parleyWrite', { numberOfKeys: 3, lua: WRITE });
  redis.defineCommand('parleyRelease', { numberOfKeys: 1, lua: RELEASE });
  const scripts = redis as unknown as HoldScripts;
  const holds = async (code: string) => (await scripts.parleyHold(holderKey(code), self, HOLD_MS)) === 1;
  return {
    where: `Redis at ${url}`,
    shared: true,
    async claimOne() {
      for (const code of (await redis.smembers(CLASSES)).sort())
        if ((await redis.exists(holderKey(code))) === 0 && (await holds(code))) return code;
      return null;
    },
    read: (code) => redis.get(recordKey(code)),
    async write(code, json) {
      return (await scripts.parleyWrite(holderKey(code), recordKey(code), CLASSES, self, json, code, HOLD_MS)) === 1;
    },
    async hold(codes) {
      const lost: string[] = [];
      for (const code of codes) if (!(await holds(code))) lost.push(code);
      return lost;
    },
    async release(codes) {
      for (const code of codes) await scripts.parleyRelease(holderKey(code), self);
    },
    async close() {
      await redis.quit();
    },
  };
}
