/**
 * The placeholder page shown until the real game screens exist: the scenario
 * title, or the scenario's diagnostics when it failed to load. DOM is built
 * with createElement/textContent only, so scenario text can never become markup.
 */
import type { Diagnostic } from '../engine/scenario/Diagnostic';
import { formatDiagnostic } from '../engine/scenario/Diagnostic';

export type PlaceholderModel =
  | { readonly ok: true; readonly title: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly file: string; readonly diagnostics: readonly Diagnostic[] };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderDiagnostics(heading: string, diagnostics: readonly Diagnostic[]): HTMLElement[] {
  if (diagnostics.length === 0) return [];
  const list = el('ul', 'diagnostics');
  for (const d of diagnostics) list.append(el('li', d.severity, formatDiagnostic(d)));
  return [el('h2', 'diagnostics-title', heading), list];
}

/** Replaces the children of `root` with the placeholder; returns an unmount. */
export function renderPlaceholder(root: HTMLElement, model: PlaceholderModel): () => void {
  const nodes: HTMLElement[] = [el('p', 'eyebrow', 'Parley · negotiation simulator')];
  if (model.ok) {
    nodes.push(
      el('h1', 'title', model.title),
      el('p', 'status', 'The game screens are coming soon. The scenario loaded successfully.'),
      ...renderDiagnostics('Warnings', model.diagnostics),
    );
  } else {
    nodes.push(
      el('h1', 'title', `Could not load ${model.file}`),
      el('p', 'status', 'The scenario has problems; fix them and reload.'),
      ...renderDiagnostics('Problems', model.diagnostics),
    );
  }
  root.replaceChildren(...nodes);
  document.title = model.ok ? `Parley · ${model.title}` : 'Parley · scenario error';
  return () => root.replaceChildren();
}
