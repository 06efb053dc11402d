/**
 * The bridge between the engine and the screens: a zustand vanilla store of
 * AppState, and the actions that change it. During a game the state holds
 * the seat's view, its log and its choices — what the seat may know — while
 * the loaded scenario and the game itself stay here, out of the state, in
 * the GameSession. Screens read the store through selectors (select*.ts) and
 * call actions; they never reach the engine's rules themselves. Every change
 * of orders or week is autosaved; a save that cannot be resumed is reported
 * and set aside, never a crash.
 *
 * What takes time arrives later (docs/architecture.md): a bundled scenario's
 * precompiled data, the engine's file readers (the YAML parser and schema
 * library, fetched when a file or a save is first opened) and the weeks the
 * engine worker plays. The actions that wait for them return at once and
 * change the state when the answer comes (at once where the engine runs in
 * this thread, as in tests); `settled()` waits for it.
 */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import {
  advise,
  packageName,
  precompiledOf,
  roleChoice,
  scenarioFromPrecompiled,
  type Action,
  type ActorIndex,
  type GameRecord,
  type LeverIndex,
  type LoadResult,
  type OptionIndex,
  type PrecompiledScenario,
  type Refusal,
  type ReplayError,
  type Scenario,
} from '../engine/index';
import type { EngineClient } from '../worker/engineProtocol';
import { inProcessClient } from '../worker/inProcessClient';
import { andThen, settle, type MaybePromise } from '../worker/MaybePromise';
import {
  INITIAL_STATE,
  INITIAL_UI,
  type AppState,
  type CatalogEntry,
  type LoadedScenarioInfo,
  type OrdersTab,
  type SeatGame,
  type SideTab,
  type StatementKind,
  type TableUi,
} from './AppState';
import {
  composedMeeting,
  composedPackage,
  composedStatement,
  counterDraft,
  statementLeverOf,
  toggled,
} from './compose';
import { followGuide, type GuideActions } from './followGuide';
import { GameSession, isProblem, type SessionEngine, type SessionProblem } from './GameSession';
import { memoryGuideSlot, type GuideSlot } from './GuideSlot';
import type { SaveSlot } from './SaveSlot';

/** A scenario that ships with Parley: its catalogue entry, and its content precompiled at build time, loaded when opened. */
export interface BundledScenario {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly load: () => MaybePromise<PrecompiledScenario>;
}

/** The engine's readers of what a person opens (src/engine/loader.ts): a scenario file, a saved game. */
export interface FileReaders {
  loadScenario(source: string | Uint8Array, file: string): LoadResult;
  parseRecord(text: string): { readonly ok: true; readonly record: GameRecord } | ReplayError;
}

export interface AppDeps {
  readonly bundled: readonly BundledScenario[];
  /** The file readers, which carry the YAML parser and the schema library: asked for only when a file or a save is opened. */
  readonly readers: () => MaybePromise<FileReaders>;
  /** The engine that plays the weeks: its worker in the browser; this thread when not given. */
  readonly engine?: EngineClient;
  readonly slot: SaveSlot;
  /** Where the guided first week keeps its progress (in memory when not given). */
  readonly guide?: GuideSlot;
  /** A fresh seed for a new game (the UI may use the platform's randomness; the engine never does). */
  readonly newSeed: () => number;
}

export interface AppActions extends GuideActions {
  showScenarios(): void;
  openBundled(file: string): void;
  openFile(file: string, bytes: Uint8Array): void;
  chooseRole(actor: ActorIndex): void;
  /** Adds an order if the rules allow it; else remembers the refusal for the control `slot` and returns it. */
  addOrder(action: Action, slot?: string): Refusal | null;
  removeOrder(index: number): void;
  dismissNotice(): void;
  askAdviser(): void;
  /** Has the engine play the week; meanwhile `ui.resolving` is set and asking again does nothing. */
  endWeek(): void;
  /** Replays the current game through week − 1, then lets the player play on: a branch. */
  replayFromWeek(week: number): void;
  exportGame(): string | null;
  importGame(text: string): void;
  backToTitle(): void;
  /** Resumes the autosaved game (after going back to the title); a save that cannot be resumed is set aside and reported. */
  continueSaved(): void;
  setReducedMotion(on: boolean): void;

