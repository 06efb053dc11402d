/**
 * Keeps a server's classes in their records (docs/classroom.md): each class
 * is saved a moment after every change; saved classes no process holds are
 * restored here (at start, and, with several processes, when the process
 * that held them stops); and with several processes, this one's holds are
 * renewed, and a class another process took over is closed here.
 */
import { loadScenario } from '../engine/loader';
import type { ClassHost } from './ClassHost';
import { RENEW_MS, type ClassRecords } from './classRecords';
import type { ClassServer } from './classServer';
import { parseSavedClass } from './parseSavedClass';

/** How long after a change a class is saved: a burst of drafts makes one write. */
const SAVE_DELAY_MS = 100;

export interface ClassKeeper {
  /** Saves a class a moment from now (the host's `changed`). */
  changed(code: string): void;
  /** Restores the saved classes no process holds, then keeps holding and restoring: a line for each class found. */
  start(): Promise<string[]>;
  /** Saves every class, closes their rooms and lets go of them, for another process to take them at once. */
  stop(): Promise<void>;
}

/** `say` is told, in a line, each class restored or given up after the start. */
export function keepClasses(
  records: ClassRecords,
  host: ClassHost,
  classes: ClassServer,
  say: (line: string) => void,
): ClassKeeper {
  const pending = new Map<string, NodeJS.Timeout>();
  const writing = new Set<Promise<void>>();
  /** Classes held here whose records could not be restored: held still, so that no process tries them again and again. */
  const broken = new Set<string>();
  let ticker: NodeJS.Timeout | null = null;
  let ticking: Promise<void> = Promise.resolve();

  const write = (code: string) => {
    pending.delete(code);
    const saved = host.saved(code);
    if (!saved) return;
    const done = records.write(code, JSON.stringify(saved)).then(
      (written) => (written ? undefined : lose(code)),
      (e: unknown) => say(`  Class ${code} could not be saved: ${(e as Error).message}`),
    );
    writing.add(done);
    void done.finally(() => writing.delete(done));
  };

  /** Another process holds the class now: its students reconnect there. */
  const lose = async (code: string) => {
    say(`  Class ${code} is held by another process now: its tables here are closed.`);
    await classes.drop(code);
  };

  /** Restores the class saved as `code`: a line saying so, or why it could not be. */
  const restore = async (code: string): Promise<string> => {
    const text = await records.read(code);
    const parsed = text === null ? { problem: 'its record is gone.' } : parseSavedClass(text);
    const loaded = 'saved' in parsed ? loadScenario(parsed.saved.source.text, parsed.saved.source.file) : null;
    const restored =
      'problem' in parsed
        ? parsed
        : !loaded?.ok
          ? { problem: `its scenario no longer loads (${loaded?.diagnostics.length ?? 0} problem(s)).` }
          : await classes.restore(parsed.saved, loaded.scenario);
    if ('problem' in restored) {
      // A class another process still plays is left to it; one that cannot be restored stays held here, unplayed.
      if ('elsewhere' in restored) await records.release([code]);
      else broken.add(code);
      return `  Class ${code} not restored: ${restored.problem}`;
    }
    const students = 'saved' in parsed ? parsed.saved.students.length : 0;
    return `  Restored class ${code}: ${restored.tables} table(s), ${students} student(s).`;
  };

  const claimAndRestore = async () => {
    const lines: string[] = [];
    for (const code of await records.claim()) lines.push(await restore(code));
    return lines;
  };

  const tick = async () => {
    try {
      for (const code of await records.hold([...host.codes, ...broken])) {
        if (broken.delete(code)) continue;
        await lose(code);
      }
      for (const line of await claimAndRestore()) say(line);
    } catch (e) {
      say(`  The class records could not be read: ${(e as Error).message}`);
    }
  };

  return {
    changed(code) {
      if (!pending.has(code))
        pending.set(
          code,
          setTimeout(() => write(code), SAVE_DELAY_MS),
        );
    },
    async start() {
      const lines = await claimAndRestore();
      ticker = setInterval(() => {
        ticking = ticking.then(tick);
      }, RENEW_MS);
      return lines;
    },
    async stop() {
      if (ticker) clearInterval(ticker);
      await ticking;
      for (const [code, timer] of pending) {
        clearTimeout(timer);
        write(code);
      }
      await Promise.all(writing);
      const codes = [...host.codes, ...broken];
      await classes.close();
      await records.release(codes);
      await records.close();
    },
  };
}
