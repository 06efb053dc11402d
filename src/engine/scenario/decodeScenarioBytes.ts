/**
 * Bytes from a file → text, refusing what is not clean UTF-8 with a position
 * (the engine has no TextDecoder: it runs with no DOM or Node types).
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from './Diagnostic';
import { MAX_SCENARIO_CHARS } from './parseScenarioYaml';

export type DecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

export function decodeScenarioBytes(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (offset: number, code: DiagnosticCode, message: string, hint: string): DecodeResult => ({
    ok: false,
    diagnostic: diagnostic(file, lineColOfByte(bytes, offset), code, message, hint),
  });
  // Each UTF-16 unit takes at most 3 bytes, so more bytes than this cannot fit the character limit: refuse before decoding.
  if (bytes.length > 3 * MAX_SCENARIO_CHARS) {
    return fail(
      0,
      'FILE_TOO_LARGE',
      `The file has ${bytes.length} bytes; a scenario may have at most ${MAX_SCENARIO_CHARS} characters.`,
      'A scenario is a text file of a few dozen kilobytes; check that this is the right file.',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail(
      0,
      'FILE_BOM',
      'The file starts with a byte-order mark.',
      'Save the file as UTF-8 without BOM (most editors have this option).',
    );
  }
  const chars: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let cp = length === 1 ? b : length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        cp = -1;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    const tooSmall = (length === 3 && cp < 0x800) || (length === 4 && cp < 0x10000);
    if (length === 0 || cp < 0 || tooSmall || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return fail(
        i,
        'FILE_NOT_UTF8',
        'The file is not valid UTF-8 text.',
        'Save it as UTF-8 from your editor; this may also be a binary file.',
      );
    }
    chunk.push(cp);
    if (chunk.length >= 4096) {
      chars.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += length;
  }
  chars.push(String.fromCodePoint(...chunk));
  return { ok: true, text: chars.join('') };
}

function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      col = 1;
    } else if ((bytes[i]! & 0xc0) !== 0x80) col++;
  }
  return { line, col };
}
