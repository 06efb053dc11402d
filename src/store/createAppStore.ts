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
  checkOrder,
  checkOrders,
  choicesOf,
  joinNames,
  packageName,
  precompiledOf,
  publicScenario,
  replayPrefix,
  roleChoice,
  scenarioFromPrecompiled,
  theName,
  type Action,
  type ActorIndex,
  type GameRecord,
  type InapplicableMove,
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
import { analyseMoves } from './analyseMoves';
import { runAuthorBatch } from './authorBatch';
import { selectDebriefSummary } from './selectDebriefSummary';
import { savedGames, type KeyValueStorage, type SavedGameEntry } from './SavedGames';
import { hotSeatOf } from './hotSeatOf';
import { isSavedTurns, restoreTurns, savedTurnsOf, type SavedTurns } from './hotSeatTurns';
import type { ClassNet } from '../net/classNet';
import type { OpenClass } from '../net/classProtocol';
import { classSeat } from './classSeat';
import { classTeacher } from './classTeacher';

/** A scenario that ships with Parley: its catalogue entry, and its content precompiled at build time, loaded when opened. */
export interface BundledScenario {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly load: () => MaybePromise<PrecompiledScenario>;
  /** Its YAML text, which every save and export of a game on it carries (docs/model.md §7). */
  readonly source: () => MaybePromise<string>;
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
  /** Where the saved games live (SavedGames.ts). */
  readonly storage: KeyValueStorage;
  /** The clock that dates saved games (the engine never reads it). */
  readonly now?: () => number;
  /** Games in the quick batch played when a scenario file is opened (authorBatch.ts); none when not given. */
  readonly authorBatchGames?: number;
  /** Where the guided first week keeps its progress (in memory when not given). */
  readonly guide?: GuideSlot;
  /** A fresh seed for a new game (the UI may use the platform's randomness; the engine never does). */
  readonly newSeed: () => number;
  /** The class server's client (src/net/classNet.ts), loaded when a student joins or a teacher hosts a class. */
  readonly classNet?: () => Promise<ClassNet>;
  /** The address students open, which a class's join link starts with. */
  readonly origin?: string;
}

export interface AppActions extends GuideActions {
  showScenarios(): void;
  openBundled(file: string): void;
  openFile(file: string, bytes: Uint8Array): void;
  chooseRole(actor: ActorIndex): void;
  /** A game for several players on this device (two or more playable roles), taking turns: see `takeTurn`. */
  choosePlayers(actors: readonly ActorIndex[]): void;
  /** On the hand-over screen: the player whose turn it is has the device, and their table is shown. */
  takeTurn(): void;
  /** After the ending of a game with several players on this device: the debrief of `actor`'s seat. */
  showDebriefFor(actor: ActorIndex): void;
  /** Adds an order if the rules allow it; else remembers the refusal for the control `slot` and returns it. */
  addOrder(action: Action, slot?: string): Refusal | null;
  removeOrder(index: number): void;
  dismissNotice(): void;
  askAdviser(): void;
  /**
   * Has the engine play the week; meanwhile `ui.resolving` is set and asking again does nothing. With several
   * players on this device it ends the turn of the one at it: the device is handed to the next, and the week is
   * played when the last one ends theirs.
   */
  endWeek(): void;
  /** Replays the current game through week − 1, then lets the player play on: a branch. */
  replayFromWeek(week: number): void;
  /** The game as a file: its scenario with its text, the record (with the rules version) and the orders drafted. */
  exportGame(): string | null;
  /** Opens a game file (an export, or a bare record of older versions) as a new saved game; a file edited by hand is refused. */
  importGame(text: string): void;
  /** Goes on from what still applies of a game played under changed rules or scenario, as a branch. */
  acceptImport(): void;
  declineImport(): void;
  backToTitle(): void;
  /** Resumes the latest saved game (after going back to the title); a save that cannot be resumed is set aside and reported. */
  continueSaved(): void;
  showSavedGames(): void;
  openSaved(id: string): void;
  deleteSaved(id: string): void;
  /** A saved game as a file, as exportGame gives the current one. */
  exportSaved(id: string): string | null;
  setReducedMotion(on: boolean): void;

