/**
 * The self-hosted UI font: the files under assets/fonts are exactly those the
 * manifest names, each byte for byte the file of the pinned @fontsource/inter
 * package (so the devDependency records where they came from, and an update
 * cannot half-happen), with the font's license beside them; and app.css asks
 * for the manifest's family first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_FONT } from '../../src/ui/assets';

const ROOT = resolve(import.meta.dirname, '../..');
const FONTS = resolve(ROOT, 'assets/fonts');
const PACKAGE = resolve(ROOT, 'node_modules/@fontsource/inter');

describe('the UI font', () => {
  it('the manifest names every font file in assets/fonts, and only those', () => {
    const named = UI_FONT.files.map((f) => basename(f.url));
    expect(named.sort()).toEqual(readdirSync(FONTS).filter((f) => f.endsWith('.woff2')));
    expect(UI_FONT.files.map((f) => f.weight)).toEqual([400, 600, 700]);
  });

  it('the files are those of the pinned @fontsource/inter, with its license', () => {
    const pinned = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).devDependencies['@fontsource/inter'];
    expect(JSON.parse(readFileSync(resolve(PACKAGE, 'package.json'), 'utf8')).version).toBe(pinned);
    for (const file of readdirSync(FONTS).filter((f) => f.endsWith('.woff2'))) {
      expect(readFileSync(resolve(FONTS, file)).equals(readFileSync(resolve(PACKAGE, 'files', file))), file).toBe(true);
    }
    expect(readFileSync(resolve(FONTS, 'inter-OFL.txt'), 'utf8')).toBe(
      readFileSync(resolve(PACKAGE, 'LICENSE'), 'utf8'),
    );
  });

  it("app.css puts the manifest's family first, before the system fonts", () => {
    const css = readFileSync(resolve(ROOT, 'src/ui/app.css'), 'utf8');
    const first = /font-family:\s*([^,;]+)/.exec(css)?.[1]?.trim().replace(/['"]/g, '');
    expect(first).toBe(UI_FONT.family);
  });
});
