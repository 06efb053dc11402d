import type { DiagnosticCode } from './Diagnostic';
import type { PathSegment } from './parseScenarioYaml';

/** Reports a problem at `path` (or at its key); the severity is the code's. */
export type Report = (
  code: DiagnosticCode,
  path: readonly PathSegment[],
  message: string,
  hint: string,
  atKey?: boolean,
) => void;
