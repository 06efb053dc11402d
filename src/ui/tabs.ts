/**
 * An accessible tab list (WAI-ARIA tabs pattern): one tab stop, arrow keys
 * and Home/End move between tabs and select them, Enter/Space work as on any
 * button. The caller renders the panels with the ids given here.
 */
import { h } from './dom';

export interface TabItem {
  readonly id: string;
  readonly title: string;
}

export function tabId(group: string, id: string): string {
  return `tab-${group}-${id}`;
}

export function panelId(group: string, id: string): string {
  return `panel-${group}-${id}`;
}

export function tabList(
  group: string,
  label: string,
  items: readonly TabItem[],
  selected: string,
  onSelect: (id: string) => void,
): HTMLElement {
  const buttons = items.map((item) =>
    h('button', {
      class: 'tab',
      key: `tab:${group}:${item.id}`,
      text: item.title,
      attrs: {
        type: 'button',
        role: 'tab',
        id: tabId(group, item.id),
        'aria-controls': panelId(group, item.id),
        'aria-selected': item.id === selected ? 'true' : 'false',
        tabindex: item.id === selected ? 0 : -1,
      },
      on: { click: () => onSelect(item.id) },
    }),
  );
  const list = h('div', { class: 'tablist', attrs: { role: 'tablist', 'aria-label': label } }, ...buttons);
  list.addEventListener('keydown', (event) => {
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? at + 1
        : event.key === 'ArrowLeft'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const index = (next + buttons.length) % buttons.length;
    onSelect(items[index]!.id);
    // The list re-renders on select; focus the new tab wherever it now is.
    document.getElementById(tabId(group, items[index]!.id))?.focus();
  });
  return list;
}

export function tabPanel(group: string, id: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'div',
    {
      class: 'tabpanel',
      attrs: { role: 'tabpanel', id: panelId(group, id), 'aria-labelledby': tabId(group, id), tabindex: 0 },
    },
    ...children,
  );
}
