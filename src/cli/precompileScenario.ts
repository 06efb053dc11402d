/**
 * A bundled scenario, precompiled for the app (docs/bundle.md): its text read
 * by the engine's loader, given back as its catalogue entry and its
 * validated content (PrecompiledScenario), plain data that the app compiles
 * without the YAML parser or the schema library. The build calls this for
 * `scenarios/<id>.yaml?summary` and `?precompiled` imports (vite.config.ts).
 * A scenario with errors throws ScenarioHasErrors, whose message lists its
 * diagnostics as `npm run scenario -- lint` prints them (the build stops with
 * it; `npm run dev` shows them in the page instead); its warnings travel with it.
 */
import { formatDiagnostic, precompiledOf, type Diagnostic, type PrecompiledScenario } from '../engine/index';
import { loadScenario } from '../engine/loader';

export interface ScenarioSummary {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** A scenario the loader refuses, with its diagnostics as data. */
export class ScenarioHasErrors extends Error {
  constructor(
    file: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(`${file} has errors:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  }
}

export function precompileScenario(
  text: string,
  file: string,
): { readonly summary: ScenarioSummary; readonly precompiled: PrecompiledScenario } {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new ScenarioHasErrors(file, loaded.diagnostics);
  const { id, title, summary } = loaded.scenario;
  return { summary: { file, id, title, summary }, precompiled: precompiledOf(loaded.scenario, loaded.diagnostics) };
}
