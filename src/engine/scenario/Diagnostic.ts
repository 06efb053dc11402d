/**
 * A problem found in a scenario file, always with a position, a stable code
 * and a plain-language hint (see docs/diagnostics.md for the catalogue).
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code} ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
