/**
 * A problem found in a scenario file, always with a position, a stable code
 * and a plain-language hint (see docs/diagnostics.md for the catalogue).
 */
import { EXPR_ERROR_CODES, type ExprErrorCode } from '../expr/ExprError';

export type Severity = 'error' | 'warning';

/**
 * Every code the loader reports besides the expression compiler's, each with
 * its severity: the one list that the `DiagnosticCode` type, the producers
 * and the test of docs/diagnostics.md share. One code per meaning; never
 * rename one (tools key on them), add a new one instead.
 */
const LOADER_CODES = {
  // The file
  FILE_TOO_LARGE: 'error',
  FILE_BOM: 'error',
  FILE_NOT_UTF8: 'error',
  FILE_BINARY: 'error',
  FILE_UNREADABLE: 'error',
  // YAML
  YAML_EMPTY: 'error',
  YAML_SYNTAX: 'error',
  YAML_INDENT: 'error',
  YAML_DUPLICATE_KEY: 'error',
  YAML_ALIAS: 'error',
  YAML_TAG: 'error',
  YAML_MULTIPLE_DOCUMENTS: 'error',
  YAML_ROOT_NOT_MAP: 'error',
  YAML_KEY: 'error',
  YAML_TOO_DEEP: 'error',
  // Shape
  SCHEMA_MISSING: 'error',
  SCHEMA_TYPE: 'error',
  SCHEMA_UNKNOWN_KEY: 'error',
  SCHEMA_VALUE: 'error',
  SCHEMA_RANGE: 'error',
  SCHEMA_FORMAT: 'error',
  SCHEMA_ID: 'error',
  // Names and references
  ID_FILE_MISMATCH: 'error',
  ID_DUPLICATE: 'error',
  ID_SHARED: 'error',
  REF_ACTOR: 'error',
  REF_LEVER: 'error',
  REF_OPTION: 'error',
  LEADS_TO_BACK: 'error',
  REF_SOURCE: 'error',
  REF_ENDING: 'error',
  REF_VALUE: 'error',
  REF_PARAM: 'error',
  TRUST_SELF: 'error',
  EMBLEM_MISSING: 'error',
  // Preferences and ranges
  WEIGHTS_SUM: 'error',
  VALUES_MISSING: 'error',
  LINK_SHAPE: 'error',
  RANGE_ORDER: 'error',
  INITIAL_OUT_OF_RANGE: 'error',
  HORIZON_TOO_SHORT: 'error',
  RV_NOT_FINITE: 'error',
  PACKAGE_SPACE: 'error',
  // Rules, events and endings
  PRESSURE_NO_COST: 'error',
  EVENT_TIMING: 'error',
  ENDING_DEFAULT: 'error',
  ENDING_CONDITION: 'error',
  ENDING_AT_START: 'error',
  EFFECT_OPEN_AND_BREAK: 'error',
  EARLY_END_WEEK: 'error',
  // Provenance
  PROVENANCE_MISSING: 'error',
  QUOTE_NOT_IN_SOURCE: 'error',
  // Warnings: the scenario still loads
  BRIEFING_LENGTH: 'warning',
  SUMMARY_LENGTH: 'warning',
  LEVER_NEVER_OPENS: 'warning',
  RV_FAR_FROM_STATUS_QUO: 'warning',
  RULE_READS_HIDDEN_RED_LINE: 'warning',
} as const satisfies Record<string, Severity>;

type LoaderCode = keyof typeof LOADER_CODES;

/** A stable diagnostic code: one of the loader's or one of the expression compiler's (always errors). */
export type DiagnosticCode = LoaderCode | ExprErrorCode;

/** Every code, the loader's first, then the expression compiler's. */
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  ...(Object.keys(LOADER_CODES) as LoaderCode[]),
  ...EXPR_ERROR_CODES,
];

export function severityOf(code: DiagnosticCode): Severity {
  return Object.hasOwn(LOADER_CODES, code) ? LOADER_CODES[code as LoaderCode] : 'error';
}

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
}

/** A diagnostic whose severity is its code's. */
export function diagnostic(
  file: string,
  at: { readonly line: number; readonly col: number },
  code: DiagnosticCode,
  message: string,
  hint: string,
): Diagnostic {
  return { file, line: at.line, col: at.col, code, severity: severityOf(code), message, hint };
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code} ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/**
 * How many diagnostics a list shows, in the terminal and in the browser: a
 * file with 10,000 misspelt names would otherwise print 20,000 lines, and the
 * first few problems are the ones to fix first.
 */
export const MAX_LISTED_DIAGNOSTICS = 50;

/** The diagnostics a list shows, and the words for the rest ('' when none is left out). */
export function listedDiagnostics(list: readonly Diagnostic[]): {
  readonly shown: readonly Diagnostic[];
  readonly notShown: string;
} {
  const rest = list.length - MAX_LISTED_DIAGNOSTICS;
  return {
    shown: rest > 0 ? list.slice(0, MAX_LISTED_DIAGNOSTICS) : list,
    notShown: rest > 0 ? `and ${rest.toLocaleString('en')} more not shown` : '',
  };
}

/** A list as the command line prints it: each diagnostic with its hint, the first MAX_LISTED_DIAGNOSTICS, then `file: and N more not shown`. */
export function formatDiagnostics(list: readonly Diagnostic[]): string {
  const { shown, notShown } = listedDiagnostics(list);
  const lines = shown.map(formatDiagnostic);
  if (notShown) lines.push(`${list[0]!.file}: ${notShown}`);
  return lines.join('\n');
}