  // Classroom play (docs/classroom.md).
  /** The join screen, `code` filled in (a link's); straight back to the seat when this device holds one there. */
  showJoin(code: string): void;
  joinClass(code: string, name: string): void;
  /** The teacher's form to open a class, with the scenarios the server offers. */
  showHosting(): void;
  hostClass(request: OpenClass): void;
  /** The live view of the class this device hosts. */
  watchClass(): void;
  /** The class this device hosts (its code), if any. */
  hostedClass(): string | null;
  /** The class in which this device holds a seat (its code), if any. */
  keptClass(): string | null;
  /** A finished table's game file, to download (null: the problem is in `teacher`). */
  classGameFile(table: number): Promise<string | null>;
  /** The teacher frees a seat taken by mistake, from the student seen there, for the next student who joins. */
  freeClassSeat(table: number, seat: number, student: string): void;

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
  /** The scenario's unit of turns ("week", "day"…). */
  readonly unit: string;
  readonly ended: boolean;
}

/** A saved game, in storage or as a file (docs/model.md §7). Files of version 1 (the single save slot) read too. */
interface SaveFile {
  readonly format: 'parley-saved-game';
  readonly version: 2;
  /** The saved-games list's entry (in storage only), from which the list is rebuilt if its index is lost. */
  readonly entry?: SavedGameEntry;
  readonly ended: boolean;
  /** The scenario with its YAML text, so that the game opens even where the scenario is not bundled. */
  readonly scenario: LoadedScenarioInfo & { readonly text: string | null };
  readonly record: GameRecord;
  readonly orders: readonly Action[];
  /** Several players on this device: each one's orders this week, out of the others' sight until it is played. */
  readonly turns?: SavedTurns;
  /** A class's game: the seats played on this device (the other students' were played on theirs). */
  readonly players?: readonly ActorIndex[];
}

