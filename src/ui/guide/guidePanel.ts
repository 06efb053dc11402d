/**
 * The guided first week on the table: a small, labelled, non-modal dialog
 * pinned to the bottom of the window that says what to do and why, and
 * outlines the real control it means (scrolled into view above the dialog).
 * It docks in the corner that leaves that control, and End week, uncovered,
 * and brings the control back into view when the page's layout moves it
 * under the dialog (the table's drawing arrives after the controls).
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
   * Bottom right, unless the control pointed at (else End week) would be under the dialog there and not in the
   * bottom left. A dialog as wide as the window (a phone) stays put: scrolling alone keeps the control clear.
   */
  const dock = (target: HTMLElement | null) => {
    if (node.hidden) return;
    const box = node.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = node.classList.contains('dock-left');
    // Where the dialog spans across the window in each corner: one is where it is, the other its mirror image.
    const here = { from: box.left, to: box.right };
    const mirrored = { from: width - box.right, to: width - box.left };
    const spans = { right: left ? mirrored : here, left: left ? here : mirrored };
    const end = document.querySelector<HTMLElement>('button.end-week');
    const clears = (side: keyof typeof spans, el: HTMLElement | null) => {
      const r = el?.getBoundingClientRect();
      return !r || r.width === 0 || r.right <= spans[side].from || r.left >= spans[side].to;
    };
    const sides = ['right', 'left'] as const;
    const side =
      sides.find((s) => clears(s, target) && clears(s, end)) ??
      sides.find((s) => clears(s, target)) ??
      sides.find((s) => clears(s, end)) ??
      'right';
    node.classList.toggle('dock-left', side === 'left');
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
        h('p', {
          class: 'guide-count',
          attrs: { id: 'guide-count' },
          text: `Guide · step ${model.number} of ${model.count}`,
        }),
        button(
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
        button('Skip the guide', skip, { key: 'guide-skip', attrs: { 'aria-keyshortcuts': 'Escape' } }),
      ),
      h(
        'div',
        { class: 'guide-text', attrs: { tabindex: -1 } },
        h('h2', { attrs: { id: 'guide-h' }, text: model.title }),
        h('p', { attrs: { id: 'guide-why' }, text: model.why }),
        h('p', { class: 'guide-todo', attrs: { id: 'guide-todo', 'aria-live': 'polite' }, text: model.todo }),
      ),
    ]);

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

  const unsubscribe = store.subscribe(update);
  update();
  return {
    node,
    destroy() {
      unsubscribe();
      resize.disconnect();
      layout.disconnect();
      unmark();
      document.documentElement.style.removeProperty('--guide-height');
    },
  };
}

/** The nearest box that scrolls `el` within the page. */
function scrollingParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}
