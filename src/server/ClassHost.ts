/**
 * The classes a server hosts (docs/classroom.md): each has a join code, a
 * teacher's token and its tables; each student who joins is given a seat at
 * a table and a session token of ours, which gets the same seat back after a
 * dropped connection or a restart. Codes and tokens come from `random`
 * (the server's cryptographic source): a code is 6 characters of an alphabet
 * with no look-alikes (32⁶, about 10⁹), so a class's code cannot be found by
 * trying codes at the rate the server allows.
 */
import { HUMAN, publicScenario, type ActorIndex, type Scenario } from '../engine/index';
import { ClassTable } from './ClassTable';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
/** The longest name a student may give; longer ones are cut. */
export const NAME_LIMIT = 40;

export interface ClassOptions {
  readonly scenario: Scenario;
  readonly tables: number;
  /** The actors students play (ids); every other seat is played by `others`. */
  readonly humans: readonly string[];
  /** The policy of the seats no student plays (default: the default negotiator). */
  readonly others: string;
  readonly seed: number;
}

/** A student's seat, as their token finds it. */
export interface Seated {
  readonly code: string;
  readonly table: number;
  readonly seat: ActorIndex;
  readonly name: string;
}

interface HostedClass {
  readonly code: string;
  readonly teacherToken: string;
  readonly tables: readonly ClassTable[];
  /** Who sits where: table → seat → token. */
  readonly taken: Map<number, Map<ActorIndex, string>>;
}

export class ClassHost {
  private readonly classes = new Map<string, HostedClass>();
  private readonly students = new Map<string, Seated>();

  constructor(private readonly random: (bytes: number) => Uint8Array) {}

  /** Opens a class: its tables, each its own game (seed, seed + 1, …), a join code and the teacher's token. */
  open(options: ClassOptions): { readonly code: string; readonly teacherToken: string } {
    const actors = publicScenario(options.scenario).actors;
    const unknown = options.humans.find((id) => !actors.some((a) => a.id === id));
    if (unknown !== undefined) throw new Error(`The scenario has no actor "${unknown}".`);
    const seats = Object.fromEntries(actors.map((a) => [a.id, options.humans.includes(a.id) ? HUMAN : options.others]));
    const tables = Array.from(
      { length: options.tables },
      (_, i) => new ClassTable(options.scenario, options.seed + i, seats),
    );
    let code = this.code();
    while (this.classes.has(code)) code = this.code();
    const teacherToken = this.token();
    this.classes.set(code, { code, teacherToken, tables, taken: new Map() });
    return { code, teacherToken };
  }

  /**
   * Seats a student who gave `code` and `name` at the first free seat (tables in order, seats in the scenario's
   * order), or says why not. The name is untrusted text: see cleanName.
   */
  join(code: string, name: string): { readonly token: string; readonly seated: Seated } | { readonly refused: string } {
    const hosted = this.classes.get(code.trim().toUpperCase());
    if (!hosted) return { refused: 'No class has this code.' };
    for (const [table, game] of hosted.tables.entries()) {
      const taken = hosted.taken.get(table) ?? new Map<ActorIndex, string>();
      const seat = game.humans.find((h) => !taken.has(h));
      if (seat === undefined) continue;
      const token = this.token();
      const seated: Seated = { code: hosted.code, table, seat, name: cleanName(name) };
      taken.set(seat, token);
      hosted.taken.set(table, taken);
      this.students.set(token, seated);
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

  isTeacher(code: string, token: string): boolean {
    return this.classes.get(code)?.teacherToken === token;
  }

  private code(): string {
    return [...this.random(CODE_LENGTH)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  }

  private token(): string {
    return Buffer.from(this.random(24)).toString('base64url');
  }
}

/** A name as the class shows it: no control or direction-changing characters, trimmed, at most NAME_LIMIT long. */
export function cleanName(name: string): string {
  const plain = [...name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, NAME_LIMIT).join('');
  return plain === '' ? 'A student' : plain;
}