/** A save or a file, checked through before anything uses it: its scenario, its record's text and its orders. */
interface ReadSave {
  readonly info: LoadedScenarioInfo | null;
  readonly text: string | null;
  readonly record: string;
  readonly orders: readonly Action[];
  readonly turns: SavedTurns;
  readonly players: readonly ActorIndex[] | undefined;
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
  const now = deps.now ?? Date.now;
  const games = savedGames(deps.storage, now);
  // The saved game the session is saved as; a new game, a branch or an import takes a new one.
  let savedAs: string | null = null;
  const listed = () => set({ savedGames: games.list() });
  // A game opened under changed rules or scenario, until the student goes on from it or not.
  let offered: { readonly go: () => void } | null = null;
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
  const classNet = deps.classNet ?? (() => Promise.reject(new Error('This copy of Parley has no class server.')));
  // A student's seat in a class: the server keeps the game; this store shows the seat's view as for a game here.
  const seat = classSeat(store, classNet, deps.storage, {
    show(game, orders, newWeek) {
      const s = store.getState();
      const opening = s.screen !== 'table';
      set({
        seat: game.view.actor,
        hotSeat: null,
        game,
        orders,
        choices: choicesOf(game.view, orders),
        role: null,
        advice: newWeek ? null : s.advice,
        screen: 'table',
        ui: opening || newWeek ? weekUi(game, opening ? openingUi() : s.ui, true) : { ...s.ui, resolving: false },
        moves: null,
        original: null,
      });
    },
    finish(record, at, ending) {
      // The game is over: it becomes the student's own, saved on this device and opened at its ending.
      const entry = deps.bundled.find((b) => b.id === record.scenarioId);
      if (!entry)
        return set({
          screen: 'join',
          game: null,
          seat: null,
          join: {
            code: '',
            busy: false,
            problem: `Your class's game has ended${ending ? `: ${ending}` : ''}. This copy of Parley does not have its scenario, so its debrief is in the game file your teacher can give you.`,
          },
        });
      track(
        settle(
          () => andThen(bundledScenario(entry), (result) => andThen(entry.source(), (text) => ({ result, text }))),
          ({ result, text }) => {
            if (!accept({ file: entry.file, id: '', title: '', bundled: true }, result, text) || !loaded) return;
            const resumed = GameSession.resume(loaded.scenario, loaded.engine, record, undefined, [at]);
            if (isProblem(resumed)) return problemNotice(resumed);
            enterGame(resumed);
          },
          () =>
            set({ notice: { kind: 'error', message: 'The ending could not be loaded. Reload the page to see it.' } }),
        ),
      );
    },
  });
  const teacher = classTeacher(store, classNet, deps.storage, deps.origin ?? '');

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
      authorBatch: null,
      diagnostics: result.diagnostics,
      notice: null,
    });
    return true;
  };

  /** The author's quick batch of the scenario just opened from a file; it stops when another opens or a game starts. */
  const startAuthorBatch = (ticket: number) => {
    const games = deps.authorBatchGames ?? 0;
    if (games <= 0 || !loaded) return;
    const wanted = () => ticket === opening && session === null;
    track(
      runAuthorBatch(engine, loaded.engine.scenario, games, now, wanted, (authorBatch) => {
        if (wanted()) set({ authorBatch });
      }),
    );
  };

  const saveFile = (): SaveFile | null => {
    const s = store.getState();
    if (!session || !s.scenario || !loaded) return null;
    return {
      format: 'parley-saved-game',
      version: 2,
      ended: session.ended,
      scenario: { ...s.scenario, text: loaded.text },
      record: session.record,
      orders: s.orders,
      ...(session.hotSeat ? { turns: savedTurnsOf(session) } : {}),
      ...(session.fromClass ? { players: session.humans } : {}),
    };
  };

  /** Saves the game as its own entry; when the browser refuses, the student is told what was not saved. */
  const save = () => {
    const file = saveFile();
    if (!file || !session) return;
    savedAs ??= games.newId();
    const view = session.view;
    const entry: SavedGameEntry = {
      id: savedAs,
      title: file.scenario.title,
      // Read after "as": "Ukraine talks as the United States".
      role: joinNames(session.humans.flatMap((seat) => view.scenario.actors[seat] ?? []).map(theName)),
      week: view.week,
      unit: view.scenario.turns.unit,
      ended: session.ended,
      branch: session.isBranch,
      savedAt: now(),
      setAside: null,
    };
    const saved = games.write(entry, JSON.stringify({ ...file, entry }));
    if (saved.ok) return listed();
    const unit = view.scenario.turns.unit;
    const when = session.ended ? `the end of the game (${unit} ${view.week})` : `${unit} ${view.week} as it stands now`;
    set({
      notice: {
        kind: 'error',
        message: `Not saved: ${when} is not saved on this device, because ${saved.why}. Delete a saved game you no longer need (Saved games, on the title screen), or export this game as a file.`,
      },
    });
  };

  const seatGame = (from: GameSession): SeatGame => ({
    view: from.view,
    log: from.log,
    fresh: from.fresh,
    debrief: from.ended ? from.debrief() : null,
    branch: from.isBranch,
    fromClass: from.fromClass,
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

  /** The table's UI as a game or a player's turn opens it. */
  const openingUi = (): TableUi => ({
    ...INITIAL_UI,
    showHelp: loaded?.scenario.id === 'tutorial',
    shortcuts: store.getState().ui.shortcuts,
  });

  /**
   * Several players on this device: the device goes to the player whose turn it is, through a screen that shows
   * nothing of any seat (no view, no orders, no advice in the state) until that player takes it (takeTurn).
   */
  const handOver = (from: GameSession) => {
    set({
      seat: null,
      game: null,
      orders: [],
      choices: null,
      advice: null,
      notice: null,
      hotSeat: hotSeatOf(from),
      ui: { ...INITIAL_UI, shortcuts: store.getState().ui.shortcuts },
      screen: 'handover',
    });
    save();
  };

  /** Enters a game, saved as `id` (a new entry when null). */
  const enterGame = (next: GameSession, orders: readonly Action[] = [], id: string | null = null) => {
    session = next;
    savedAs = id;
    if (next.hotSeat && !next.ended) {
      set({ role: null, diagnostics: [], moves: null, original: null });
      return handOver(next);
    }
    const game = seatGame(next);
    const ui = openingUi();
    set({
      seat: next.seat,
      hotSeat: hotSeatOf(next),
      game,
      orders,
      choices: next.choices(orders),
      role: null,
      diagnostics: [],
      advice: null,
      notice: null,
      ui: weekUi(game, ui, true),
      screen: next.ended ? 'ending' : 'table',
      moves: null,
      original: null,
    });
    save();
    if (next.ended) analyse(next);
  };

  /** After the ending, the moves that mattered, week by week, while the student stays with that game and seat. */
  const analyse = (ended: GameSession) => {
    if (!loaded) return;
    const seat = ended.seat;
    track(
      analyseMoves(loaded.engine, ended.record, seat, (moves) => {
        if (session !== ended || ended.seat !== seat) return false;
        set({ moves });
        return true;
      }),
    );
  };

  const problemNotice = (problem: SessionProblem) =>
    set({ notice: { kind: 'error', code: problem.code, message: problem.message } });

  /** A saved game that cannot be resumed is marked so, with the reason; the title says whether that worked. */
  const setAside = (id: string, why: string) => {
    const marked = games.setAside(id, why);
    listed();
    set({
      saveProblem: marked.ok
        ? `Your saved game could not be resumed (${why}). It was set aside: it stays in Saved games with the reason, and you can start a new game.`
        : `Your saved game could not be resumed (${why}). It could not be set aside either, because ${marked.why}.`,
    });
  };

  /**
   * Opens a saved game (`id`) or a file (null): checked through first, then replayed under today's scenario — the
   * bundled one when the game was played on a bundled scenario, else the text it carries — and today's rules. When
   * neither changed, the game resumes exactly; otherwise what still applies is offered as a branch. A file that
   * cannot be opened changes nothing; a saved game that cannot be resumed is set aside.
   */
  const openGame = (text: string, id: string | null) => {
    const problem = (why: string) => {
      if (id !== null) return setAside(id, why);
      set({
        notice: {
          kind: 'error',
          message: `This file cannot be opened: ${why}.${session ? ' Your current game is untouched.' : ''}`,
        },
      });
    };
    const read = readSave(text);
    if ('why' in read) return problem(read.why);
    const found = deps.bundled.find((b) =>
      read.info ? read.info.bundled && b.file === read.info.file : b.id === recordScenarioId(read.record),
    );
    if (!found && read.text === null)
      return problem(
        read.info
          ? 'its scenario is no longer part of Parley'
          : "it does not carry its scenario; open the game from the ending screen's file instead",
      );
    const file = found?.file ?? read.info?.file ?? 'game.yaml';
    const ticket = ++opening;
    track(
      settle(
        () =>
          andThen(deps.readers(), (readers) =>
            andThen(
              found
                ? andThen(bundledScenario(found), (result) => andThen(found.source(), (source) => ({ result, source })))
                : { result: readers.loadScenario(read.text ?? '', file), source: read.text },
              ({ result, source }) => ({ readers, result, source }),
            ),
          ),
        ({ readers, result, source }) => {
          if (ticket !== opening) return;
          try {
            resume(readers.parseRecord(read.record), result, source, read, file, id, problem);
          } catch {
            // Checked through above; anything the rules still cannot read is the save's, never a blank page.
            problem('it could not be read');
          }
        },
        // Not the save's fault: it stays, to be resumed when the page loads again.
        () =>
          id === null
            ? set({
                notice: {
                  kind: 'error',
                  message: 'The game could not be read just now. Reload the page to try again.',
                },
              })
            : set({ saveProblem: 'Your saved game could not be opened just now. Reload the page to try again.' }),
      ),
    );
  };

  const resume = (
    parsed: ReturnType<FileReaders['parseRecord']>,
    result: LoadResult,
    source: string | null,
    read: ReadSave,
    file: string,
    id: string | null,
    problem: (why: string) => void,
  ) => {
    if (!parsed.ok) return problem(reasonOf(parsed.message));
    if (!result.ok) return problem('its scenario no longer loads');
    const prefix = replayPrefix(result.scenario, parsed.record);
    if (!prefix.ok)
      return problem(
        prefix.code === 'REPLAY_TAMPERED'
          ? 'it was changed by hand after it was saved, so it cannot be trusted'
          : reasonOf(prefix.message),
      );
    const info = { file, id: '', title: '', bundled: read.info?.bundled ?? source !== read.text };
    const enter = (record: GameRecord, as: string | null, orders: readonly unknown[], turns: SavedTurns = {}) => {
      if (!accept(info, result, source) || !loaded) return problem('its scenario no longer loads');
      const resumed = GameSession.resume(loaded.scenario, loaded.engine, record, undefined, read.players);
      if (isProblem(resumed)) return problem(reasonOf(resumed.message));
      // The orders drafted before the save (and, with several players here, each one's turn), each checked again;
      // one the rules now refuse is reported, not dropped silently.
      const { kept, dropped } = restoreTurns(resumed, turns, orders as Action[]);
      // With several players here the draft waits behind the hand-over screen for its player.
      if (resumed.hotSeat) resumed.leave(kept);
      enterGame(resumed, resumed.hotSeat ? [] : kept, as);
      if (dropped)
        set({
          notice: {
            kind: 'error',
            code: dropped.code,
            message: `An order in your save could not be kept: ${dropped.message}`,
          },
        });
    };
    if (!prefix.changed) return enter(parsed.record, id, read.orders, read.turns);
    offered = {
      go: () => {
        if (id !== null) games.setAside(id, 'Parley has changed since it was played; it went on as a branch.');
        enter(prefix.record, null, []);
      },
    };
    set({
      importOffer: {
        title: result.scenario.title,
        changed: changeOf(parsed.record, prefix.record),
        weeks: prefix.weeks,
        unit: publicScenario(result.scenario).turns.unit,
        stopped: prefix.stopped ? stoppedOf(prefix.stopped) : null,
      },
      screen: 'saved',
      notice: null,
    });
  };

  const latest = () => games.list().find((e) => e.setAside === null) ?? null;
  const resumeSaved = () => {
    const entry = latest();
    const text = entry ? games.read(entry.id) : null;
    if (!entry) return;
    if (text === null) return setAside(entry.id, 'its save is missing');
    openGame(text, entry.id);
  };

  const setOrders = (orders: readonly Action[], patch: Partial<AppState> = {}) => {
    const view = store.getState().game?.view;
    if (!view || !(session || seat.active)) return;
    set({ orders, choices: choicesOf(view, orders), ...patch });
    // A class's draft lives on its server; a game on this device is saved here.
    if (seat.active) seat.draft(orders);
    else save();
  };

  /** Adds `action` for the control `slot`; on success the UI takes `after` and shows `confirmation`. */
  const order = (
    slot: string,
    action: Action | null,
    confirmation: string | null,
    after: Partial<TableUi> = {},
  ): Refusal | null => {
    const s = store.getState();
    // No seat is at the device while it is handed to the next player.
    const refusal: Refusal | null =
      s.game && action && s.seat !== null && (session || seat.active)
        ? checkOrder(s.game.view, s.orders, action)
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
          () => andThen(bundledScenario(entry), (result) => andThen(entry.source(), (text) => ({ result, text }))),
          ({ result, text }) => {
            if (ticket === opening && accept({ file, id: '', title: '', bundled: true }, result, text))
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
            if (ticket === opening && accept(info, readers.loadScenario(bytes, file), text)) {
              set({ screen: 'role' });
              startAuthorBatch(ticket);
            }
          },
          () =>
            set({
              notice: { kind: 'error', message: `${file} could not be read just now. Reload the page to try again.` },
            }),
        ),
      );
    },
    chooseRole: (actor) => actions.choosePlayers([actor]),
    choosePlayers(actors) {
      const role = store.getState().role;
      if (!loaded || actors.length === 0 || !actors.every((a) => role?.scenario.actors[a]?.playable)) return;
      const started = GameSession.start(loaded.scenario, loaded.engine, actors, deps.newSeed() >>> 0);
      if (isProblem(started)) return problemNotice(started);
      // A new game is a new entry: it never replaces another saved game.
      enterGame(started);
    },
    takeTurn() {
      const current = session;
      const turn = current?.turn;
      if (!current || turn === null || turn === undefined || store.getState().screen !== 'handover') return;
      const draft = current.sit(turn);
      if (draft === false) return;
      const game = seatGame(current);
      set({
        seat: turn,
        hotSeat: hotSeatOf(current),
        game,
        orders: draft,
        choices: current.choices(draft),
        advice: null,
        notice: null,
        ui: weekUi(game, openingUi(), true),
        screen: 'table',
      });
    },
    showDebriefFor(actor) {
      const current = session;
      if (!current?.ended || actor === current.seat || current.sit(actor) === false) return;
      set({
        seat: actor,
        hotSeat: hotSeatOf(current),
        game: seatGame(current),
        choices: current.choices([]),
        moves: null,
      });
      analyse(current);
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
      const before = store.getState();
      // A class's seat ends its turn once; a game here is played once at a time.
      const ready = seat.active
        ? !before.classSeat?.ended && !before.ui.resolving
        : current !== null && !current.ended && resolving !== current;
      if (!ready || !before.game || before.seat === null) return;
      const checked = checkOrders(before.game.view, before.orders);
      const first = checked.ok ? undefined : checked.refusals[0];
      if (first)
        return set({
          notice: { kind: 'error', code: first.code, message: `Your orders were not sent: ${first.message}` },
        });
      if (!current) {
        // Busy until the server answers (at once, or after a lost connection comes back).
        setUi({ resolving: true });
        return seat.endTurn(before.orders);
      }
      // Several players on this device: the next one's turn, unless this was the last.
      if (current.hotSeat && !current.endTurn(before.orders)) return handOver(current);
      resolving = current;
      // The week goes to the engine first; the page redraws End week as busy while the engine plays it.
      const played = settle(
        () => current.playWeek(before.orders),
        () => {
          resolving = null;
          if (session !== current) return;
          // A new week with several players here starts with the first one's turn.
          if (current.hotSeat && !current.ended) return handOver(current);
          const game = seatGame(current);
          const now = store.getState();
          set({
            seat: current.seat,
            hotSeat: hotSeatOf(current),
            game,
            orders: [],
            choices: current.choices([]),
            advice: null,
            notice: null,
            ui: weekUi(game, now.ui, game.view.week !== before.game?.view.week),
            screen: current.ended ? 'ending' : 'table',
          });
          save();
          if (current.ended) analyse(current);
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
      // The game branched from, as it ended, for the debrief to compare the branch with.
      const original = selectDebriefSummary(store.getState().game?.debrief ?? null);
      // A branch is saved as its own game, beside the one it branches from.
      enterGame(branch);
      set({ original });
    },
    exportGame: () => {
      const file = saveFile();
      return file ? JSON.stringify(file, null, 2) : null;
    },
    importGame: (text) => openGame(text, null),
    acceptImport() {
      const go = offered?.go;
      offered = null;
      set({ importOffer: null });
      go?.();
    },
    declineImport() {
      offered = null;
      set({ importOffer: null });
    },
    backToTitle() {
      session = null;
      seat.leave();
      set({
        screen: 'title',
        game: null,
        seat: null,
        hotSeat: null,
        orders: [],
        choices: null,
        advice: null,
        notice: null,
        ui: { ...INITIAL_UI, shortcuts: store.getState().ui.shortcuts },
        moves: null,
        original: null,
      });
    },
    continueSaved: () => resumeSaved(),
    showSavedGames: () => set({ screen: 'saved', notice: null, savedGames: games.list() }),
    openSaved(id) {
      const text = games.read(id);
      if (text === null) return setAside(id, 'its save is missing');
      openGame(text, id);
    },
    deleteSaved(id) {
      games.remove(id);
      listed();
    },
    exportSaved(id) {
      const text = games.read(id);
      if (text === null) return null;
      try {
        const { entry: _entry, ...file } = JSON.parse(text) as SaveFile;
        return JSON.stringify(file, null, 2);
      } catch {
        // A damaged save is given as it is: it may still be mended by hand.
        return text;
      }
    },
    setReducedMotion: (on) => set({ reducedMotion: on }),

    showJoin: (code) => seat.showJoin(code),
    joinClass: (code, name) => seat.join(code, name),
    showHosting: () => teacher.showHosting(),
    hostClass: (request) => teacher.host(request),
    watchClass: () => teacher.watch(),
    hostedClass: () => teacher.hostedCode(),
    keptClass: () => seat.keptCode(),
    classGameFile: (table) => teacher.gameFile(table),
    freeClassSeat: (table, seat, student) => teacher.freeSeat(table, seat, student),

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

  listed();
  resumeSaved();
  const savedSummary = (): SavedSummary | null => {
    const entry = latest();
    return entry ? { title: entry.title, week: entry.week, unit: entry.unit ?? 'week', ended: entry.ended } : null;
  };
  return {
    store,
    actions,
    hasSave: () => latest() !== null,
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

/** A save or a file, checked through (docs/model.md §7), or why it cannot be opened, in plain words. */
function readSave(text: string): ReadSave | { readonly why: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { why: 'the save is not readable' };
  }
  const file = data as Partial<Record<string, unknown>> | null;
  if (typeof file !== 'object' || file === null) return { why: 'the save is not readable' };
  // A bare record: the files earlier versions exported.
  if (file.format === 'parley-game')
    return { info: null, text: null, record: text, orders: [], turns: {}, players: undefined };
  if (!(file.version === 1 || (file.format === 'parley-saved-game' && file.version === 2)))
    return { why: 'the save is from another version or damaged' };
  const scenario = file.scenario as Partial<Record<string, unknown>> | null | undefined;
  const source = scenario?.text ?? null;
  if (
    typeof scenario !== 'object' ||
    scenario === null ||
    typeof scenario.file !== 'string' ||
    typeof scenario.title !== 'string' ||
    (source !== null && typeof source !== 'string') ||
    (source === null && scenario.bundled !== true)
  )
    return { why: 'the save is from another version or damaged' };
  const orders = file.orders ?? [];
  if (!Array.isArray(orders) || !orders.every(isOrderLike)) return { why: 'the orders it holds are damaged' };
  const turns = file.turns ?? {};
  if (!isSavedTurns(turns, isOrderLike)) return { why: 'the orders it holds are damaged' };
  if (typeof file.record !== 'object' || file.record === null) return { why: 'its record is missing' };
  const players = file.players;
  if (players !== undefined && !(Array.isArray(players) && players.every((p) => Number.isInteger(p))))
    return { why: 'the seats it names are damaged' };
  return {
    info: { file: scenario.file, id: '', title: scenario.title, bundled: scenario.bundled === true },
    text: source,
    record: JSON.stringify(file.record),
    orders: orders as Action[],
    turns,
    players: players as ActorIndex[] | undefined,
  };
}

/** An order's outer shape; the rules check the rest of it (checkOrder) as they check any order. */
function isOrderLike(x: unknown): boolean {
  const o = x as { type?: unknown; actor?: unknown } | null;
  return (
    typeof o === 'object' && o !== null && !Array.isArray(o) && typeof o.type === 'string' && Number.isInteger(o.actor)
  );
}

function recordScenarioId(record: string): string | null {
  try {
    const id = (JSON.parse(record) as { scenarioId?: unknown }).scenarioId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** What changed since a game was played: the rules, the scenario, or both. */
function changeOf(played: GameRecord, today: GameRecord): string {
  const rules = played.engineVersion !== today.engineVersion;
  const scenario = played.scenarioHash !== today.scenarioHash;
  if (rules && scenario) return 'Parley’s rules and this scenario have changed since this game was played.';
  return rules
    ? 'Parley’s rules have changed since this game was played.'
    : 'This scenario has changed since this game was played.';
}

function stoppedOf(move: InapplicableMove): NonNullable<AppState['importOffer']>['stopped'] {
  return { week: move.week, who: move.who, what: move.what, why: move.why };
}

/** An engine's sentence as the reason inside another one: no capital, no full stop. */
function reasonOf(message: string): string {
  return (message.charAt(0).toLowerCase() + message.slice(1)).replace(/\.$/, '');
}
