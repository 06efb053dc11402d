/**
 * The first bytes of a file a person names on the command line, or why it
 * cannot be read, in words. Only a regular file is read: a folder, a device
 * such as /dev/zero, a pipe or a socket is refused before anything is read
 * (reading one may never end), and no more than `maxBytes` are read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type FileRead =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly complete: boolean }
  | { readonly ok: false; readonly message: string; readonly hint: string };

// Opening a pipe that has no writer waits for one unless the open does not block (no effect on a regular file).
const READ_NOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readRegularFile(file: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(file, READ_NOW);
  } catch (error) {
    return refused(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return refused({ code: 'EISDIR' });
    if (!stat.isFile())
      return {
        ok: false,
        message: 'This is not a regular file (it is a device, a pipe or a socket).',
        hint: 'Name a .yaml file saved on disk.',
      };
    const buffer = new Uint8Array(Math.min(maxBytes, stat.size));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buffer.subarray(0, length), complete: stat.size <= maxBytes };
  } catch (error) {
    return refused(error);
  } finally {
    closeSync(fd);
  }
}

function refused(error: unknown): FileRead & { ok: false } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, message: 'No such file.', hint: 'Check the file name and its folder.' };
  if (code === 'EISDIR') return { ok: false, message: 'This is a folder.', hint: 'Name a .yaml file in it.' };
  if (code === 'EACCES' || code === 'EPERM')
    return { ok: false, message: 'You may not read this file.', hint: 'Check its permissions.' };
  return {
    ok: false,
    message: `Cannot read the file (${code ?? 'unknown error'}).`,
    hint: 'Check the file name and that the file can be opened.',
  };
}
