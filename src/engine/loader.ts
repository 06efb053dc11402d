/**
 * The engine's readers of what a person opens: a scenario's YAML (→ shape →
 * references → compiled form, or diagnostics with file:line:col) and a saved
 * game's JSON. They need the YAML parser and the schema library, so they are
 * an entry point of their own, which the app loads only when a file or a
 * save is opened; everything else is in ./index. Authoring tools get both
 * through ./authoring.
 */
import { handleOf } from './api/Scenario';
import type { LoadResult } from './index';
import { loadScenario as load, type LoadOptions } from './scenario/loadScenario';

export { parseRecord } from './replay/parseRecord';

/** YAML text or bytes → a scenario, or diagnostics with file:line:col, a stable code and a hint. */
export function loadScenario(source: string | Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  const loaded = load(source, file, options);
  return loaded.ok ? { ...loaded, scenario: handleOf(loaded.scenario) } : loaded;
}
