/**
 * Focus targets over the canvas: one real button over each actor's token.
 * Pointing at it or tabbing to it puts that actor in focus on the table (its
 * trust lines stand out with their numbers) and shows, in a tooltip the
 * button is described by, every number of its trust and the last cause of
 * each change, in words. Escape or leaving puts nothing in focus. The canvas
 * stays aria-hidden; these buttons and their text are what a screen reader
 * meets, with a list of the meters that can end the game, their thresholds
 * and the endings they name, as drawn.
 */
import { capitalise, possessive } from '../engine/index';
import type { TableModel } from '../store/TableModel';
import { meterReading, thresholdCaption, trustChangeText } from '../store/tableWords';
import { h } from '../ui/dom';
import type { Box } from './layout/Box';
import type { RingToken } from './layout/layoutRing';
import './table.css';

export interface FocusLayer {
  /** Places one target per token (CSS px in the host) and writes each tooltip from `model`. */
  place(tokens: readonly RingToken[], ring: Box, model: TableModel, width: number): void;
  destroy(): void;
}

let layers = 0;

export function focusLayer(host: HTMLElement, focus: (actor: number | null) => void): FocusLayer {
  const id = `table-focus-${++layers}`;
  const root = document.createElement('div');
  root.className = 'table-focus-layer';
  const tip = document.createElement('div');
  tip.className = 'table-focus-tip';
  tip.id = `${id}-tip`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const meters = document.createElement('ul');
  meters.className = 'table-sr-only';
  meters.setAttribute('aria-label', 'Meters that can end the game');
  root.append(tip, meters);
  host.append(root);
  const buttons = new Map<number, HTMLButtonElement>();
  let model: TableModel | null = null;
  let tokens: readonly RingToken[] = [];
  let shown: number | null = null;
  let width = 0;
  let ring: Box = { x: 0, y: 0, w: 0, h: 0 };

  const show = (actor: number | null) => {
    shown = actor;
    focus(actor);
    const token = tokens.find((t) => t.index === actor);
    if (actor === null || !model || !token) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren(...tipContent(model, actor));
    tip.hidden = false;
    // Clear of the ring, so the lines it explains stay in view: to its right when the table is wide enough (over the
    // board), else under the token, over it, or as low as the table allows; never outside the table.
    const tipW = Math.min(360, width - 8);
    tip.style.width = `${tipW}px`;
    const tipH = tip.offsetHeight;
    const room = host.clientHeight - 4;
    const beside = ring.x + ring.w + 8;
    if (beside + tipW <= width - 4) {
      tip.style.left = `${beside}px`;
      tip.style.top = `${Math.max(4, Math.min(room - tipH, token.cy - tipH / 2))}px`;
      return;
    }
    tip.style.left = `${Math.max(4, Math.min(width - tipW - 4, token.cx - tipW / 2))}px`;
    const under = token.cy + token.outer + 8;
    const over = token.cy - token.outer - 8 - tipH;
    tip.style.top = `${under + tipH <= room ? under : over >= 4 ? over : Math.max(4, room - tipH)}px`;
  };

  const leave = () => {
    if (!root.contains(document.activeElement)) show(null);
    else {
      const focused = [...buttons].find(([, b]) => b === document.activeElement);
      show(focused ? focused[0] : null);
    }
  };

  const button = (actor: number) => {
    let b = buttons.get(actor);
    if (b) return b;
    b = document.createElement('button');
    b.type = 'button';
    b.className = 'table-focus-target';
    b.setAttribute('aria-describedby', tip.id);
    b.addEventListener('focus', () => show(actor));
    b.addEventListener('blur', () => queueMicrotask(leave));
    b.addEventListener('pointerenter', () => show(actor));
    b.addEventListener('pointerleave', leave);
    // A tap on a touch screen toggles the focus.
    b.addEventListener('click', () => show(shown === actor ? null : actor));
    b.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        // Escape closes this tooltip only: the page's own Escape (the guide's "skip") must not fire too.
        event.preventDefault();
        show(null);
        b?.blur();
      }
    });
    buttons.set(actor, b);
    root.insertBefore(b, tip);
    return b;
  };

  return {
    place(nextTokens, nextRing, nextModel, nextWidth) {
      ring = nextRing;
      tokens = nextTokens;
      model = nextModel;
      width = nextWidth;
      for (const [actor, b] of buttons)
        if (!tokens.some((t) => t.index === actor)) {
          b.remove();
          buttons.delete(actor);
        }
      for (const t of tokens) {
        const actor = model.actors[t.index];
        const b = button(t.index);
        b.setAttribute('aria-label', `${actor?.name ?? ''}: trust`);
        const r = t.outer + 2;
        b.style.left = `${t.cx - r}px`;
        b.style.top = `${t.cy - r}px`;
        b.style.width = `${2 * r}px`;
        b.style.height = `${2 * r}px`;
      }
      meters.replaceChildren(
        ...model.meters
          .filter((m) => m.thresholds.length > 0)
          .map((m) =>
            h('li', {
              text: `${m.name}: ${meterReading(m.value, m)}. ${m.thresholds.map(thresholdCaption).join('. ')}.`,
            }),
          ),
      );
      if (shown !== null) show(shown);
      else tip.replaceChildren(...(tokens[0] ? tipContent(model, tokens[0].index) : []));
    },
    destroy() {
      root.remove();
      buttons.clear();
    },
  };
}

/** "Ukraine's trust in Russia: 20, down from 25 in week 3. …", both ways, for each other actor. */
function tipContent(model: TableModel, actor: number): HTMLElement[] {
  const me = model.actors[actor];
  if (!me) return [];
  const lines = model.actors.flatMap((other) =>
    other.index === actor
      ? []
      : [
          [actor, other.index],
          [other.index, actor],
        ].map(([a = 0, b = 0]) => {
          const value = Math.round(model.trust[a]?.[b] ?? 0);
          const said = `${capitalise(possessive(model.actors[a]?.called ?? ''))} trust in ${model.actors[b]?.called ?? ''}: ${value}`;
          return h('li', { text: `${said}${trustChangeText(model.trustChanges[a]?.[b] ?? null, model.unit)}` });
        }),
  );
  return [h('p', { text: `${me.name} (${me.leader}): trust, 0 to 100` }), h('ul', {}, ...lines)];
}
