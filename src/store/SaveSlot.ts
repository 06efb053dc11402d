/**
 * Where the autosave lives: localStorage in the browser, a Map in tests.
 * A save that cannot be resumed is moved aside, never deleted.
 */
export interface SaveSlot {
  read(): string | null;
  write(text: string): void;
  setAside(text: string): void;
  clear(): void;
}

export const SAVE_KEY = 'parley.save.v1';
export const SET_ASIDE_KEY = 'parley.save.set-aside';

export function storageSlot(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): SaveSlot {
  return {
    read: () => storage.getItem(SAVE_KEY),
    write: (text) => storage.setItem(SAVE_KEY, text),
    setAside: (text) => {
      storage.setItem(SET_ASIDE_KEY, text);
      storage.removeItem(SAVE_KEY);
    },
    clear: () => storage.removeItem(SAVE_KEY),
  };
}

export function memorySlot(): SaveSlot & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    read: () => data.get(SAVE_KEY) ?? null,
    write: (text) => void data.set(SAVE_KEY, text),
    setAside: (text) => {
      data.set(SET_ASIDE_KEY, text);
      data.delete(SAVE_KEY);
    },
    clear: () => void data.delete(SAVE_KEY),
  };
}
