/**
 * Everything the screens draw from. During a game that is the seat's view
 * (seatViewOf), its share of the log (seatLogOf), its choices for the orders
 * drafted so far (choicesOf), and after the ending the debrief (debriefOf):
 * never the compiled scenario, another actor's hidden profile or another
 * actor's private reasons. The game itself (state, every event, the AI's
 * memories, the record) and the loaded scenario stay behind the store, in
 * GameSession. The table screen's own UI state (tabs, what is being composed,
 * the last refusal per control) is the `ui` slice, changed only by actions.
 */
import type { AuthorBatch } from './authorBatch';
import type {
  Action,
  ActorIndex,
  Advice,
  BriefingParagraph,
  NoAdvice,
  Choices,
  Clause,
  Debrief,
  Diagnostic,
  GameEvent,
  LeverIndex,
  OptionIndex,
  PublicScenario,
  Refusal,
  SeatLog,
  SeatView,
} from '../engine/index';
import type { Guide } from './Guide';
import type { MovesAnalysis } from './analyseMoves';
import type { DebriefSummary } from './selectDebriefSummary';
import type { SavedGameEntry } from './SavedGames';
import type { HotSeat } from './hotSeatOf';
import type { ClassOverview, ScenarioOffer } from '../net/classProtocol';
import type { LinkStatus } from '../net/classNet';

/**
 * `handover`: between two players' turns on one device, nothing of either seat shown (hotSeat). `join`: a student
 * joins a class by its code; `host`: a teacher opens a class; `class`: the teacher's live view of it
 * (docs/classroom.md).
 */
export type Screen =
  'title' | 'scenarios' | 'saved' | 'role' | 'table' | 'ending' | 'handover' | 'join' | 'host' | 'class';

export interface CatalogEntry {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Offered first to newcomers. */
  readonly tutorial: boolean;
}

/** Which scenario is open (its text stays behind the store: it holds every actor's hidden preferences). */
export interface LoadedScenarioInfo {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly bundled: boolean;
}

/** The role screen: the public scenario and each actor's summary and briefing, read before a role is chosen. */
export interface RoleChoice {
  readonly scenario: PublicScenario;
  readonly summaries: readonly string[];
  readonly briefings: readonly string[];
  readonly briefingParagraphs: readonly (readonly BriefingParagraph[])[];
}

/** One seat's game as its screens may know it. */
export interface SeatGame {
  readonly view: SeatView;
  readonly log: SeatLog;
  /** Events of the week just resolved, to animate and announce (none after a resume or a branch). */
  readonly fresh: readonly GameEvent[];
  /** After the ending: everything, revealed. */
  readonly debrief: Debrief | null;
  /** A game replayed from an earlier one, then played differently. */
  readonly branch: boolean;
  /** Played in a class, other seats by classmates on their own devices: it cannot be replayed here from a week. */
  readonly fromClass: boolean;
}

/** A student's seat in a class, played over the network (classSeat.ts): public facts of the table, no seat's view. */
export interface ClassSeatState {
  readonly code: string;
  readonly name: string;
  /** The connection to the table: being made, made, lost and being made again, or closed for good (`closedWhy`). */
  readonly link: LinkStatus | 'closed';
  readonly closedWhy: string | null;
  /** Whether this seat has ended its turn this week. */
  readonly ended: boolean;
  /** The other seats students play that have still to end their turn, as named in a sentence ("the United States"). */
  readonly waitingFor: readonly string[];
  /** When (this device's clock, in ms) the week is played with the drafts as they stand; null: no time is set. */
  readonly turnEndsAt: number | null;
}

/** The join screen: the code (from the link, or typed), and why the last try failed. */
export interface JoinState {
  readonly code: string;
  readonly busy: boolean;
  readonly problem: string | null;
}

/** The teacher's screens: the scenarios a class may play, the class opened, its tables as they stand. */
export interface TeacherState {
  readonly offers: readonly ScenarioOffer[] | null;
  readonly busy: boolean;
  readonly problem: string | null;
  /** The class this device hosts, once opened: its code and join link, and its tables (null until first read). */
  readonly hosted: {
    readonly code: string;
    /** The links students open: this page's address, or the server's on the local network when this is its own. */
    readonly links: readonly string[];
    readonly overview: ClassOverview | null;
  } | null;
}

/**
 * A saved game or a file played under another version of its scenario or of the rules: what still applies of it,
 * offered to go on as a branch (docs/model.md §7).
 */
export interface ImportOffer {
  readonly title: string;
  /** What changed since it was played, in words. */
  readonly changed: string;
  /** The weeks that still apply. */
  readonly weeks: number;
  /** The scenario's unit of turns ("week", "day"…), in which the offer counts them. */
  readonly unit: string;
  /** The first recorded move that no longer applies (null: every one still does). */
  readonly stopped: { readonly week: number; readonly who: string; readonly what: string; readonly why: string } | null;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly code?: string;
  readonly message: string;
}

