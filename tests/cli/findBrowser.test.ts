/**
 * The search for Chromium or Chrome that the browser tests and the benchmark
 * share, on a made-up disk: CHROME_PATH first, then the usual places in
 * order, and one line saying how to install a browser when there is none.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_PLACES, findBrowser, isExecutableFile, NO_BROWSER } from '../../src/cli/findBrowser';

const disk =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('findBrowser', () => {
  it('takes CHROME_PATH when it names an executable, before any usual place', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, disk('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual(
      { path: '/opt/chrome/chrome' },
    );
  });

  it('reports a CHROME_PATH that is not there instead of falling back to another browser', () => {
    const found = findBrowser({ CHROME_PATH: '/nowhere/chrome' }, disk('/usr/bin/chromium'));
    expect(found).toEqual({ problem: expect.stringContaining('CHROME_PATH is /nowhere/chrome') });
  });

  it('searches the usual Linux and macOS places in order when CHROME_PATH is unset or empty', () => {
    expect(findBrowser({}, disk('/usr/bin/google-chrome', '/snap/bin/chromium'))).toEqual({
      path: '/usr/bin/google-chrome',
    });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ CHROME_PATH: '' }, disk(mac))).toEqual({ path: mac });
    for (const place of BROWSER_PLACES) expect(findBrowser({}, disk(place))).toEqual({ path: place });
  });

  it('without any browser, says in one line how to install one or set CHROME_PATH', () => {
    expect(findBrowser({}, disk())).toEqual({ problem: NO_BROWSER });
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/apt-get install chromium.*CHROME_PATH/);
  });

  it('counts only executable files as a browser', () => {
    expect(isExecutableFile(process.execPath)).toBe(true);
    expect(isExecutableFile(import.meta.dirname)).toBe(false);
    expect(isExecutableFile(import.meta.filename)).toBe(false);
  });
});
