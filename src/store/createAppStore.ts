/**
 * The bridge between the engine and the screens: a zustand vanilla store of
 * serialisable AppState, and the actions that change it. Screens read the
 * store (selectors in select*.ts) and call actions; they never touch the
 * engine's rules themselves. Every week is autosaved; a save that cannot be
 * resumed is reported and set aside, never a crash.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { advise } from '../engine/ai/advise';
import type { Action } from '../engine/game/Action';
import { legalActions } from '../engine/game/legalActions';
import { publicScenarioOf } from '../engine/game/PublicScenario';
import type { Rejection } from '../engine/game/Rejection';
import { viewFor } from '../engine/game/viewFor';
import { eventsFor } from '../engine/game/visibleTo';
import { parseRecord } from '../engine/replay/replayRecord';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';
import { loadScenario } from '../engine/scenario/loadScenario';
import { INITIAL_STATE, type AppState, type CatalogEntry, type LoadedScenarioInfo } from './AppState';
import { GameSession } from './GameSession';
import type { SaveSlot } from './SaveSlot';

export interface BundledScenario {
  readonly file: string;
  readonly text: string;
}

export interface AppDeps {
  readonly bundled: readonly BundledScenario[];
  readonly slot: SaveSlot;
  /** A fresh seed for a new game (the UI may use the platform's randomness; the engine never does). */
  readonly newSeed: () => number;
}

export interface AppActions {
  showScenarios(): void;
  openBundled(file: string): void;
  openFile(file: string, bytes: Uint8Array): void;
  chooseRole(actor: number): void;
  addOrder(action: Action): Rejection | null;
  removeOrder(index: number): void;
  dismissNotice(): void;
  askAdviser(): void;
  endWeek(): void;
  /** Replays the current game through week − 1, then lets the player play on: a branch. */
  replayFromWeek(week: number): void;
  exportGame(): string | null;
  importGame(text: string): void;
  backToTitle(): void;
  /** Resumes the autosaved game (after going back to the title); a save that cannot be resumed is set aside and reported. */
  continueSaved(): void;
  setReducedMotion(on: boolean): void;
}

export interface AppStore {
  readonly store: StoreApi<AppState>;
  readonly actions: AppActions;
  /** The live session (compiled scenario, AI seats); null outside a game. */
  session(): GameSession | null;
  /** The compiled scenario chosen, if any. */
  scenario(): CompiledScenario | null;
  /** Whether an autosaved game is waiting to be continued. */
  hasSave(): boolean;
  /** What the autosaved game is, for the title screen (null when there is none or it cannot be read). */
  savedSummary(): { readonly title: string; readonly week: number } | null;
}

interface SaveFile {
  readonly version: 1;
  readonly scenario: LoadedScenarioInfo;
  readonly record: unknown;
  readonly orders: readonly Action[];
}

