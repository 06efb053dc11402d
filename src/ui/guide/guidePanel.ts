/**
 * The guided first week on the table: a small, labelled, non-modal dialog
 * pinned to the bottom of the window that says what to do and why, and
 * outlines the real control it means (scrolled into view above the dialog).
 * It docks where it covers least of what the student needs: never the
 * control it points at, then not End week, then not this week's orders
 * (their Remove buttons); of the places that cover none of them, the bottom
 * right, else just above End week (over the side panel), else the bottom
 * left. It docks again when the page scrolls or its layout moves (the
 * table's drawing arrives after the controls), and brings the control back
 * into view when the layout moves it under the dialog. Where it must still
 * cover something, "Hide" folds it to a small bar (its step and title,
 * "Show" to open it again); a new step opens it.
 * The store moves the guide on when the student does the step; "Next" moves
 * on without it, "Skip the guide" (or Esc within the dialog) closes it: an Escape
 * meant for something else on the page must not lose the guide for good.
 * Keyboard: each new step puts focus on its text; Tab from there goes straight
 * to the control.
 */
import { selectGuideStep, type GuideStepModel } from '../../store/selectGuideStep';
import type { AppStore } from '../../store/createAppStore';
import { button, h, renderKeepingFocus } from '../dom';
import { findControl } from './findControl';
import { WEEK_ORDERS_H } from '../table/weekOrders';

export interface GuideView {
  readonly node: HTMLElement;
  destroy(): void;
}

const MARK = 'data-guide-target';
/** Tabindex given to a pointed-at region so focus can reach it, removed with the outline. */
const LENT = 'data-guide-tabindex';