  // The table screen's UI state (the `ui` slice).
  selectOrdersTab(tab: OrdersTab): void;
  selectSideTab(tab: SideTab): void;
  toggleHelp(): void;
  setShortcuts(on: boolean): void;
  /** Sets (or, with null, clears) the composer's choice for a lever. */
  setClause(lever: LeverIndex, option: OptionIndex | null): void;
  setCopied(actor: ActorIndex, on: boolean): void;
  /**
   * Opens the composer as a counter-offer to `packageId`, prefilled with those of its terms the seat may propose
   * (a proposal being composed is set aside meanwhile); if no counter-offer is possible, says why by its button.
   */
  startCounter(packageId: string): Refusal | null;
  cancelCounter(): void;
  /** Loads the adviser's package into the composer. */
  loadAdvice(): void;
  setMeetWith(actor: ActorIndex, on: boolean): void;
  setStatementLever(lever: LeverIndex): void;
  setStatementKind(kind: StatementKind): void;
  setRedLineOption(option: OptionIndex, on: boolean): void;

  // Orders from the composers: each refusal is kept next to its control.
  addPackage(): Refusal | null;
  answer(packageId: string, answer: 'accept' | 'reject'): Refusal | null;
  addMeeting(): Refusal | null;
  addStatement(): Refusal | null;
  applyPressure(pressure: number): Refusal | null;
}

/** The store; `subscribe(selector, listener, { equalityFn })` lets a component follow only what it draws. */
export type AppStoreApi = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

export interface AppStore {
  readonly store: AppStoreApi;
  readonly actions: AppActions;
  /** Whether an autosaved game is waiting to be continued. */
  hasSave(): boolean;
  /** What the autosaved game is, for the title screen (null when there is none or it cannot be read). */
  savedSummary(): SavedSummary | null;
  /** Settles when nothing the store waits for is left (a scenario being read, a week being played). */
  settled(): Promise<void>;
}

/** The autosaved game as the title screen offers it: the week to continue, or the week it ended in. */
export interface SavedSummary {
  readonly title: string;
  readonly week: number;
  readonly ended: boolean;
}

interface SaveFile {
  readonly version: 1;
  /** The game has ended: the title offers to see how (saves from before this field read as not ended). */
  readonly ended?: boolean;
  /** An opened file is saved with its text; a bundled scenario by its file name. */
  readonly scenario: LoadedScenarioInfo & { readonly text?: string };
  readonly record: unknown;
  readonly orders: readonly Action[];
}