export function createAppStore(deps: AppDeps): AppStore {
  const initial: AppState = { ...INITIAL_STATE, catalog: catalogOf(deps.bundled) };
  const store = createStore<AppState>()(subscribeWithSelector(() => initial));
  const set = (patch: Partial<AppState>) => store.setState(patch);
  let compiled: CompiledScenario | null = null;
  let session: GameSession | null = null;

  const load = (info: LoadedScenarioInfo, source: string | Uint8Array): boolean => {
    const result = loadScenario(source, info.file);
    if (!result.ok) {
      set({
        diagnostics: result.diagnostics,
        notice: { kind: 'error', message: `${info.file} has errors; fix them and open it again.` },
      });
      return false;
    }
    compiled = result.scenario;
    set({
      scenario: { ...info, id: result.scenario.id, title: result.scenario.title },
      diagnostics: result.diagnostics,
      notice: null,
    });
    return true;
  };

  const save = () => {
    const s = store.getState();
    if (!session || !s.scenario) return;
    const file: SaveFile = { version: 1, scenario: s.scenario, record: session.game.record, orders: s.orders };
    deps.slot.write(JSON.stringify(file));
  };

  const enterGame = (next: GameSession) => {
    session = next;
    const game = next.game;
    set({
      seat: next.seat,
      game,
      orders: [],
      advice: null,
      notice: null,
      screen: game.state.ended ? 'ending' : 'table',
    });
    save();
  };

  const resumeSaved = () => {
    const text = deps.slot.read();
    if (text === null) return;
    const problem = (why: string) => {
      deps.slot.setAside(text);
      set({
        saveProblem: `Your saved game could not be resumed (${why}). It was set aside; you can start a new game.`,
      });
    };
    let saved: SaveFile;
    try {
      saved = JSON.parse(text) as SaveFile;
    } catch {
      return problem('the save is not readable');
    }
    if (saved?.version !== 1 || typeof saved.scenario?.text !== 'string' || typeof saved.scenario.file !== 'string')
      return problem('the save is from another version or damaged');
    const parsed = parseRecord(JSON.stringify(saved.record));
    if (!parsed.ok) return problem(parsed.message);
    if (!load(saved.scenario, saved.scenario.text)) return problem('its scenario no longer loads');
    const resumed = GameSession.resume(compiled!, parsed.record);
    if (!('game' in resumed)) return problem(resumed.message);
    enterGame(resumed);
    const orders: Action[] = [];
    for (const action of Array.isArray(saved.orders) ? saved.orders : [])
      if (resumed.check(orders, action) === null) orders.push(action);
    set({ orders });
  };

  const actions: AppActions = {
    showScenarios: () => set({ screen: 'scenarios', notice: null }),
    openBundled(file) {
      const entry = deps.bundled.find((b) => b.file === file);
      if (!entry) return set({ notice: { kind: 'error', message: `There is no bundled scenario ${file}.` } });
      if (load({ file, id: '', title: '', text: entry.text, bundled: true }, entry.text)) set({ screen: 'role' });
    },
    openFile(file, bytes) {
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      } catch {
        text = '';
      }
      set({ screen: 'scenarios' });
      if (load({ file, id: '', title: '', text, bundled: false }, bytes)) set({ screen: 'role' });
    },
    chooseRole(actor) {
      if (!compiled || !compiled.actors[actor]?.playable) return;
      enterGame(GameSession.start(compiled, actor, deps.newSeed() >>> 0));
    },
    addOrder(action) {
      if (!session) return { code: 'NO_GAME', message: 'There is no game in progress.' };
      const orders = store.getState().orders;
      const rejection = session.check(orders, action);
      if (rejection) {
        set({ notice: { kind: 'error', code: rejection.code, message: rejection.message } });
        return rejection;
      }
      set({ orders: [...orders, action], notice: null, advice: null });
      save();
      return null;
    },
    removeOrder(index) {
      const orders = store.getState().orders.filter((_, i) => i !== index);
      set({ orders, notice: null });
      save();
    },
    dismissNotice: () => set({ notice: null }),
    askAdviser() {
      if (!session) return;
      const { scenario, state, seat } = session;
      const advice = advise(
        publicScenarioOf(scenario),
        viewFor(scenario, state, seat),
        legalActions(scenario, state, seat),
        eventsFor(session.game.events, seat),
      );
      set({ advice });
    },
    endWeek() {
      if (!session || session.state.ended) return;
      const game = session.endWeek(store.getState().orders);
      set({ game, orders: [], advice: null, notice: null, screen: game.state.ended ? 'ending' : 'table' });
      save();
    },
    replayFromWeek(week) {
      if (!session) return;
      const branch = GameSession.resume(session.scenario, session.game.record, Math.max(0, week - 1));
      if (!('game' in branch)) return set({ notice: { kind: 'error', code: branch.code, message: branch.message } });
      enterGame(branch);
    },
    exportGame: () => (session ? JSON.stringify(session.game.record, null, 2) : null),
    importGame(text) {
      const parsed = parseRecord(text);
      if (!parsed.ok) return set({ notice: { kind: 'error', code: parsed.code, message: parsed.message } });
      if (!compiled)
        return set({ notice: { kind: 'error', message: "Open the game's scenario first, then import the game." } });
      const resumed = GameSession.resume(compiled, parsed.record);
      if (!('game' in resumed)) return set({ notice: { kind: 'error', code: resumed.code, message: resumed.message } });
      enterGame(resumed);
    },
    backToTitle() {
      session = null;
      set({ screen: 'title', game: null, seat: null, orders: [], advice: null, notice: null });
    },
    continueSaved: () => resumeSaved(),
    setReducedMotion: (on) => set({ reducedMotion: on }),
  };

  resumeSaved();
  const savedSummary = () => {
    try {
      const saved = JSON.parse(deps.slot.read() ?? 'null') as Partial<SaveFile> | null;
      const title = saved?.scenario?.title;
      const weeks = (saved?.record as { weeks?: unknown } | undefined)?.weeks;
      return typeof title === 'string' && typeof weeks === 'number' ? { title, week: weeks + 1 } : null;
    } catch {
      return null;
    }
  };
  return {
    store,
    actions,
    session: () => session,
    scenario: () => compiled,
    hasSave: () => deps.slot.read() !== null,
    savedSummary,
  };
}

function catalogOf(bundled: readonly BundledScenario[]): CatalogEntry[] {
  return bundled
    .flatMap(({ file, text }) => {
      const result = loadScenario(text, file);
      if (!result.ok) return [];
      const s = result.scenario;
      return [{ file, id: s.id, title: s.title, summary: s.summary, tutorial: s.id === 'tutorial' }];
    })
    .sort((a, b) => Number(b.tutorial) - Number(a.tutorial) || a.title.localeCompare(b.title));
}
