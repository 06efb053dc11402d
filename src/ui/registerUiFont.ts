/**
 * Registers the UI font with the page through the CSS Font Loading API rather
 * than an @font-face rule: the file URLs come from the asset manifest (hashed
 * by the build, unknown to app.css), and the page's CSP allows no inline
 * <style>. Like an @font-face rule, a face loads only when text uses it; text
 * shows at once in the fallback fonts and swaps when its file arrives, and a
 * file that fails to load leaves the fallback in place.
 */
import { UI_FONT, type UiFont } from './assets';

export function registerUiFont(fonts: FontFaceSet, font: UiFont = UI_FONT): void {
  for (const { weight, url } of font.files) {
    fonts.add(
      new FontFace(font.family, `url("${url}") format("woff2")`, {
        weight: String(weight),
        style: 'normal',
        display: 'swap',
        unicodeRange: font.unicodeRange,
      }),
    );
  }
}
