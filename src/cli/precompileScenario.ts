/**
 * A bundled scenario, precompiled for the app (docs/bundle.md): its text read
 * by the engine's loader, given back as its catalogue entry and its
 * validated content (PrecompiledScenario), plain data that the app compiles
 * without the YAML parser or the schema library. The build calls this for
 * `scenarios/<id>.yaml?summary` and `?precompiled` imports (vite.config.ts).
 * A scenario with errors stops the build, with its diagnostics as
 * `npm run scenario -- lint` prints them; its warnings travel with it.
 */
import { formatDiagnostic, precompiledOf, type PrecompiledScenario } from '../engine/index';
import { loadScenario } from '../engine/loader';

export interface ScenarioSummary {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

export function precompileScenario(
  text: string,
  file: string,
): { readonly summary: ScenarioSummary; readonly precompiled: PrecompiledScenario } {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file} has errors:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`);
  const { id, title, summary } = loaded.scenario;
  return { summary: { file, id, title, summary }, precompiled: precompiledOf(loaded.scenario, loaded.diagnostics) };
}