export function createAppStore(deps: AppDeps): AppStore {
  const initial: AppState = { ...INITIAL_STATE, catalog: catalogOf(deps.bundled) };
  const store = createStore<AppState>()(subscribeWithSelector(() => initial));
  const set = (patch: Partial<AppState>) => store.setState(patch);
  const setUi = (patch: Partial<TableUi>) => set({ ui: { ...store.getState().ui, ...patch } });
  // Behind the store: the loaded scenario (with its text when a file was opened, for saves), the engine
  // holding it, and the game.
  let loaded: { readonly scenario: Scenario; readonly text: string | null; readonly engine: SessionEngine } | null =
    null;
  let session: GameSession | null = null;
  const engine = deps.engine ?? inProcessClient();
  // The session whose week the engine is playing: it is not ended again meanwhile.
  let resolving: GameSession | null = null;
  // Each opening (a scenario, a save, an import) takes a ticket; only the latest one's answer is used.
  let opening = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  const track = (work: Promise<void> | undefined) => {
    if (work) inFlight = Promise.all([inFlight, work]);
  };
  const guide = followGuide(store, deps.guide ?? memoryGuideSlot());

  /** A loaded scenario is held here and handed to the engine; one with errors shows its diagnostics. */
  const accept = (info: LoadedScenarioInfo, result: LoadResult, text: string | null): boolean => {
    if (!result.ok) {
      set({
        diagnostics: result.diagnostics,
        role: null,
        notice: { kind: 'error', message: `${info.file} has errors; fix them and open it again.` },
      });
      return false;
    }
    let key: MaybePromise<string>;
    try {
      key = engine.call('load', precompiledOf(result.scenario, result.diagnostics));
    } catch (error) {
      key = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Nobody may ask before the first week: a failure is reported by the week that needs the scenario.
    if (key instanceof Promise) key.catch(() => {});
    loaded = { scenario: result.scenario, text, engine: { client: engine, scenario: key } };
    set({
      scenario: { ...info, id: result.scenario.id, title: result.scenario.title },
      role: roleChoice(result.scenario),
      diagnostics: result.diagnostics,
      notice: null,
    });
    return true;
  };

  const save = () => {
    const s = store.getState();
    if (!session || !s.scenario || !loaded) return;
    const file: SaveFile = {
      version: 1,
      scenario: loaded.text === null ? s.scenario : { ...s.scenario, text: loaded.text },
      record: session.record,
      orders: s.orders,
      ended: session.ended,
    };
    deps.slot.write(JSON.stringify(file));
  };

  const seatGame = (from: GameSession): SeatGame => ({
    view: from.view,
    log: from.log,
    fresh: from.fresh,
    debrief: from.ended ? from.debrief() : null,
    branch: from.isBranch,
  });

  /** The UI of a new week: nothing composed; the answers first when packages await them. */
  const weekUi = (game: SeatGame, ui: TableUi, newWeek: boolean): TableUi => ({
    ...ui,
    ordersTab: newWeek ? (game.view.toAnswer.length > 0 ? 'answer' : 'propose') : ui.ordersTab,
    draft: [],
    copied: [],
    counterTo: null,
    setAside: [],
    meetWith: [],
    redLineOptions: [],
    refusals: {},
    confirmation: null,
    resolving: false,
  });

  const enterGame = (next: GameSession, orders: readonly Action[] = []) => {
    session = next;
    const game = seatGame(next);
    const ui = {
      ...INITIAL_UI,
      showHelp: loaded?.scenario.id === 'tutorial',
      shortcuts: store.getState().ui.shortcuts,
    };
    set({
      seat: next.seat,
      game,
      orders,
      choices: next.choices(orders),
      role: null,
      diagnostics: [],
      advice: null,
      notice: null,
      ui: weekUi(game, ui, true),
      screen: next.ended ? 'ending' : 'table',
    });
    save();
  };

  const problemNotice = (problem: SessionProblem) =>
    set({ notice: { kind: 'error', code: problem.code, message: problem.message } });

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
    const { text: source, ...info } = saved?.scenario ?? {};
    const file = info.file;
    if (saved?.version !== 1 || typeof file !== 'string' || (typeof source !== 'string' && info.bundled !== true))
      return problem('the save is from another version or damaged');
    const entry = deps.bundled.find((b) => b.file === file);
    if (source === undefined && !entry) return problem('its scenario is no longer part of Parley');

    const resume = (parsed: ReturnType<FileReaders['parseRecord']>, scenario: LoadResult) => {
      if (!parsed.ok) return problem(parsed.message);
      if (!accept({ ...info, file, bundled: info.bundled === true }, scenario, source ?? null) || !loaded)
        return problem('its scenario no longer loads');
      const resumed = GameSession.resume(loaded.scenario, loaded.engine, parsed.record);
      if (isProblem(resumed)) return problem(resumed.message);
      // The orders drafted before the save, each checked again; one the rules now refuse is reported, not dropped silently.
      const orders: Action[] = [];
      let dropped: Refusal | null = null;
      for (const action of Array.isArray(saved.orders) ? saved.orders : []) {
        const refusal = resumed.check(orders, action);
        if (refusal) dropped ??= refusal;
        else orders.push(action);
      }
      enterGame(resumed, orders);
      if (dropped)
        set({
          notice: {
            kind: 'error',
            code: dropped.code,
            message: `An order in your save could not be kept: ${dropped.message}`,
          },
        });
    };
    const ticket = ++opening;
    track(
      settle(
        () =>
          andThen(deps.readers(), (readers) =>
            andThen(
              entry && source === undefined ? bundledScenario(entry) : readers.loadScenario(source ?? '', file),
              (scenario) => ({
                parsed: readers.parseRecord(JSON.stringify(saved.record)),
                scenario,
              }),
            ),
          ),
        ({ parsed, scenario }) => {
          if (ticket === opening) resume(parsed, scenario);
        },
        // Not the save's fault: it stays, to be resumed when the page loads again.
        () => set({ saveProblem: 'Your saved game could not be opened just now. Reload the page to try again.' }),
      ),
    );
  };

  const setOrders = (orders: readonly Action[], patch: Partial<AppState> = {}) => {
    if (!session) return;
    set({ orders, choices: session.choices(orders), ...patch });
    save();
  };

  /** Adds `action` for the control `slot`; on success the UI takes `after` and shows `confirmation`. */
  const order = (
    slot: string,
    action: Action | null,
    confirmation: string | null,
    after: Partial<TableUi> = {},
  ): Refusal | null => {
    const s = store.getState();
    const refusal: Refusal | null =
      session && action
        ? session.check(s.orders, action)
        : { code: 'GAME_OVER', message: 'There is no game in progress.' };
    if (refusal) {
      setUi({ refusals: { ...s.ui.refusals, [slot]: refusal }, confirmation: null });
      return refusal;
    }
    if (!action) return null;
    setOrders([...s.orders, action], {
      notice: null,
      advice: null,
      ui: { ...s.ui, ...after, refusals: {}, confirmation },
    });
    return null;
  };

  /** An order of the seat's, or null outside a game (whose orders are refused as such). */
  const seated = <T>(build: (seat: ActorIndex) => T): T | null => {
    const seat = store.getState().seat;
    return seat === null ? null : build(seat);
  };
  const view = () => store.getState().game?.view ?? null;

  const actions: AppActions = {
    showScenarios: () => set({ screen: 'scenarios', notice: null }),
    openBundled(file) {
      const entry = deps.bundled.find((b) => b.file === file);
      if (!entry) return set({ notice: { kind: 'error', message: `There is no bundled scenario ${file}.` } });
      const ticket = ++opening;
      track(
        settle(
          () => bundledScenario(entry),
          (result) => {
            if (ticket === opening && accept({ file, id: '', title: '', bundled: true }, result, null))
              set({ screen: 'role' });
          },
          () =>
            set({
              notice: { kind: 'error', message: `${entry.title} could not be loaded. Reload the page to try again.` },
            }),
        ),
      );
    },
    openFile(file, bytes) {
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      } catch {
        text = '';
      }
      set({ screen: 'scenarios' });
      const ticket = ++opening;
      track(
        settle(
          deps.readers,
          (readers) => {
            const info = { file, id: '', title: '', bundled: false };
            if (ticket === opening && accept(info, readers.loadScenario(bytes, file), text)) set({ screen: 'role' });
          },
          () =>
            set({
              notice: { kind: 'error', message: `${file} could not be read just now. Reload the page to try again.` },
            }),
        ),
      );
    },
    chooseRole(actor) {
      if (!loaded || !store.getState().role?.scenario.actors[actor]?.playable) return;
      const started = GameSession.start(loaded.scenario, loaded.engine, actor, deps.newSeed() >>> 0);
      if (isProblem(started)) return problemNotice(started);
      enterGame(started);
    },
    addOrder: (action, slot = 'order') => order(slot, action, null),
    removeOrder(index) {
      const orders = store.getState().orders.filter((_, i) => i !== index);
      setOrders(orders, { notice: null, ui: { ...store.getState().ui, confirmation: null } });
    },
    dismissNotice: () => set({ notice: null }),
    askAdviser() {
      const game = store.getState().game;
      if (!game) return;
      set({ advice: advise(game.view, game.log.events, store.getState().orders) });
    },
    endWeek() {
      const current = session;
      if (!current || current.ended || resolving === current) return;
      const before = store.getState();
      const first = current.refusals(before.orders)[0];
      if (first)
        return set({
          notice: { kind: 'error', code: first.code, message: `Your orders were not sent: ${first.message}` },
        });
      resolving = current;
      // The week goes to the engine first; the page redraws End week as busy while the engine plays it.
      const played = settle(
        () => current.playWeek(before.orders),
        () => {
          resolving = null;
          if (session !== current) return;
          const game = seatGame(current);
          const now = store.getState();
          set({
            game,
            orders: [],
            choices: current.choices([]),
            advice: null,
            notice: null,
            ui: weekUi(game, now.ui, game.view.week !== before.game?.view.week),
            screen: current.ended ? 'ending' : 'table',
          });
          save();
        },
        () => {
          resolving = null;
          if (session !== current) return;
          setUi({ resolving: false });
          set({
            notice: {
              kind: 'error',
              message: `The ${current.view.scenario.turns.unit} could not be played: the computer players did not answer. Try again.`,
            },
          });
        },
      );
      if (resolving === current) setUi({ resolving: true });
      track(played);
    },
    replayFromWeek(week) {
      if (!session || !loaded) return;
      const branch = GameSession.resume(loaded.scenario, loaded.engine, session.record, Math.max(0, week - 1));
      if (isProblem(branch)) return problemNotice(branch);
      enterGame(branch);
    },
    exportGame: () => (session ? JSON.stringify(session.record, null, 2) : null),
    importGame(text) {
      const ticket = ++opening;
      track(
        settle(
          deps.readers,
          (readers) => {
            if (ticket !== opening) return;
            const parsed = readers.parseRecord(text);
            if (!parsed.ok) return problemNotice(parsed);
            if (!loaded)
              return set({
                notice: { kind: 'error', message: "Open the game's scenario first, then import the game." },
              });
            const resumed = GameSession.resume(loaded.scenario, loaded.engine, parsed.record);
            if (isProblem(resumed)) return problemNotice(resumed);
            enterGame(resumed);
          },
          () =>
            set({
              notice: { kind: 'error', message: 'The game could not be read just now. Reload the page to try again.' },
            }),
        ),
      );
    },
    backToTitle() {
      session = null;
      set({
        screen: 'title',
        game: null,
        seat: null,
        orders: [],
        choices: null,
        advice: null,
        notice: null,
        ui: { ...INITIAL_UI, shortcuts: store.getState().ui.shortcuts },
      });
    },
    continueSaved: () => resumeSaved(),
    setReducedMotion: (on) => set({ reducedMotion: on }),

    selectOrdersTab: (ordersTab) => setUi({ ordersTab }),
    selectSideTab: (sideTab) => setUi({ sideTab }),
    toggleHelp: () => setUi({ showHelp: !store.getState().ui.showHelp }),
    setShortcuts: (shortcuts) => setUi({ shortcuts }),
    setClause(lever, option) {
      const { draft, refusals } = store.getState().ui;
      const rest = draft.filter((c) => c.lever !== lever);
      const { propose: _cleared, ...others } = refusals;
      setUi({
        draft: option === null ? rest : [...rest, { lever, option }].sort((a, b) => a.lever - b.lever),
        refusals: others,
      });
    },
    setCopied: (actor, on) => setUi({ copied: toggled(store.getState().ui.copied, actor, on) }),
    startCounter(packageId) {
      const { choices, ui } = store.getState();
      const p = view()?.toAnswer.find((x) => x.id === packageId);
      if (!p || !choices) return null;
      const refused = choices.answers.find((a) => a.package.id === packageId)?.counter ?? null;
      if (refused) {
        setUi({ refusals: { ...ui.refusals, [`answer:${packageId}-counter`]: refused }, confirmation: null });
        return refused;
      }
      setUi({
        counterTo: p.id,
        draft: counterDraft(choices, p),
        setAside: ui.counterTo ? ui.setAside : ui.draft,
        copied: [],
        ordersTab: 'propose',
        refusals: {},
      });
      return null;
    },
    cancelCounter: () => setUi({ counterTo: null, draft: store.getState().ui.setAside, setAside: [], copied: [] }),
    loadAdvice() {
      const advice = store.getState().advice;
      if (!advice || 'none' in advice) return;
      setUi({ draft: [...advice.clauses], copied: [], counterTo: null, ordersTab: 'propose', refusals: {} });
    },
    setMeetWith: (actor, on) => setUi({ meetWith: toggled(store.getState().ui.meetWith, actor, on) }),
    setStatementLever: (statementLever) => setUi({ statementLever, redLineOptions: [] }),
    setStatementKind: (statementKind) => setUi({ statementKind }),
    setRedLineOption: (option, on) =>
      setUi({ redLineOptions: toggled(store.getState().ui.redLineOptions, option, on) }),

    addPackage() {
      const v = view();
      if (!v) return null;
      const { ui } = store.getState();
      const action = seated((seat) => composedPackage(v.scenario, ui, seat));
      const countered = action?.type === 'counter' ? v.toAnswer.find((p) => p.id === action.to) : undefined;
      const back = ui.setAside.length > 0 ? ' Your unfinished proposal is back in the composer.' : '';
      const done = countered
        ? `Counter-offer to ${packageName(v.scenario, countered, v.actor)} added to your orders.${back}`
        : 'Proposal added to your orders.';
      return order('propose', action, done, { draft: ui.setAside, setAside: [], copied: [], counterTo: null });
    },
    answer(packageId, answer) {
      const v = view();
      const p = v?.toAnswer.find((x) => x.id === packageId);
      const named = v && p ? packageName(v.scenario, p, v.actor) : 'that offer';
      const done = answer === 'accept' ? `You accept ${named}.` : `You reject ${named}.`;
      return order(
        `answer:${packageId}`,
        seated((actor) => ({ type: answer, actor, package: packageId })),
        done,
      );
    },
    addMeeting() {
      const action = seated((seat) => composedMeeting(store.getState().ui, seat));
      return order('meet', action, 'Meeting added to your orders.', { meetWith: [] });
    },
    addStatement() {
      const s = store.getState();
      const lever = statementLeverOf(s);
      if (lever === null) return null;
      return order(
        'statement',
        seated((seat) => composedStatement(s.ui, seat, lever)),
        'Statement added to your orders.',
        {
          redLineOptions: [],
        },
      );
    },
    applyPressure(pressure) {
      const name = view()?.scenario.pressures[pressure]?.name ?? '';
      return order(
        `pressure:${pressure}`,
        seated((actor) => ({ type: 'pressure', actor, pressure })),
        `Pressure “${name}” added to your orders.`,
      );
    },
    ...guide,
  };

  resumeSaved();
  const savedSummary = (): SavedSummary | null => {
    try {
      const saved = JSON.parse(deps.slot.read() ?? 'null') as Partial<SaveFile> | null;
      const title = saved?.scenario?.title;
      const weeks = (saved?.record as { weeks?: unknown } | undefined)?.weeks;
      const ended = saved?.ended === true;
      // An ended game's last resolved week is the week it ended in; a game in play continues with the next.
      return typeof title === 'string' && typeof weeks === 'number'
        ? { title, week: ended ? weeks : weeks + 1, ended }
        : null;
    } catch {
      return null;
    }
  };
  return {
    store,
    actions,
    hasSave: () => deps.slot.read() !== null,
    savedSummary,
    async settled() {
      for (let seen = inFlight; ; seen = inFlight) {
        await seen;
        if (seen === inFlight) return;
      }
    },
  };
}

/** The title screen's catalogue, from the bundled scenarios' precompiled entries: nothing is parsed or compiled for it. */
function catalogOf(bundled: readonly BundledScenario[]): CatalogEntry[] {
  return bundled
    .map(({ file, id, title, summary }) => ({ file, id, title, summary, tutorial: id === 'tutorial' }))
    .sort((a, b) => Number(b.tutorial) - Number(a.tutorial) || a.title.localeCompare(b.title));
}

/** A bundled scenario, compiled from its precompiled content. */
function bundledScenario(entry: BundledScenario): MaybePromise<LoadResult> {
  return andThen(entry.load(), scenarioFromPrecompiled);
}
