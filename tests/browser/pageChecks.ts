/**
 * Checks of a screen as drawn: nothing wider than the window, and the app's
 * own numbers reading left to right whatever scenario text stands next to
 * them (scenario strings are isolated in <bdi class="scenario-text">).
 */
import type { Page } from 'playwright-core';

/** Elements that reach past the window's right or left edge (hidden and visually hidden ones, and the insides of a sideways-scrolling region, aside), and the page's scroll width. */
export async function tooWide(
  page: Page,
): Promise<{ readonly width: number; readonly scrollWidth: number; readonly wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden, .skip-link')) continue;
      // Inside a labelled box that scrolls sideways (a wide data table on a phone), only the box must fit.
      if (el.parentElement?.closest('.scroll-region')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        wide.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.width)} px)`);
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

/**
 * Every number the app writes inside `selector` (outside scenario text), as
 * drawn: each one's characters must stand left to right on their line. Returns
 * how many numbers were read and those drawn out of order.
 */
export async function numbersInOrder(
  page: Page,
  selector: string,
): Promise<{ readonly read: number; readonly reversed: string[] }> {
  return page.evaluate((sel) => {
    let read = 0;
    const reversed: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (text.parentElement?.closest('.scenario-text')) continue;
        for (const m of text.data.matchAll(/[+−-]?\d+(?:\.\d+)?/g)) {
          const lefts: number[] = [];
          for (let i = m.index; i < m.index + m[0].length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            lefts.push(range.getBoundingClientRect().left);
          }
          read += 1;
          if (lefts.some((x, i) => i > 0 && x <= lefts[i - 1]!)) reversed.push(`${m[0]} in “${text.data}”`);
        }
      }
    }
    return { read, reversed };
  }, selector);
}
