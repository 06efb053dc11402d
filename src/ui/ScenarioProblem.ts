/**
 * A scenario in `scenarios/` that has errors while `npm run dev` serves the
 * game (docs/authoring.md, "Play it in the browser"): vite.config.ts sends
 * the list whenever it changes, and scenarioProblemsPanel shows it.
 */
import type { Diagnostic } from '../engine/index';

export interface ScenarioProblem {
  /** Its path from the project's folder, as the author's editor names it. */
  readonly file: string;
  /** Whether its last version without errors is in the game meanwhile (false: it is left out of the list until fixed). */
  readonly running: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    /** Server → page: every scenario that has errors now (an empty list when none has). */
    'parley:scenario-problems': readonly ScenarioProblem[];
    /** Page → server: send me the list (a page that has just loaded asks once). */
    'parley:scenario-problems-wanted': null;
  }
}