export function guidePanel(app: AppStore, announce: (lines: readonly string[]) => void): GuideView {
  const { store, actions } = app;
  const node = h('section', {
    class: 'guide',
    attrs: {
      role: 'dialog',
      'aria-labelledby': 'guide-count guide-h',
      'aria-describedby': 'guide-why guide-todo',
      hidden: true,
    },
  });
  let shown: GuideStepModel | null = null;
  let marked: HTMLElement | null = null;
  /** Where it is docked, and its distance from the bottom of the window there. */
  let place: Place['name'] = 'right';
  let gap = 16;
  /** Folded to a small bar by the student ("Hide"); a new step opens it again. */
  let folded = false;

  const unmark = () => {
    if (!marked) return;
    marked.removeAttribute(MARK);
    if (marked.hasAttribute(LENT)) marked.removeAttribute('tabindex');
    marked.removeAttribute(LENT);
    marked = null;
  };
  const mark = (target: HTMLElement) => {
    if (target === marked) return;
    unmark();
    marked = target;
    target.setAttribute(MARK, '');
    if (!target.matches('button, a[href], input, select, textarea, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
      target.setAttribute(LENT, '');
    }
  };
  /**
   * Scrolls the control into view above the dialog: centred; or, when it is taller than the room (a week of the
   * log), its top, in the panel that scrolls it, with that panel in view.
   */
  const reveal = (target: HTMLElement) => {
    const behavior = store.getState().reducedMotion ? 'auto' : 'smooth';
    const room = window.innerHeight - (node.hidden ? 0 : node.getBoundingClientRect().height);
    const box = target.getBoundingClientRect();
    if (box.height <= room) return target.scrollIntoView({ block: 'center', behavior });
    const scroller = scrollingParent(target);
    if (!scroller) return target.scrollIntoView({ block: 'start', behavior });
    scroller.scrollTo({ top: scroller.scrollTop + box.top - scroller.getBoundingClientRect().top, behavior });
    scroller.scrollIntoView({ block: scroller.clientHeight <= room ? 'center' : 'start', behavior });
  };

  /**
   * Where the dialog covers least: each place is scored by how much it would cover of the control pointed at, then
   * of End week, then of this week's orders (each only as far as it is in the window); the best score wins, in the
   * order bottom right, above End week, bottom left. On a tie the dialog stays where it is, so it does not hop
   * about while the page scrolls — except above End week, which it follows as the page scrolls, and leaves for a
   * corner as good. A dialog as wide as the window (a phone) stays put: scrolling alone keeps the control clear.
   */
  const dock = (target: HTMLElement | null) => {
    if (node.hidden) return;
    const box = node.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    if (box.width >= width - 2) return setPlace('right', null);
    const left = place === 'left';
    // Where the dialog spans across the window in each corner: one is where it is, the other its mirror image.
    const here = { from: box.left, to: box.right };
    const mirrored = { from: width - box.right, to: width - box.left };
    const right = left ? mirrored : here;
    // Its distance from the bottom of the window when docked at the bottom.
    if (place !== 'raised') gap = window.innerHeight - box.bottom;
    const bottom = window.innerHeight - gap;
    const end = document.querySelector<HTMLElement>('button.end-week');
    const endBox = shownBox(end);
    const places: Place[] = [
      { name: 'right', from: right.from, to: right.to, top: bottom - box.height, bottom, raise: null },
      {
        name: 'left',
        from: left ? here.from : mirrored.from,
        to: left ? here.to : mirrored.to,
        top: bottom - box.height,
        bottom,
        raise: null,
      },
    ];
    // Just above End week, when it lies under the bottom-right place and there is room above it in the window.
    if (endBox && endBox.right > right.from && endBox.left < right.to && endBox.top - 8 - box.height >= 8)
      places.splice(1, 0, {
        name: 'raised',
        from: right.from,
        to: right.to,
        top: endBox.top - 8 - box.height,
        bottom: endBox.top - 8,
        raise: window.innerHeight - endBox.top + 8,
      });
    const keepClear = [shownBox(target), endBox, shownBox(ordersList())];
    const score = (p: Place) => keepClear.map((k) => (k ? overlap(p, k) : 0));
    const scored = places.map((p) => ({ p, score: score(p) }));
    const best = scored.reduce((a, b) => (compare(b.score, a.score) < 0 ? b : a));
    const current = scored.find((x) => x.p.name === place);
    const chosen = current && compare(current.score, best.score) === 0 && place !== 'raised' ? current.p : best.p;
    setPlace(chosen.name, chosen.raise);
  };
  const setPlace = (name: Place['name'], raise: number | null) => {
    place = name;
    node.classList.toggle('dock-left', name === 'left');
    node.classList.toggle('dock-raised', name === 'raised');
    if (raise === null) node.style.removeProperty('--guide-raise');
    else node.style.setProperty('--guide-raise', `${Math.round(raise)}px`);
  };
  /** Whether the dialog hides the control's first line (a tall region, like a week of the log, shows its top). */
  const covered = (target: HTMLElement) => {
    const box = target.getBoundingClientRect();
    const guide = node.getBoundingClientRect();
    const top = box.top + Math.min(box.height, 44);
    return box.right > guide.left && box.left < guide.right && top > guide.top && box.top < guide.bottom;
  };

  const text = () => node.querySelector<HTMLElement>('.guide-text');
  /** Closes the guide (skipped or finished), with focus on the control it pointed at, else the table's heading. */
  const close = (finish: () => void, said: string) => {
    const back = marked && !marked.hasAttribute(LENT) ? marked : document.querySelector<HTMLElement>('#main h1');
    finish();
    back?.focus();
    announce([`${said} “How to play” starts it again.`]);
  };
  const skip = () => close(actions.skipGuide, 'The guide is closed.');

  const render = (model: GuideStepModel) =>
    renderKeepingFocus(node, () => [
      h(
        'div',
        { class: 'guide-bar' },
        h(
          'p',
          { class: 'guide-count' },
          h('span', { attrs: { id: 'guide-count' }, text: `Guide · step ${model.number} of ${model.count}` }),
          // Folded, the bar still says which step it is (the dialog's name already has the title).
          folded
            ? h('span', { class: 'guide-folded-title', attrs: { 'aria-hidden': 'true' }, text: ` · ${model.title}` })
            : null,
        ),
        button(folded ? 'Show' : 'Hide', () => fold(!folded), {
          key: 'guide-fold',
          attrs: { 'aria-expanded': folded ? 'false' : 'true', 'aria-controls': 'guide-body' },
        }),
        folded
          ? null
          : button(
              model.next,
              () =>
                model.number === model.count
                  ? close(actions.nextGuideStep, 'The guide is finished.')
                  : actions.nextGuideStep(),
              {
                class: 'primary',
                key: 'guide-next',
              },
            ),
        folded ? null : button('Skip the guide', skip, { key: 'guide-skip', attrs: { 'aria-keyshortcuts': 'Escape' } }),
      ),
      h(
        'div',
        { class: 'guide-text', attrs: { id: 'guide-body', tabindex: -1, hidden: folded } },
        h('h2', { attrs: { id: 'guide-h' }, text: model.title }),
        h('p', { attrs: { id: 'guide-why' }, text: model.why }),
        h('p', { class: 'guide-todo', attrs: { id: 'guide-todo', 'aria-live': 'polite' }, text: model.todo }),
      ),
    ]);
  /** Folds the dialog to its bar, or opens it again; then it docks anew (its size changed). */
  const fold = (on: boolean) => {
    folded = on;
    node.classList.toggle('folded', on);
    if (shown) render(shown);
    dock(marked);
  };

  const update = () => {
    const model = selectGuideStep(store.getState());
    if (!model) {
      shown = null;
      node.hidden = true;
      unmark();
      document.documentElement.style.removeProperty('--guide-height');
      return;
    }
    const newStep = shown?.step !== model.step;
    const newTodo = newStep || shown?.todo !== model.todo;
    // A new step is read in full: a folded dialog opens.
    if (newStep && folded) {
      folded = false;
      node.classList.remove('folded');
    }
    if (newTodo || shown?.next !== model.next) render(model);
    shown = model;
    node.hidden = false;
    const target = findControl(document, model.targets);
    if (target) mark(target);
    else unmark();
    dock(target);
    if (newStep) {
      // Next frame: the table is on the page by then, and the shell has focused its heading.
      requestAnimationFrame(() => {
        if (!shown || shown.step !== model.step) return;
        const again = findControl(document, shown.targets);
        if (again) mark(again);
        dock(again);
        text()?.focus({ preventScroll: true });
        if (again) reveal(again);
      });
    } else if (newTodo && target) reveal(target);
  };

  node.addEventListener('keydown', (event) => {
    // Tab from the step's text goes to the control it points at.
    if (event.key === 'Tab' && !event.shiftKey && event.target === text() && marked) {
      event.preventDefault();
      marked.focus();
    }
    // Escape skips only from within the guide: elsewhere it closes what it was meant for (a tooltip, a menu).
    if (event.key === 'Escape' && !event.defaultPrevented && shown) skip();
  });
  // Room below the page, and scrolling that keeps the outlined control above the dialog.
  const resize = new ResizeObserver(() => {
    if (!node.hidden)
      document.documentElement.style.setProperty(
        '--guide-height',
        `${Math.ceil(node.getBoundingClientRect().height)}px`,
      );
  });
  resize.observe(node);
  // The page's layout moves under a fixed dialog (the drawing arrives, a panel grows): the control stays in view.
  const layout = new ResizeObserver(() => {
    if (!shown || !marked) return;
    dock(marked);
    if (covered(marked)) reveal(marked);
  });
  layout.observe(document.body);
  // Scrolling moves End week and the orders under a fixed dialog: it docks again, once a frame at most.
  let docking = 0;
  const onScroll = () => {
    if (docking || !shown) return;
    docking = requestAnimationFrame(() => {
      docking = 0;
      dock(marked);
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });

  const unsubscribe = store.subscribe(update);
  update();
  return {
    node,
    destroy() {
      unsubscribe();
      resize.disconnect();
      layout.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(docking);
      unmark();
      document.documentElement.style.removeProperty('--guide-height');
    },
  };
}

/** A place the dialog may dock in: its span across the window and from top to bottom, in CSS px of the window. */
interface Place {
  readonly name: 'right' | 'left' | 'raised';
  readonly from: number;
  readonly to: number;
  readonly top: number;
  readonly bottom: number;
  /** For 'raised': how far its bottom edge is from the bottom of the window. */
  readonly raise: number | null;
}

/** The part of `el` inside the window, or null when it is not shown or out of the window. */
function shownBox(el: HTMLElement | null): DOMRect | null {
  const r = el?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return null;
  const top = Math.max(0, r.top);
  const bottom = Math.min(window.innerHeight, r.bottom);
  return bottom > top ? new DOMRect(r.left, top, r.width, bottom - top) : null;
}

/** How much of `box` the dialog would cover in place `p`, in square CSS px. */
function overlap(p: Place, box: DOMRect): number {
  const w = Math.min(p.to, box.right) - Math.max(p.from, box.left);
  const h = Math.min(p.bottom, box.bottom) - Math.max(p.top, box.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Compares two scores, most important first (under a square pixel counts as nothing). */
function compare(a: readonly number[], b: readonly number[]): number {
  for (const [i, x] of a.entries()) {
    const d = Math.max(x, 1) - Math.max(b[i] ?? 0, 1);
    if (d !== 0) return d;
  }
  return 0;
}

/** This week's orders, as listed beside End week and named by its heading (none yet: nothing to keep clear). */
function ordersList(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`ol[aria-labelledby="${WEEK_ORDERS_H}"]`);
}

/** The nearest box that scrolls `el` within the page. */
function scrollingParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}
