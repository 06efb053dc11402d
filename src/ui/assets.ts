/**
 * The manifest of assets/: every file under it that the game uses is imported
 * here and nowhere else, so a missing or renamed file fails the build, and
 * the rest of the code asks for an asset by name. Vite's `?url` turns each
 * import into the URL of the emitted, content-hashed file (no network beyond
 * the game's own origin).
 */
import inter400 from '../../assets/fonts/inter-latin-400-normal.woff2?url';
import inter600 from '../../assets/fonts/inter-latin-600-normal.woff2?url';
import inter700 from '../../assets/fonts/inter-latin-700-normal.woff2?url';

export interface FontFile {
  readonly weight: 400 | 600 | 700;
  readonly url: string;
}

export interface UiFont {
  /** The family name app.css puts first in its font-family. */
  readonly family: string;
  readonly files: readonly FontFile[];
  /** What the files cover (Fontsource's Latin subset); the browser takes other characters from the system fonts. */
  readonly unicodeRange: string;
}

/** Inter (SIL Open Font License 1.1, assets/fonts/inter-OFL.txt), from @fontsource/inter. */
export const UI_FONT: UiFont = {
  family: 'Inter',
  files: [
    { weight: 400, url: inter400 },
    { weight: 600, url: inter600 },
    { weight: 700, url: inter700 },
  ],
  unicodeRange:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
};

/** Every emblem in assets/emblems/ (flags and crests, assets/README.md), by its path here. */
const EMBLEMS = import.meta.glob<string>('../../assets/emblems/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The URL of an actor's emblem (its file name in assets/emblems/, as a scenario's `emblem:` gives it), or null. */
export function emblemUrl(file: string): string | null {
  return EMBLEMS[`../../assets/emblems/${file}`] ?? null;
}
