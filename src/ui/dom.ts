/**
 * A tiny DOM builder: createElement + text nodes + setAttribute only, so
 * text from a scenario can never become markup (no HTML string is ever parsed).
 * `key` marks a control so focus can be restored after a panel re-renders.
 *
 * Text from a scenario is untrusted in one more way: a right-to-left letter
 * or a bidi control character in a name could reorder the app's own words
 * around it ("+66.5" shown as ".5.66+"), and one very long word could widen
 * the page. The shell hands the open scenario to isolateScenarioText; every
 * text that h() and button() write then puts each such scenario string in its
 * own <bdi class="scenario-text">, isolated from the words around it and
 * breakable anywhere (app.css). A scenario without such strings gets plain
 * text nodes, exactly as before.
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
  if (props.text !== undefined) appendText(node, props.text);
  for (const child of children) {
    if (typeof child === 'string') appendText(node, child);
    else if (child) node.append(child);
  }
  return node;
}

/** A button that is never disabled: the action it calls explains any refusal. */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const node = h('button', {
    ...props,
    attrs: { type: 'button', ...props.attrs },
    on: { click: () => onClick(), ...props.on },
  });
  node.replaceChildren();
  appendText(node, label);
  return node;
}

/** A right-to-left letter or a bidi control (an isolated string keeps its own direction inside). */
const BIDI = /[\p{Bidi_Control}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** A word longer than any English one: a line may break inside it. */
const LONG_WORD = /\S{25,}/gu;

let isolating: RegExp | null = null;
let isolatingFrom: readonly unknown[] = [];

/**
 * Finds, in what the screens show of the open scenario (any nesting of
 * objects and arrays), each string with a right-to-left letter or a bidi
 * control (the whole string: a name is isolated as a whole) and each very
 * long word, so that h() and button() isolate them wherever they appear.
 */
export function isolateScenarioText(sources: readonly unknown[]): void {
  if (sources.length === isolatingFrom.length && sources.every((s, i) => s === isolatingFrom[i])) return;
  isolatingFrom = sources;
  const found = new Set<string>();
  const seen = new WeakSet<object>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (BIDI.test(value)) found.add(value);
      else for (const [word] of value.matchAll(LONG_WORD)) found.add(word);
    } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !seen.has(value)) {
      seen.add(value);
      for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child);
    }
  };
  for (const source of sources) walk(source);
  const longestFirst = [...found].sort((a, b) => b.length - a.length);
  isolating = longestFirst.length > 0 ? new RegExp(longestFirst.map(escapeRegExp).join('|'), 'gu') : null;
}

/** Appends `text`, each scenario string that needs it in its own <bdi> (an <option> holds text only). */
function appendText(node: HTMLElement, text: string): void {
  if (!isolating || node instanceof HTMLOptionElement) {
    node.append(text);
    return;
  }
  let at = 0;
  for (const match of text.matchAll(isolating)) {
    if (match.index > at) node.append(text.slice(at, match.index));
    const bdi = document.createElement('bdi');
    bdi.className = 'scenario-text';
    bdi.textContent = match[0];
    node.append(bdi);
    at = match.index + match[0].length;
  }
  if (at < text.length) node.append(text.slice(at));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
