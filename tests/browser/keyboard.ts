/**
 * Keyboard-only driving: move focus with Tab / Shift+Tab until the focused
 * element matches, the way a keyboard user would reach a control. Fails with
 * the list of stops visited when the control is not in the tab order.
 */
import type { Page } from 'playwright-core';

export interface Target {
  /** CSS the focused element must match. */
  readonly css: string;
  /** Its accessible name (aria-label, or label text, or text) must match this. */
  readonly name?: RegExp;
}

async function focusedMatches(page: Page, target: Target): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(
    ({ css, source, flags }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { ok: false, what: '(body)' };
      const labels = (el as HTMLInputElement).labels;
      const name =
        el.getAttribute('aria-label') ??
        (labels && labels.length > 0 ? labels[0]!.textContent : null) ??
        el.textContent ??
        '';
      const ok = el.matches(css) && (source === null || new RegExp(source, flags).test(name.trim()));
      return {
        ok,
        what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name.trim().slice(0, 40)}"`,
      };
    },
    { css: target.css, source: target.name?.source ?? null, flags: target.name?.flags ?? '' },
  );
}

/** Presses Tab (then, if needed, Shift+Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Target, max = 60): Promise<void> {
  const visited: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      const now = await focusedMatches(page, target);
      if (now.ok) return;
      visited.push(now.what);
      await page.keyboard.press(key);
    }
  }
  throw new Error(
    `Could not reach ${target.css} ${target.name ?? ''} by keyboard; visited: ${[...new Set(visited)].join(' | ')}`,
  );
}

/** Reaches a button by its name and presses it with Enter (or Space). */
export async function pressButton(page: Page, name: RegExp, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await tabTo(page, { css: 'button, a[href]', name });
  await page.keyboard.press(key === ' ' ? 'Space' : 'Enter');
}

/** Whether the focused element shows a focus ring. */
export async function focusRingVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}