export type OrdersTab = 'propose' | 'answer' | 'meet' | 'statement' | 'pressure' | 'adviser';
export type SideTab = 'log' | 'board' | 'world';
export type StatementKind = 'red_line' | 'flexibility';

/** The table screen's UI state: not game state, not saved; a new week clears what is being composed. */
export interface TableUi {
  readonly ordersTab: OrdersTab;
  readonly sideTab: SideTab;
  /** The package being composed: one clause per lever, sorted by lever. */
  readonly draft: readonly Clause[];
  readonly copied: readonly ActorIndex[];
  /** The package being countered, when the composer makes a counter-offer. */
  readonly counterTo: string | null;
  /** The proposal being composed when a counter-offer was started: back in the composer when that one is done. */
  readonly setAside: readonly Clause[];
  readonly meetWith: readonly ActorIndex[];
  readonly statementLever: LeverIndex | null;
  readonly statementKind: StatementKind;
  readonly redLineOptions: readonly OptionIndex[];
  /** The last refusal per control (its slot), shown next to it until the next order is added. */
  readonly refusals: Readonly<Record<string, Refusal>>;
  /** A short confirmation after an order is added. */
  readonly confirmation: string | null;
  readonly showHelp: boolean;
  readonly shortcuts: boolean;
  /** The engine is playing the week (in its worker): End week says so, and asking again does nothing. */
  readonly resolving: boolean;
}

export interface AppState {
  readonly screen: Screen;
  readonly catalog: readonly CatalogEntry[];
  readonly scenario: LoadedScenarioInfo | null;
  /** Diagnostics of the last scenario load (errors block it; warnings do not); cleared when a game starts. */
  readonly diagnostics: readonly Diagnostic[];
  /** The role screen's data; null once a game has started. */
  readonly role: RoleChoice | null;
  /** The quick batch of a scenario opened from a file, for its author (authorBatch.ts); null for any other. */
  readonly authorBatch: AuthorBatch | null;
  /** The seat at the device (null outside a game, and while the device is handed to the next player). */
  readonly seat: ActorIndex | null;
  /** Several players on this device, taking turns: who, and whose turn it is (null for one player). */
  readonly hotSeat: HotSeat | null;
  readonly game: SeatGame | null;
  /** This week's orders, not yet resolved. */
  readonly orders: readonly Action[];
  /** The seat's choices after `orders` (null outside a game). */
  readonly choices: Choices | null;
  readonly notice: Notice | null;
  readonly advice: Advice | NoAdvice | null;
  /** A save that could not be resumed and was set aside. */
  readonly saveProblem: string | null;
  /** The games saved on this device, the latest first. */
  readonly savedGames: readonly SavedGameEntry[];
  /** A game opened under changed rules or scenario, waiting for the student to go on from what still applies. */
  readonly importOffer: ImportOffer | null;
  readonly reducedMotion: boolean;
  readonly ui: TableUi;
  /** The guided first week while it runs (followGuide); null otherwise. */
  readonly guide: Guide | null;
  /** After the ending: the moves that mattered, analysed week by week by the engine (null before). */
  readonly moves: MovesAnalysis | null;
  /** In a branch: the game it was replayed from, as it ended, to compare with. */
  readonly original: DebriefSummary | null;
  /** A student's seat in a class, while its game goes on over the network (null otherwise). */
  readonly classSeat: ClassSeatState | null;
  readonly join: JoinState;
  readonly teacher: TeacherState;
}

export const INITIAL_UI: TableUi = {
  ordersTab: 'propose',
  sideTab: 'log',
  draft: [],
  copied: [],
  counterTo: null,
  setAside: [],
  meetWith: [],
  statementLever: null,
  statementKind: 'red_line',
  redLineOptions: [],
  refusals: {},
  confirmation: null,
  showHelp: false,
  // Off until the student turns them on (How to play): a stray "E" must not end a newcomer's week.
  shortcuts: false,
  resolving: false,
};

export const INITIAL_STATE: AppState = {
  screen: 'title',
  catalog: [],
  scenario: null,
  diagnostics: [],
  role: null,
  authorBatch: null,
  seat: null,
  hotSeat: null,
  game: null,
  orders: [],
  choices: null,
  notice: null,
  advice: null,
  saveProblem: null,
  savedGames: [],
  importOffer: null,
  reducedMotion: false,
  ui: INITIAL_UI,
  guide: null,
  moves: null,
  original: null,
  classSeat: null,
  join: { code: '', busy: false, problem: null },
  teacher: { offers: null, busy: false, problem: null, hosted: null },
};
