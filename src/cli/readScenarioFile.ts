/**
 * A scenario file as text, or the diagnostic that says why it cannot be
 * read: the one reader of `npm run scenario`, `sim` and `balance`, so each
 * refuses the same files with the same words.
 */
import { decodeScenarioBytes, diagnostic, MAX_SCENARIO_CHARS, type Diagnostic } from '../engine/authoring';
import { readRegularFile } from './readRegularFile';

/** Enough bytes for the loader to refuse a file as too large without reading all of it. */
const MAX_READ_BYTES = 3 * MAX_SCENARIO_CHARS + 1;

export type ScenarioFileRead =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

export function readScenarioFile(file: string): ScenarioFileRead {
  const read = readRegularFile(file, MAX_READ_BYTES);
  if (!read.ok)
    return { ok: false, diagnostic: diagnostic(file, { line: 1, col: 1 }, 'FILE_UNREADABLE', read.message, read.hint) };
  return decodeScenarioBytes(read.bytes, file);
}
