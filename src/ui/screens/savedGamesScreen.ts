/**
 * Saved games: every game kept on this device (in progress, ended, branches,
 * imports), the latest first, each with its scenario, role, week and date,
 * to open, export or delete (after a confirmation); one that cannot be
 * resumed says why. A game file is imported here too. A game played under
 * rules or a scenario that have changed since is offered as a branch from
 * what still applies, with the first move that no longer applies in words.
 */
import type { AppState, ImportOffer } from '../../store/AppState';
import { offerWords } from '../../store/offerWords';
import type { SavedGameEntry } from '../../store/SavedGames';
import { downloadText } from '../download';
import { button, h, uid } from '../dom';
import type { ScreenView, UiContext } from './Screen';

export function savedGamesScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const inputId = uid('game-file');
  const input = h('input', {
    key: 'game-file',
    attrs: { type: 'file', id: inputId, accept: '.json,application/json', 'aria-describedby': `${inputId}-help` },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void file.text().then((text) => actions.importGame(text));
  });
  const main = h(
    'main',
    { class: 'screen saved-screen', attrs: { id: 'main' } },
    h('h1', { text: 'Saved games', attrs: { tabindex: -1 } }),
    state.importOffer ? offerPanel(ctx, state.importOffer) : null,
    state.notice?.kind === 'error'
      ? h('p', { class: 'error-text', attrs: { role: 'alert' }, text: state.notice.message })
      : null,
    state.savedGames.length === 0
      ? h('p', { text: 'No game is saved on this device yet.' })
      : h(
          'ul',
          { class: 'cards saved-list', attrs: { 'aria-label': 'Games saved on this device' } },
          ...state.savedGames.map((entry) => savedCard(ctx, entry)),
        ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': `${inputId}-h` } },
      h('h2', { text: 'Import a game file', attrs: { id: `${inputId}-h` } }),
      h('label', { class: 'file-label', attrs: { for: inputId } }, 'Game file (.json)'),
      input,
      h('p', {
        class: 'muted small',
        attrs: { id: `${inputId}-help` },
        text: 'A game exported from Parley, on this device or another. It is added to your saved games; a file changed by hand is refused.',
      }),
    ),
    h(
      'div',
      { class: 'button-row' },
      button('Back to the title', () => actions.backToTitle(), { key: 'title' }),
    ),
  );
  return { nodes: [main] };
}

function savedCard(ctx: UiContext, entry: SavedGameEntry): HTMLElement {
  const { actions } = ctx.app;
  const name = `${entry.title}${entry.role ? ` as ${entry.role}` : ''}`;
  const where = `${entry.ended ? 'ended in ' : ''}${entry.unit ?? 'week'} ${entry.week}`;
  const when = entry.savedAt > 0 ? `saved ${new Date(entry.savedAt).toLocaleString()}` : '';
  const buttons = h(
    'div',
    { class: 'button-row' },
    entry.setAside === null
      ? button(entry.ended ? 'See how it ended' : 'Open', () => actions.openSaved(entry.id), {
          class: 'primary',
          key: `open:${entry.id}`,
          attrs: { 'aria-label': `${entry.ended ? 'See how it ended' : 'Open'}: ${name}, ${where}` },
        })
      : null,
    button(
      'Export',
      () => {
        const text = actions.exportSaved(entry.id);
        if (text) downloadText(`parley-game-${entry.id}.json`, text);
      },
      { key: `export:${entry.id}`, attrs: { 'aria-label': `Export: ${name}, ${where}` } },
    ),
    button('Delete', () => confirmDelete(), {
      key: `delete:${entry.id}`,
      attrs: { 'aria-label': `Delete: ${name}, ${where}` },
    }),
  );
  // Deleting asks first, in place: the buttons give way to the question until it is answered.
  const confirmDelete = () => {
    const no = button('Keep it', () => question.replaceWith(buttons), { key: `keep:${entry.id}` });
    const question = h(
      'div',
      { class: 'button-row', attrs: { role: 'group', 'aria-label': 'Delete this game?' } },
      h('p', { text: `Delete ${name} (${where}) for good? It cannot be brought back.` }),
      button('Delete for good', () => actions.deleteSaved(entry.id), { key: `confirm:${entry.id}` }),
      no,
    );
    buttons.replaceWith(question);
    no.focus();
  };
  return h(
    'li',
    { class: 'card' },
    h('h2', { text: name }),
    h('p', {
      text: [where, entry.branch ? 'a branch' : '', when].filter(Boolean).join(' · '),
    }),
    entry.setAside === null ? null : h('p', { class: 'error-text', text: `Cannot be resumed: ${entry.setAside}` }),
    buttons,
  );
}

function offerPanel(ctx: UiContext, offer: ImportOffer): HTMLElement {
  const { actions } = ctx.app;
  const words = offerWords(offer);
  return h(
    'section',
    { class: 'panel alert', attrs: { role: 'alert', 'aria-labelledby': 'offer-h' } },
    h('h2', { attrs: { id: 'offer-h' }, text: `${offer.title}: this game can only partly be replayed` }),
    h('p', { text: offer.changed }),
    h('p', { text: words.replays }),
    h(
      'div',
      { class: 'button-row' },
      button(words.branch, () => actions.acceptImport(), { class: 'primary', key: 'branch' }),
      button('Not now', () => actions.declineImport(), { key: 'decline' }),
    ),
  );
}
