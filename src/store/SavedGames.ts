/**
 * The saved games on this device: localStorage in the browser, a Map in
 * tests. Each game — in progress, ended, a branch, an import — is its own
 * entry (its save under `parley.game.<id>`), listed in an index with what
 * the saved-games screen shows of it. A new game never replaces another;
 * a game that cannot be resumed is marked set aside with the reason, its
 * save kept as it was; nothing is removed but by the student's choice. When
 * the browser refuses a write (its storage is full), the write says so and
 * changes nothing, so nothing claims to be saved or set aside unless it was.
 * The save of the single-slot versions (`parley.save.v1`, and the save they
 * set aside) is moved into the list on first load.
 */

/** The part of the Web Storage API the list uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  /** May throw (a QuotaExceededError when the storage is full). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): readonly string[];
}

export interface SavedGameEntry {
  readonly id: string;
  /** The scenario's title. */
  readonly title: string;
  /**
   * The actor the student plays, or every actor played on this device ('Ukraine and the United States'), named as
   * inside a sentence; '' when not known yet (a save moved from the single slot, until it is resumed).
   */
  readonly role: string;
  /** The turn to continue, or the turn the game ended in. */
  readonly week: number;
  /** The scenario's unit of turns ("week", "day"…); saves from before it was kept have none and mean "week". */
  readonly unit?: string;
  readonly ended: boolean;
  readonly branch: boolean;
  /** When it was last saved (milliseconds since 1970, from the store's clock). */
  readonly savedAt: number;
  /** Why it cannot be resumed, in plain words; null for a game that opens. */
  readonly setAside: string | null;
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly why: string };

export interface SavedGames {
  /** Every entry, the latest saved first. */
  list(): readonly SavedGameEntry[];
  read(id: string): string | null;
  /** Saves `text` under `entry.id` (a new entry or the same game again); the list is unchanged if it fails. */
  write(entry: SavedGameEntry, text: string): SaveOutcome;
  /** Marks a game as not resumable, keeping its save; fails (and says why) if the mark could not be stored. */
  setAside(id: string, reason: string): SaveOutcome;
  remove(id: string): void;
  /** An id no entry has. */
  newId(): string;
}

export const INDEX_KEY = 'parley.games.v1';
export const GAME_PREFIX = 'parley.game.';
export const LEGACY_KEY = 'parley.save.v1';
export const LEGACY_SET_ASIDE_KEY = 'parley.save.set-aside';

export function savedGames(storage: KeyValueStorage, now: () => number): SavedGames {
  let index = readIndex(storage);
  let counter = 0;
  const store = (next: readonly SavedGameEntry[]): SaveOutcome => {
    const failed = tryWrite(storage, INDEX_KEY, JSON.stringify(next));
    if (failed) return failed;
    index = [...next];
    return { ok: true };
  };
  const games: SavedGames = {
    // The index keeps the order of writes: of two saved in the same millisecond, the later is listed first.
    list: () =>
      index
        .map((entry, order) => ({ entry, order }))
        .sort((a, b) => b.entry.savedAt - a.entry.savedAt || b.order - a.order)
        .map(({ entry }) => entry),
    read: (id) => storage.getItem(GAME_PREFIX + id),
    write(entry, text) {
      const key = GAME_PREFIX + entry.id;
      const before = storage.getItem(key);
      const failed = tryWrite(storage, key, text);
      if (failed) return failed;
      const stored = store([...index.filter((e) => e.id !== entry.id), entry]);
      if (!stored.ok) {
        // The index could not follow: the save goes back to what it was, so the list never points at a half-write.
        if (before === null) storage.removeItem(key);
        else tryWrite(storage, key, before);
      }
      return stored;
    },
    setAside(id, reason) {
      const entry = index.find((e) => e.id === id);
      if (!entry) return { ok: false, why: 'there is no such saved game' };
      return store(index.map((e) => (e.id === id ? { ...e, setAside: reason } : e)));
    },
    remove(id) {
      if (!index.some((e) => e.id === id)) return;
      // Removing frees space: it cannot run out of it.
      store(index.filter((e) => e.id !== id));
      storage.removeItem(GAME_PREFIX + id);
    },
    newId() {
      let id: string;
      do id = `${now().toString(36)}-${(counter++).toString(36)}`;
      while (index.some((e) => e.id === id) || storage.getItem(GAME_PREFIX + id) !== null);
      return id;
    },
  };
  migrate(storage, games, now);
  return games;
}

