/**
 * Finds the Chromium or Chrome that the browser tests and the time-to-first-
 * screen benchmark drive: CHROME_PATH when set, else the usual install places
 * on Linux and macOS. The file check is a parameter, so the search can be
 * tested against a made-up disk.
 */
import { accessSync, constants, statSync } from 'node:fs';

/** Where Chromium or Chrome usually lives, searched in this order. */
export const BROWSER_PLACES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The flags the browser tests and the benchmark launch it with: Phaser's WebGL
 * renders through SwiftShader, and nothing reaches for the network. Never add
 * --disable-software-rasterizer: WebGL then silently falls back or fails.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_BROWSER =
  'Browser tests need Chromium or Chrome: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.';

export type BrowserSearch = { readonly path: string } | { readonly problem: string };

/** An executable regular file. */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROME_PATH, when set, is the only candidate: a wrong one is reported rather
 * than silently replaced by another browser found on the disk.
 */
export function findBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
): BrowserSearch {
  const chosen = env['CHROME_PATH'];
  if (chosen) {
    return isExecutable(chosen)
      ? { path: chosen }
      : { problem: `CHROME_PATH is ${chosen}, which is not an executable file: point it at Chromium or Chrome.` };
  }
  const found = BROWSER_PLACES.find(isExecutable);
  return found === undefined ? { problem: NO_BROWSER } : { path: found };
}
