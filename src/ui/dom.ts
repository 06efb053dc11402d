/**
 * A tiny DOM builder: createElement + textContent + setAttribute only, so
 * text from a scenario can never become markup (no HTML string is ever parsed).
 * `key` marks a control so focus can be restored after a panel re-renders.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly text?: string;
  readonly key?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.key) node.dataset['key'] = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A button that is never disabled: the action it calls explains any refusal. */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const node = h('button', {
    ...props,
    attrs: { type: 'button', ...props.attrs },
    on: { click: () => onClick(), ...props.on },
  });
  node.textContent = label;
  return node;
}

let ids = 0;
/** A document-unique id for label/for and aria references. */
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Re-renders `container` with `render()`, keeping focus on the control with the same key if it still exists. */
export function renderKeepingFocus(
  container: HTMLElement,
  render: () => Node[],
  fallback?: () => HTMLElement | null,
): void {
  const active =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
      ? document.activeElement
      : null;
  const key = active?.closest<HTMLElement>('[data-key]')?.dataset['key'];
  const scrolls = [...container.querySelectorAll<HTMLElement>('[data-keep-scroll]')].map(
    (el) => [el.dataset['keepScroll'], el.scrollTop] as const,
  );
  container.replaceChildren(...render());
  for (const [name, top] of scrolls) {
    const el = container.querySelector<HTMLElement>(`[data-keep-scroll="${name}"]`);
    if (el) el.scrollTop = top;
  }
  if (!active) return;
  const again = key ? container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  const target = again ?? fallback?.() ?? null;
  target?.focus({ preventScroll: true });
}

/** Numbers on screen: at most one decimal, never "-0". */
export function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toString();
}

export function signedNum(x: number): string {
  const text = num(x);
  return x > 0 && text !== '0' ? `+${text}` : text.replace('-', '−');
}
