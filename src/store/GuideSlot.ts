/**
 * Where the guide's progress lives: localStorage in the browser (its own key,
 * apart from the saved game, so a new game does not offer the guide again), a
 * Map in tests. A storage that refuses reads or writes never breaks the game.
 */
export interface GuideSlot {
  read(): string | null;
  write(text: string): void;
}

export const GUIDE_KEY = 'parley.guide.v1';

export function storageGuideSlot(storage: () => Pick<Storage, 'getItem' | 'setItem'>): GuideSlot {
  return {
    read: () => {
      try {
        return storage().getItem(GUIDE_KEY);
      } catch {
        return null;
      }
    },
    write: (text) => {
      try {
        storage().setItem(GUIDE_KEY, text);
      } catch {
        // Progress is a convenience: without storage the guide is offered again next time.
      }
    },
  };
}

export function memoryGuideSlot(): GuideSlot & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    read: () => data.get(GUIDE_KEY) ?? null,
    write: (text) => void data.set(GUIDE_KEY, text),
  };
}
