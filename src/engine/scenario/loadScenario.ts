/**
 * The one scenario loader, shared by the game, the CLI and the tests:
 * text (or bytes) → YAML → shape → references and semantics → compiled form.
 * It never throws for a user's mistake: it returns diagnostics instead.
 */
import type { Diagnostic } from './Diagnostic';
import type { CompiledScenario } from './CompiledScenario';
import { compileScenario } from './compileScenario';
import { decodeScenarioBytes } from './decodeScenarioBytes';
import { parseScenarioYaml } from './parseScenarioYaml';
import { sortDiagnostics, validateScenarioShape } from './validateScenarioShape';

export type LoadResult =
  | { readonly ok: true; readonly scenario: CompiledScenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface LoadOptions {
  /** Overrides of the scenario's named params, e.g. for a balance sweep. */
  readonly params?: Readonly<Record<string, number>>;
  /** The files in assets/emblems/, to check each actor's `emblem` against (the lint passes them). */
  readonly emblems?: ReadonlySet<string>;
}

export function loadScenario(source: string | Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const decoded = decodeScenarioBytes(source, file);
    if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
    text = decoded.text;
  }
  const parsed = parseScenarioYaml(text, file);
  if (!parsed.ok) return parsed;
  const shaped = validateScenarioShape(parsed.data, file, parsed.sourceMap);
  if (!shaped.ok) return shaped;
  const compiled = compileScenario(shaped.scenario, {
    file,
    sourceMap: parsed.sourceMap,
    ...(options.params ? { params: options.params } : {}),
    ...(options.emblems ? { emblems: options.emblems } : {}),
  });
  return { ...compiled, diagnostics: sortDiagnostics(compiled.diagnostics) };
}
