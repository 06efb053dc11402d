/**
 * The classes a server hosts (docs/classroom.md): each has a join code, a
 * teacher's token and its tables; each student who joins is given a seat at
 * a table and a session token of ours, which gets the same seat back after a
 * dropped connection or a restart. Codes and tokens come from `random`
 * (the server's cryptographic source): a code is 6 characters of an alphabet
 * with no look-alikes (32⁶, about 10⁹), so a class's code cannot be found by
 * trying codes at the rate the server allows.
 */
import { timingSafeEqual } from 'node:crypto';
import { HUMAN, publicScenario, type ActorIndex, type GameRecord, type Scenario } from '../engine/index';
import type { ClassOverview, DraftRefused } from '../net/classProtocol';
import { ClassTable, type SavedTable } from './ClassTable';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
/** The longest name a student may give; longer ones are cut. */
export const NAME_LIMIT = 40;
/** The most tables a class may have (a teacher's request allows fewer: see classServer). */
export const MAX_TABLES = 100;

export interface ClassOptions {
  readonly scenario: Scenario;
  /** The scenario's text and file name, kept with the class so that it can be restored. */
  readonly source: ScenarioSource;
  readonly tables: number;
  /** The actors students play (ids); every other seat is played by `others`. */
  readonly humans: readonly string[];
  /** The policy of the seats no student plays. */
  readonly others: string;
  readonly seed: number;
  /** How long a turn lasts, in seconds, before the week is played with the drafts as they stand; null: no limit. */
  readonly turnSeconds: number | null;
  /** How long a seat's student may be away, in seconds, before the default negotiator plays it; null: never. */
  readonly awaySeconds: number | null;
}

export interface ScenarioSource {
  readonly text: string;
  readonly file: string;
}

/** A student's seat, as their token finds it. */
export interface Seated {
  readonly code: string;
  readonly table: number;
  readonly seat: ActorIndex;
  readonly name: string;
}

/** What a class keeps of itself, to be restored after a restart: plain data, saved as JSON. */
export interface SavedClass {
  readonly format: 'parley-class';
  readonly code: string;
  readonly teacherToken: string;
  readonly source: ScenarioSource;
  readonly turnSeconds: number | null;
  readonly awaySeconds: number | null;
  readonly tables: readonly SavedTable[];
  readonly students: readonly (Seated & { readonly token: string })[];
}

/**
 * A finished table's game as a file the app opens (its saved-game format, docs/model.md §7): the record holds the
 * computer players' memories, so it is given out only once the game is over.
 */
export interface GameFile {
  readonly format: 'parley-saved-game';
  readonly version: 2;
  readonly ended: boolean;
  readonly scenario: {
    readonly file: string;
    readonly id: string;
    readonly title: string;
    readonly bundled: true;
    readonly text: string;
  };
  readonly record: GameRecord;
  readonly orders: readonly [];
}

interface HostedClass {
  readonly code: string;
  readonly scenario: Scenario;
  readonly teacherToken: string;
  readonly source: ScenarioSource;
  readonly turnSeconds: number | null;
  readonly awaySeconds: number | null;
  readonly tables: readonly ClassTable[];
}

export class ClassHost {
  private readonly classes = new Map<string, HostedClass>();
  private readonly students = new Map<string, Seated>();
  /** The seats a live connection holds now, and those the default negotiator stood in for since their student left. */
  private readonly connected = new Set<string>();
  private readonly stoodIn = new Set<string>();

  /** `changed` is told the code of a class whose state changed (a seat taken, a draft, a turn ended, a week). */
  constructor(
    private readonly random: (bytes: number) => Uint8Array,
    private readonly changed: (code: string) => void = () => {},
  ) {}

  /** Opens a class: its tables, each its own game (seed, seed + 1, …), a join code and the teacher's token. */
  open(options: ClassOptions): { readonly code: string; readonly teacherToken: string } {
    const actors = publicScenario(options.scenario).actors;
    const unknown = options.humans.find((id) => !actors.some((a) => a.id === id));
    if (unknown !== undefined) throw new Error(`The scenario has no actor "${unknown}".`);
    const seats = Object.fromEntries(actors.map((a) => [a.id, options.humans.includes(a.id) ? HUMAN : options.others]));
    const tables = Array.from({ length: options.tables }, (_, i) =>
      ClassTable.start(options.scenario, options.seed + i, seats),
    );
    let code = this.code();
    while (this.classes.has(code)) code = this.code();
    const teacherToken = this.token();
    const { source, turnSeconds, awaySeconds } = options;
    this.classes.set(code, {
      code,
      scenario: options.scenario,
      teacherToken,
      source,
      turnSeconds,
      awaySeconds,
      tables,
    });
    this.changed(code);
    return { code, teacherToken };
  }

