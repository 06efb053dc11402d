/**
 * Finds the control a guide step points at the way a screen reader names it:
 * by its role and accessible name (aria-label, aria-labelledby, a fieldset's
 * legend, a label's text, else its own text), never by a panel's inner
 * structure, which other parts of the table are free to change.
 */
import type { GuideTarget } from '../../store/selectGuideStep';

const ROLES: Record<GuideTarget['role'], string> = {
  region: 'section[aria-labelledby], section[aria-label], [role="region"]',
  tab: '[role="tab"]',
  tabpanel: '[role="tabpanel"]',
  button: 'button, [role="button"]',
};

function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the element is shown (not hidden, nor inside something hidden). */
function shown(el: HTMLElement): boolean {
  return el.closest('[hidden]') === null && el.getClientRects().length > 0;
}

/** The first of `targets` shown on the page. */
export function findControl(root: ParentNode, targets: readonly GuideTarget[]): HTMLElement | null {
  for (const target of targets) {
    const found = findOne(root, target);
    if (found) return found;
  }
  return null;
}

function findOne(root: ParentNode, target: GuideTarget): HTMLElement | null {
  let scope: ParentNode = root;
  if (target.list) {
    const list = [...root.querySelectorAll<HTMLElement>('[role="tablist"]')].find(
      (l) => accessibleName(l) === target.list,
    );
    if (!list) return null;
    if (target.role === 'tabpanel') {
      // A panel belongs to the list of the tab that names it.
      const tab = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
        target.name.test(accessibleName(t)),
      );
      const panel = tab?.getAttribute('aria-controls');
      const found = panel ? root.querySelector<HTMLElement>(`#${CSS.escape(panel)}`) : null;
      return found && shown(found) ? found : null;
    }
    scope = list;
  }
  return (
    [...scope.querySelectorAll<HTMLElement>(ROLES[target.role])].find(
      (el) => shown(el) && target.name.test(accessibleName(el)),
    ) ?? null
  );
}
