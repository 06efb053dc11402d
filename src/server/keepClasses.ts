/**
 * Keeps a server's classes in their records (docs/classroom.md): each class
 * is saved a moment after every change (and again at the next look, when
 * Redis was away); saved classes no process holds are restored here, one at a
 * time (at start, and, with several processes, when the process that held
 * them stops); and with several processes, this one's holds are renewed, its
 * rooms listed again, and a class another process took over is closed here.
 */
import { loadScenario } from '../engine/loader';
import type { ClassHost } from './ClassHost';
import { RENEW_MS, type ClassRecords } from './classRecords';
import { CLASS_LIMIT, type ClassServer } from './classServer';
import { parseSavedClass } from './parseSavedClass';

/** How long after a change a class is saved: a burst of drafts makes one write. */
const SAVE_DELAY_MS = 100;

export interface ClassKeeper {
  /** Saves a class a moment from now (the host's `changed`). */
  changed(code: string): void;
  /** Restores the saved classes no process holds, then keeps holding and restoring: a line for each class found. */
  start(): Promise<string[]>;
  /** Closes the classes' rooms, saves what changed since the last save and lets go of them, for another process to take them at once. */
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
  /** Classes whose last save failed (Redis was away): saved again at the next look. */
  const unsaved = new Set<string>();
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
      (e: unknown) => {
        unsaved.add(code);
        say(`  Class ${code} could not be saved, and will be at the next look: ${(e as Error).message}`);
      },
    );
    writing.add(done);
    void done.finally(() => writing.delete(done));
  };

  /** Another process holds the class now: its students reconnect there. */
  const lose = async (code: string) => {
    say(`  Class ${code} is held by another process now: its tables here are closed.`);
    await classes.drop(code);
  };

  /** Keeps this process's holds (a class another holds now is closed here), and lists its rooms again. */
  const renew = async () => {
    for (const code of await records.hold([...host.codes, ...broken])) if (!broken.delete(code)) await lose(code);
    // A process that stalled past its hold removes the listings of the rooms it closes, which are now this one's.
    await classes.relist();
  };

  /** Restores the class saved as `code`: a line saying so, or why it could not be. */
  const restore = async (code: string): Promise<string> => {
    const text = await records.read(code);
    const parsed = text === null ? { problem: 'its record is gone.' } : parseSavedClass(text);
    if ('problem' in parsed) {
      broken.add(code);
      return `  Class ${code} not restored: ${parsed.problem}`;
    }
    const { saved } = parsed;
    const loaded = loadScenario(saved.source.text, saved.source.file);
    const restored = loaded.ok
      ? await classes.restore(saved, loaded.scenario)
      : { problem: `its scenario no longer loads (${loaded.diagnostics.length} problem(s)).` };
    if ('problem' in restored) {
      // A class another process still plays is left to it; one that cannot be restored stays held here, unplayed.
      if ('elsewhere' in restored) await records.release([code]);
      else broken.add(code);
      return `  Class ${code} not restored: ${restored.problem}`;
    }
    return `  Restored class ${code}: ${restored.tables} table(s), ${saved.students.length} student(s).`;
  };

  /**
   * Restores the saved classes no process holds, one at a time, each line told as it comes. With shared records the
   * holds are renewed between them (a restore may take a second), and classes past this process's limit are left
   * to another; a folder's classes are all this process's.
   */
  const claimAndRestore = async (tell: (line: string) => void) => {
    while (!records.shared || host.size < CLASS_LIMIT) {
      const code = await records.claimOne();
      if (code === null) return;
      tell(await restore(code));
      if (records.shared) await renew();
    }
  };

  const tick = async () => {
    try {
      await renew();
      for (const code of unsaved) {
        unsaved.delete(code);
        write(code);
      }
      await claimAndRestore(say);
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
      const lines: string[] = [];
      await claimAndRestore((line) => lines.push(line));
      ticker = setInterval(() => {
        ticking = ticking.then(tick);
      }, RENEW_MS);
      return lines;
    },
    async stop() {
      if (ticker) clearInterval(ticker);
      await ticking;
      // The rooms are closed first, so that nothing changes after the last save; then every change not yet saved is.
      await classes.close();
      for (const [code, timer] of pending) {
        clearTimeout(timer);
        write(code);
      }
      for (const code of unsaved) write(code);
      await Promise.all(writing);
      await records.release([...host.codes, ...broken]);
      await records.close();
    },
  };
}