  /** Restores a saved class (its scenario loaded from its source), or says why it cannot be. */
  restore(saved: SavedClass, scenario: Scenario): { readonly tables: number } | { readonly problem: string } {
    const tables: ClassTable[] = [];
    for (const [i, table] of saved.tables.entries()) {
      const resumed = ClassTable.resume(scenario, table);
      if ('problem' in resumed) return { problem: `Table ${i + 1}: ${resumed.problem}` };
      tables.push(resumed);
    }
    // A student's seat must be one of the class's tables' seats for students: a token never opens a computer's seat.
    const misplaced = saved.students.find(
      (s) => s.code !== saved.code || !(tables[s.table]?.humans.includes(s.seat) ?? false),
    );
    if (misplaced) return { problem: `A student's seat is not one of the class's seats for students.` };
    const { code, teacherToken, source, turnSeconds, awaySeconds } = saved;
    this.classes.set(code, { code, scenario, teacherToken, source, turnSeconds, awaySeconds, tables });
    for (const { token, ...seated } of saved.students) this.students.set(token, seated);
    return { tables: tables.length };
  }

  /** How many classes the host keeps. */
  get size(): number {
    return this.classes.size;
  }

  /** The codes of the classes the host keeps. */
  get codes(): string[] {
    return [...this.classes.keys()];
  }

  /** Forgets a class, its students' tokens and seats (another process holds it now). */
  forget(code: string): void {
    this.classes.delete(code);
    for (const [token, seated] of this.students) if (seated.code === code) this.students.delete(token);
    for (const seats of [this.connected, this.stoodIn])
      for (const key of seats) if (key.startsWith(`${code}/`)) seats.delete(key);
  }

  /**
   * A new class's first seed, from the random source: a 32-bit integer low enough that every table's (seed + i) is
   * one too.
   */
  seed(): number {
    return Buffer.from(this.random(4)).readUInt32BE(0) % (2 ** 32 - MAX_TABLES);
  }

  /** What the class keeps of itself now. */
  saved(code: string): SavedClass | null {
    const hosted = this.classes.get(code);
    if (!hosted) return null;
    return {
      format: 'parley-class',
      code,
      teacherToken: hosted.teacherToken,
      source: hosted.source,
      turnSeconds: hosted.turnSeconds,
      awaySeconds: hosted.awaySeconds,
      tables: hosted.tables.map((t) => t.save()),
      students: [...this.students].flatMap(([token, seated]) => (seated.code === code ? [{ ...seated, token }] : [])),
    };
  }

  /**
   * Seats a student who gave `code` and `name` at the first free seat (tables in order, seats in the scenario's
   * order), or says why not. The name is untrusted text: see cleanName.
   */
  join(code: string, name: string): { readonly token: string; readonly seated: Seated } | { readonly refused: string } {
    const hosted = this.classes.get(code.trim().toUpperCase());
    if (!hosted) return { refused: 'No class has this code.' };
    const taken = [...this.students.values()].filter((s) => s.code === hosted.code);
    for (const [table, game] of hosted.tables.entries()) {
      const seat = game.humans.find((h) => !taken.some((s) => s.table === table && s.seat === h));
      if (seat === undefined) continue;
      const token = this.token();
      const seated: Seated = { code: hosted.code, table, seat, name: cleanName(name) };
      this.students.set(token, seated);
      this.changed(hosted.code);
      return { token, seated };
    }
    return { refused: 'Every seat in this class is taken.' };
  }

  /** The seat a token was given, if any. */
  seatOf(token: string): Seated | null {
    return this.students.get(token) ?? null;
  }

  table(code: string, index: number): ClassTable | null {
    return this.classes.get(code)?.tables[index] ?? null;
  }

  /** A seated student's draft (ClassTable.draft). */
  draft(seated: Seated, orders: readonly unknown[]): DraftRefused | null {
    const table = this.table(seated.code, seated.table);
    if (!table) return { why: 'not_a_draft' };
    const refused = table.draft(seated.seat, orders);
    if (!refused) this.changed(seated.code);
    return refused;
  }

  /**
   * The class as its teacher sees it (the teacher's token, or null for any other): every table's public facts, and
   * the name of the student at each seat (null while nobody has taken it).
   */
  overview(code: string, teacherToken: string): Omit<ClassOverview, 'addresses'> | null {
    const hosted = this.classes.get(code);
    if (!hosted || !sameToken(teacherToken, hosted.teacherToken)) return null;
    const students = [...this.students.values()].filter((s) => s.code === code);
    return {
      code,
      title: hosted.scenario.title,
      unit: publicScenario(hosted.scenario).turns.unit,
      joinPath: `/?join=${code}`,
      tables: hosted.tables.map((table, index) => {
        const overview = table.overview();
        return {
          index,
          ...overview,
          seats: overview.seats.map((s) => {
            const student = students.find((t) => t.table === index && t.seat === s.seat)?.name ?? null;
            const key = seatKey(code, index, s.seat);
            return {
              ...s,
              student,
              connected: this.connected.has(key),
              away: student === null || this.stoodIn.has(key),
            };
          }),
        };
      }),
    };
  }

