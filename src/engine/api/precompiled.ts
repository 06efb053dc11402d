/**
 * A scenario as plain data: the validated content the compile stage starts
 * from (docs/architecture.md, "How a scenario file is read") and what the
 * loader said of the file (its warnings, with their positions), without the
 * YAML parser or the schema library that produced them. The build
 * precompiles bundled scenarios this way, and a game's scenario reaches the
 * engine worker this way. It is trusted data, made by the loader: a file a
 * person opens goes through the loader, never through this.
 */
import type { SourceMap } from '../scenario/parseScenarioYaml';
import { compileScenario, type CompileResult } from '../scenario/compileScenario';
import type { ScenarioInput } from '../scenario/scenarioSchema';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { Diagnostic } from '../scenario/Diagnostic';

declare const validated: unique symbol;

/** JSON-safe: what JSON.stringify writes, JSON.parse or structuredClone gives back unchanged. */
export interface PrecompiledScenario {
  readonly file: string;
  readonly input: { readonly [validated]: true };
  /** What the loader reported when it read the file: warnings only, since it compiled. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The compile stage points its diagnostics into no file here: the loader's, kept above, have the positions. */
const NO_POSITIONS: SourceMap = {
  position: () => ({ line: 1, col: 1 }),
  positionInString: () => ({ line: 1, col: 1 }),
};

export function precompiledOf(scenario: CompiledScenario, diagnostics: readonly Diagnostic[]): PrecompiledScenario {
  return { file: scenario.file, input: scenario.input as unknown as PrecompiledScenario['input'], diagnostics };
}

/** The same compiled scenario the loader gave, and the same diagnostics. */
export function compilePrecompiled(precompiled: PrecompiledScenario): CompileResult {
  const input = precompiled.input as unknown as ScenarioInput;
  const compiled = compileScenario(input, { file: precompiled.file, sourceMap: NO_POSITIONS });
  return compiled.ok ? { ...compiled, diagnostics: precompiled.diagnostics } : compiled;
}
