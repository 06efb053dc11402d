/**
 * Choosing a scenario: the bundled ones (the tutorial first), or a YAML file
 * opened from disk and checked by the same loader as the game and the CLI.
 * A file that cannot be opened is said so in plain words; its problems follow
 * for its author, each as file:line:col CODE message with its hint, and
 * their heading takes focus.
 */
import type { AppState } from '../../store/AppState';
import { button, h, renderKeepingFocus, uid } from '../dom';
import { diagnosticsList } from '../diagnosticsList';
import type { ScreenView, UiContext } from './Screen';

export function scenarioScreen(ctx: UiContext, state: AppState): ScreenView {
  const main = h('main', { class: 'screen scenario-screen', attrs: { id: 'main' } }, ...content(ctx, state));
  return {
    nodes: [main],
    update(next, previous) {
      renderKeepingFocus(main, () => content(ctx, next));
      // A file with errors lists them below the fold: its heading takes focus, so the page scrolls to it and a
      // screen reader reads it (the file input, cleared, would say only "No file chosen").
      if (next.notice !== previous.notice && next.notice?.kind === 'error')
        main.querySelector<HTMLElement>('.diagnostics-block h3')?.focus();
    },
  };
}

function content(ctx: UiContext, state: AppState): Node[] {
  const { actions } = ctx.app;
  const inputId = uid('scenario-file');
  const input = h('input', {
    key: 'file',
    attrs: {
      type: 'file',
      id: inputId,
      accept: '.yaml,.yml,text/yaml,application/yaml',
      'aria-describedby': `${inputId}-help`,
    },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.arrayBuffer().then((buffer) => actions.openFile(file.name, new Uint8Array(buffer)));
  });
  const errors = state.diagnostics.filter((d) => d.severity === 'error');
  return [
    h('h1', { text: 'Choose a scenario', attrs: { tabindex: -1 } }),
    h(
      'ul',
      { class: 'cards', attrs: { 'aria-label': 'Bundled scenarios' } },
      ...state.catalog.map((entry) =>
        h(
          'li',
          { class: 'card' },
          h('h2', { text: entry.title }),
          entry.tutorial ? h('p', {}, h('span', { class: 'tag tag-tutorial', text: 'start here' })) : null,
          h('p', { text: entry.summary }),
          playButton(entry.title, () => actions.openBundled(entry.file), entry.tutorial, `open:${entry.file}`),
        ),
      ),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': `${inputId}-h` } },
      h('h2', { text: 'Or open a scenario file', attrs: { id: `${inputId}-h` } }),
      h('label', { class: 'file-label', attrs: { for: inputId } }, 'Scenario file (.yaml)'),
      input,
      h('p', {
        class: 'muted small',
        attrs: { id: `${inputId}-help` },
        text: 'A scenario file written by a teacher. It is checked here exactly as its author checks it, and nothing in it can run code in your browser.',
      }),
      state.notice?.kind === 'error'
        ? h('p', { class: 'error-text', attrs: { role: 'alert' }, text: state.notice.message })
        : null,
      errors.length > 0
        ? h(
            'div',
            { class: 'author-notes' },
            h('p', {
              class: 'muted small',
              text: 'For the file’s author: each problem says where it is in the file (line and column) and how to fix it.',
            }),
            diagnosticsList('Problems in the file', state.diagnostics),
          )
        : null,
    ),
    button('Back to the title', () => actions.backToTitle(), { key: 'back' }),
  ];
}

/** "Play", with the scenario's title for screen readers (the visible word stays first in the name). */
function playButton(title: string, onClick: () => void, primary: boolean, key: string): HTMLButtonElement {
  const node = button('Play', onClick, { class: primary ? 'primary' : '', key });
  node.append(h('span', { class: 'visually-hidden', text: ` “${title}”` }));
  return node;
}
