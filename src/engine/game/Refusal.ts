/**
 * Why an order is refused: a stable code (one per meaning), the lever,
 * option, package, pressure or actor at fault as data, and a plain-language
 * message written from those fields by formatRefusal (src/engine/text).
 * The rules are in docs/model.md §3.1.
 */
export const REFUSAL_CODES = [
  'MALFORMED_ACTION',
  'GAME_OVER',
  'NOT_YOUR_SEAT',
  'NOT_ENOUGH_POINTS',
  'LAST_WEEK',
  'EMPTY_PACKAGE',
  'DUPLICATE_LEVER',
  'LEVER_CLOSED',
  'LEVER_SETTLED',
  'STATUS_QUO_CLAUSE',
  'NOT_A_PROPOSER',
  'LEVER_IN_PLAY',
  'BAD_COPY',
  'NO_SUCH_PACKAGE',
  'OWN_PACKAGE',
  'NOT_A_PARTY',
  'ALREADY_ANSWERED',
  'EMPTY_MEETING',
  'BAD_MEETING',
  'MEETING_RESTRICTED',
  'NOT_A_SIGNATORY',
  'EMPTY_RED_LINE',
  'RED_LINE_STATUS_QUO',
  'RED_LINE_ALL',
  'NOT_YOUR_PRESSURE',
  'ALREADY_ORDERED',
  'COOLDOWN',
  'CONDITION_FAILS',
  'NOTHING_TO_DO',
  'NO_CLAUSE',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** The facts a refusal is about; which ones are set depends on the code. */
export interface RefusalFacts {
  readonly actor?: number;
  readonly lever?: number;
  readonly option?: number;
  readonly package?: string;
  readonly pressure?: number;
  /** The clause at fault, by its position in the package. */
  readonly clause?: number;
  /** The meeting rule that forbids a meeting, by its position in the scenario. */
  readonly rule?: number;
  readonly cost?: number;
  readonly left?: number;
  /** For COOLDOWN: the first week the pressure may be used again. */
  readonly readyWeek?: number;
  /** For NOTHING_TO_DO: the kind of action (Action['type']); for LEVER_SETTLED, the statement's, when one is refused. */
  readonly kind?: string;
  /** For MALFORMED_ACTION: which part of the order is malformed. */
  readonly part?: string;
}

export interface Refusal extends RefusalFacts {
  readonly code: RefusalCode;
  readonly message: string;
}