/** The list's index; an index that cannot be read is rebuilt from the saves themselves (each carries its entry). */
function readIndex(storage: KeyValueStorage): SavedGameEntry[] {
  const parsed = parseJson(storage.getItem(INDEX_KEY));
  if (Array.isArray(parsed) && parsed.every(isEntry)) return parsed;
  return storage
    .keys()
    .filter((key) => key.startsWith(GAME_PREFIX))
    .map((key) => {
      const id = key.slice(GAME_PREFIX.length);
      const meta = (parseJson(storage.getItem(key)) as { entry?: unknown } | null)?.entry;
      return isEntry(meta) && meta.id === id
        ? meta
        : { ...UNKNOWN, id, setAside: 'This saved game cannot be read: it is damaged.' };
    });
}

const UNKNOWN: Omit<SavedGameEntry, 'id'> = {
  title: 'A saved game',
  role: '',
  week: 1,
  ended: false,
  branch: false,
  savedAt: 0,
  setAside: null,
};

/** The single slot of earlier versions becomes an entry (the game to continue); its set-aside save, another. */
function migrate(storage: KeyValueStorage, games: SavedGames, now: () => number): void {
  const moves: [key: string, setAside: string | null][] = [
    [LEGACY_SET_ASIDE_KEY, 'An earlier version of Parley could not resume this game and set it aside.'],
    [LEGACY_KEY, null],
  ];
  for (const [key, setAside] of moves) {
    const text = storage.getItem(key);
    if (text === null) continue;
    const saved = parseJson(text) as {
      scenario?: { title?: unknown };
      record?: { weeks?: unknown };
      ended?: unknown;
    } | null;
    const title = saved?.scenario?.title;
    const weeks = saved?.record?.weeks;
    const ended = saved?.ended === true;
    const entry: SavedGameEntry = {
      ...UNKNOWN,
      id: games.newId(),
      title: typeof title === 'string' ? title : UNKNOWN.title,
      week: typeof weeks === 'number' ? (ended ? weeks : weeks + 1) : 1,
      ended,
      savedAt: now(),
      setAside,
    };
    // Moved only once its copy is stored: when storage is full, the old slot stays and is read again next time.
    if (games.write(entry, text).ok) storage.removeItem(key);
  }
}

/** A failed write, in words; null when it was stored. */
function tryWrite(storage: KeyValueStorage, key: string, value: string): SaveOutcome | null {
  try {
    storage.setItem(key, value);
    return null;
  } catch (error) {
    return {
      ok: false,
      why: isQuotaError(error) ? 'the browser’s storage for Parley is full' : 'the browser refused to store it',
    };
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isEntry(x: unknown): x is SavedGameEntry {
  const e = x as Partial<Record<keyof SavedGameEntry, unknown>> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.role === 'string' &&
    Number.isInteger(e.week) &&
    (e.unit === undefined || typeof e.unit === 'string') &&
    typeof e.ended === 'boolean' &&
    typeof e.branch === 'boolean' &&
    typeof e.savedAt === 'number' &&
    (e.setAside === null || typeof e.setAside === 'string')
  );
}

/** Storage in memory (tests, and a browser that refuses localStorage); `quota` limits the characters it holds. */
export function memoryStorage(quota = Number.POSITIVE_INFINITY): KeyValueStorage & {
  readonly data: Map<string, string>;
  quota: number;
} {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    quota,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      const after =
        used() - (data.has(key) ? key.length + (data.get(key) ?? '').length : 0) + key.length + value.length;
      if (after > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
}

/** localStorage as the list's storage. */
export function webStorage(storage: Storage): KeyValueStorage {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? ''),
  };
}