  /**
   * A table's game as a file the app opens (the teacher's token only), named `<scenario>-<code>-table-<n>.json`:
   * refused while the game goes on, as its record holds the computer players' memories.
   */
  gameFile(
    code: string,
    teacherToken: string,
    index: number,
  ): { readonly name: string; readonly file: GameFile } | { readonly refused: 'token' | 'table' | 'not_over' } {
    const hosted = this.classes.get(code);
    if (!hosted || !sameToken(teacherToken, hosted.teacherToken)) return { refused: 'token' };
    const table = Number.isInteger(index) ? hosted.tables[index] : undefined;
    if (!table) return { refused: 'table' };
    if (!table.over) return { refused: 'not_over' };
    const { id, title } = hosted.scenario;
    return {
      name: `${id}-${code}-table-${index + 1}.json`,
      file: {
        format: 'parley-saved-game',
        version: 2,
        ended: true,
        // The app opens its own copy of a bundled scenario of this file name, else the text carried here.
        scenario: { file: hosted.source.file, id, title, bundled: true, text: hosted.source.text },
        record: table.save().record,
        orders: [],
      },
    };
  }

  /**
   * Whether a live connection holds a seat now (the table's room says so as connections come and go). A student's
   * return ends the default negotiator's standing in for them.
   */
  present(code: string, table: number, seat: ActorIndex, connected: boolean): void {
    const key = seatKey(code, table, seat);
    if (connected) {
      this.connected.add(key);
      this.stoodIn.delete(key);
    } else this.connected.delete(key);
  }

  /**
   * Frees a seat for another student (its teacher only, by the teacher's token): the token that held it no longer
   * does. Says whether a student held it.
   */
  freeSeat(
    code: string,
    teacherToken: string,
    table: number,
    seat: number,
    student?: string,
  ): boolean | { readonly refused: string } | null {
    const hosted = this.classes.get(code);
    if (!hosted || !sameToken(teacherToken, hosted.teacherToken)) return null;
    const game = hosted.tables[table];
    if (game?.over) return { refused: `Table ${table + 1}'s game is over: its seats stay with their students.` };
    const held = [...this.students].filter(([, s]) => s.code === code && s.table === table && s.seat === seat);
    // The teacher's view may be a moment old: a seat is freed only from the student the teacher saw there.
    if (student !== undefined && held.some(([, s]) => s.name !== student))
      return { refused: 'Another student has taken this seat since: look again before freeing it.' };
    // The next student starts the week afresh: the freed student's draft and ended turn are not theirs.
    if (held.length > 0) game?.clearSeat(seat as ActorIndex);
    for (const [token] of held) this.students.delete(token);
    this.stoodIn.delete(seatKey(code, table, seat));
    if (held.length > 0) this.changed(code);
    return held.length > 0;
  }

  /** How long a turn of the class lasts, in seconds, or null. */
  turnSeconds(code: string): number | null {
    return this.classes.get(code)?.turnSeconds ?? null;
  }

  /** How long a student of the class may be away, in seconds, before the default negotiator plays their seat. */
  awaySeconds(code: string): number | null {
    return this.classes.get(code)?.awaySeconds ?? null;
  }

  /** The default negotiator plays a seat this week, its student being away (ClassTable.standIn): what changed. */
  standIn(code: string, table: number, seat: ActorIndex): 'played' | 'ended' | 'unchanged' {
    const changed = this.table(code, table)?.standIn(seat) ?? 'unchanged';
    if (changed !== 'unchanged') {
      this.stoodIn.add(seatKey(code, table, seat));
      this.changed(code);
    }
    return changed;
  }

  /** Plays a table's week with the drafts as they stand (its turn's time ran out). */
  playTheWeek(code: string, table: number): void {
    this.table(code, table)?.playTheWeek();
    this.changed(code);
  }

  /** A seated student ends their turn (ClassTable.endTurn): what changed. */
  endTurn(seated: Seated): 'played' | 'ended' | 'unchanged' {
    const changed = this.table(seated.code, seated.table)?.endTurn(seated.seat) ?? 'unchanged';
    if (changed !== 'unchanged') this.changed(seated.code);
    return changed;
  }

  private code(): string {
    return [...this.random(CODE_LENGTH)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  }

  private token(): string {
    return Buffer.from(this.random(24)).toString('base64url');
  }
}

const seatKey = (code: string, table: number, seat: number) => `${code}/${table}/${seat}`;

/** Whether two tokens are the same, in a time that does not depend on where they differ. */
function sameToken(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A name as the class shows it: no control or direction-changing characters, trimmed, at most NAME_LIMIT long. */
export function cleanName(name: string): string {
  const plain = [...name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, NAME_LIMIT).join('');
  return plain === '' ? 'A student' : plain;
}
