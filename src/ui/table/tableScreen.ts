/**
 * The table screen: the Phaser drawing of the table (loaded on demand, in its
 * own chunk), the same information in words beside it (log, board, world),
 * this week's news, and the orders panel. Everything follows the store; the
 * screen keeps only UI state (tabs, drafts). Keyboard: every control is a
 * real button, select or checkbox; single-key shortcuts (E: end the week,
 * S: skip the animation, ?: help) work outside form fields and can be
 * switched off.
 */
import { eventsFor } from '../../engine/game/visibleTo';
import type { TableHandle } from '../../game/TableHandle';
import type { AppState, GameSnapshot } from '../../store/AppState';
import { makeEstimator, type Estimator } from '../../store/estimatePackage';
import { selectLog } from '../../store/selectLog';
import { selectOrdersModel } from '../../store/selectOrdersModel';
import { selectTableModel } from '../../store/selectTableModel';
import { button, h, renderKeepingFocus } from '../dom';
import { downloadText } from '../download';
import type { ScreenView, UiContext } from '../screens/Screen';
import { ordersPanel } from './ordersPanel';
import { newsTicker, sidePanel } from './sidePanel';
import { newTableUi, resetWeek } from './TableUi';

export function tableScreen(ctx: UiContext, initial: AppState): ScreenView {
  const { app } = ctx;
  const scenario = app.scenario()!;
  const ui = newTableUi();
  if (scenario.id === 'tutorial') ui.showHelp = true;
  let state = initial;
  let estimator: { game: GameSnapshot; estimate: Estimator } | null = null;
  let handle: TableHandle | null = null;
  let destroyed = false;
  let busy = false;

  const topbar = h('header', { class: 'topbar' });
  const news = h('section', { class: 'news', attrs: { 'aria-labelledby': 'news-h' } });
  const help = h('section', { class: 'help', attrs: { 'aria-labelledby': 'help-h', id: 'help' } });
  const notice = h('div', { class: 'notice-host' });
  const canvasHost = h('div', {
    class: 'canvas-host',
    attrs: {
      role: 'img',
      'aria-label':
        'Drawing of the table: the actors, trust between them, the deal board and the world meters. The same information is in the Board and World tabs.',
    },
  });
  const canvasNote = h('p', {
    class: 'canvas-note muted',
    attrs: { 'aria-live': 'polite' },
    text: 'Loading the drawing of the table…',
  });
  const stage = h(
    'section',
    { class: 'stage', attrs: { 'aria-labelledby': 'stage-h' } },
    h('h2', { class: 'visually-hidden', attrs: { id: 'stage-h' }, text: 'The table, drawn' }),
    canvasHost,
    canvasNote,
  );
  const side = h('section', { class: 'side', attrs: { 'aria-labelledby': 'side-h' } });
  const orders = h('section', { class: 'orders', attrs: { 'aria-labelledby': 'orders-h' } });
  const heading = h('h1', { class: 'visually-hidden', attrs: { tabindex: -1 } });
  const main = h('main', { class: 'table-layout', attrs: { id: 'main' } }, heading, stage, side, orders);

  const seatEvents = (game: GameSnapshot, from = 0) => eventsFor(game.events.slice(from), state.seat!);
  const tableModel = () => selectTableModel(scenario, state.game!.state, seatEvents(state.game!), state.seat!);

  const render = () => {
    const game = state.game;
    const seat = state.seat;
    if (!game || seat === null || destroyed) return;
    if (!estimator || estimator.game !== game)
      estimator = { game, estimate: makeEstimator(scenario, game.state, game.events, seat) };
    const model = tableModel();
    const me = model.actors[seat]!;
    const ordersModel = selectOrdersModel(scenario, game.state, game.events, seat, state.orders);
    heading.textContent = `${scenario.title}: ${scenario.turns.unit} ${model.week} of ${model.weeks}, playing ${me.name}`;
    document.title = `Parley · ${me.name} · ${scenario.turns.unit} ${model.week} of ${model.weeks}`;

    renderKeepingFocus(topbar, () => [
      h('span', { class: 'brand', text: 'Parley' }),
      h('span', { class: 'scenario-name', text: scenario.title }),
      h('span', { class: 'pill week', text: `${cap(model.unit)} ${model.week} of ${model.weeks}` }),
      h('span', { class: 'pill', text: `You: ${me.name}`, attrs: { title: me.leader } }),
      h('span', {
        class: 'pill',
        text: `${ordersModel.points.left} of ${ordersModel.points.total} action points left`,
      }),
      h(
        'nav',
        { class: 'menu', attrs: { 'aria-label': 'Game menu' } },
        button('Skip animation', () => handle?.skipAnimations(), { key: 'skip', attrs: { 'aria-keyshortcuts': 'S' } }),
        button(
          ui.showHelp ? 'Hide help' : 'How to play',
          () => {
            ui.showHelp = !ui.showHelp;
            render();
          },
          {
            key: 'help',
            attrs: {
              'aria-expanded': ui.showHelp ? 'true' : 'false',
              'aria-controls': 'help',
              'aria-keyshortcuts': 'Shift+?',
            },
          },
        ),
        button('Export game', () => exportGame(ctx, scenario.id), { key: 'export' }),
        button('Back to title', () => app.actions.backToTitle(), { key: 'title' }),
      ),
    ]);

    renderKeepingFocus(news, () => [
      h('h2', { attrs: { id: 'news-h' }, text: `News, ${scenario.turns.unit} ${model.week}` }),
      ...newsTicker(model),
    ]);

    // Refusals of orders are shown next to their controls; other problems (a failed replay or import) here.
    renderKeepingFocus(notice, () =>
      state.notice?.kind === 'error'
        ? [
            h(
              'div',
              { class: 'alert', attrs: { role: 'alert' } },
              h('p', { text: state.notice.message }),
              button('Dismiss', () => app.actions.dismissNotice(), { key: 'dismiss' }),
            ),
          ]
        : [],
    );

    help.hidden = !ui.showHelp;
    renderKeepingFocus(help, () =>
      helpContent(ui.shortcuts, (on) => {
        ui.shortcuts = on;
        render();
      }),
    );

    renderKeepingFocus(side, () => [
      h('h2', { class: 'visually-hidden', attrs: { id: 'side-h' }, text: 'The table in words' }),
      ...sidePanel(ui, model, selectLog(scenario, game.events, seat), render),
    ]);

    renderKeepingFocus(
      orders,
      () => [
        h('h2', { attrs: { id: 'orders-h' }, text: `Your orders, ${scenario.turns.unit} ${model.week}` }),
        ...ordersPanel({
          scenario,
          actions: app.actions,
          model: ordersModel,
          estimate: estimator!.estimate,
          advice: state.advice,
          ui,
          refresh: render,
          endWeek,
          busy,
        }),
      ],
      () => orders.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'),
    );
  };

  // The AI's decisions take a moment on a slow machine: say so, let the browser paint, then resolve.
  const endWeek = () => {
    if (busy || destroyed) return;
    busy = true;
    render();
    requestAnimationFrame(() =>
      setTimeout(() => {
        try {
          app.actions.endWeek();
        } finally {
          busy = false;
          if (!destroyed) render();
        }
      }, 0),
    );
  };

  const scrollLogToEnd = () => {
    const log = side.querySelector<HTMLElement>('[data-keep-scroll="log"]');
    if (log) log.scrollTop = log.scrollHeight;
  };

  const onKey = (event: KeyboardEvent) => {
    if (!ui.shortcuts || event.ctrlKey || event.metaKey || event.altKey || destroyed) return;
    const target = event.target as HTMLElement | null;
    if (target && target.closest('input, select, textarea, [contenteditable="true"]')) return;
    if (event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      endWeek();
    } else if (event.key === 's' || event.key === 'S') {
      handle?.skipAnimations();
    } else if (event.key === '?') {
      ui.showHelp = !ui.showHelp;
      render();
    }
  };
  document.addEventListener('keydown', onKey);

  render();
  requestAnimationFrame(scrollLogToEnd);

  // The drawing follows prefers-reduced-motion: it is mounted again when the setting changes.
  let mounting = 0;
  const mountCanvas = () => {
    const attempt = ++mounting;
    void ctx.loadTable().then((mount) => {
      if (destroyed || attempt !== mounting) return;
      handle?.destroy();
      handle = null;
      if (!mount) {
        canvasNote.textContent =
          'The drawing of the table is not available here; everything it shows is in the Board and World tabs.';
        return;
      }
      try {
        handle = mount(canvasHost, { scenario, reducedMotion: state.reducedMotion });
        handle.update(tableModel(), seatEvents(state.game!, state.game!.lastWeekFrom));
        canvasNote.textContent = '';
        canvasNote.hidden = true;
      } catch {
        handle = null;
        canvasNote.hidden = false;
        canvasNote.textContent =
          'The drawing of the table could not start here; everything it shows is in the Board and World tabs.';
      }
    });
  };
  mountCanvas();

  return {
    nodes: [topbar, news, notice, help, main],
    update(next, previous) {
      state = next;
      const newWeek = next.game !== previous.game && next.game !== null;
      if (newWeek) {
        resetWeek(ui);
        if (next.game!.state.week !== previous.game?.state.week)
          ui.ordersTab = next.game!.state.inbox.some((p) => p.proposer !== next.seat && p.parties.includes(next.seat!))
            ? 'answer'
            : 'propose';
      }
      render();
      if (next.reducedMotion !== previous.reducedMotion && next.game) mountCanvas();
      else if (newWeek) {
        requestAnimationFrame(scrollLogToEnd);
        handle?.update(tableModel(), seatEvents(next.game!, next.game!.lastWeekFrom));
      }
    },
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      handle?.destroy();
      handle = null;
    },
  };
}

function exportGame(ctx: UiContext, id: string): void {
  const text = ctx.app.actions.exportGame();
  if (text) downloadText(`parley-${id}-game.json`, text);
}

function helpContent(shortcuts: boolean, setShortcuts: (on: boolean) => void): HTMLElement[] {
  const input = h('input', {
    key: 'shortcuts',
    attrs: { type: 'checkbox', id: 'shortcuts-toggle', checked: shortcuts },
  });
  input.addEventListener('change', () => setShortcuts(input.checked));
  return [
    h('h2', { attrs: { id: 'help-h' }, text: 'How a week works' }),
    h(
      'ol',
      {},
      h('li', { text: 'Read the news and the log: what happened, and why each side answered as it did.' }),
      h('li', {
        text: 'Give your orders within your action points: propose a package (one choice per lever), answer the packages you received, meet, make a statement, or apply pressure. Not sure? Ask your adviser.',
      }),
      h('li', {
        text: "End the week. Everyone's orders are resolved together, in a fixed order. A package is answered the week after it is sent and signed only if every party accepts.",
      }),
      h('li', {
        text: 'Compare "worth to you" with what no deal is worth to you: a package below that is worse than walking away.',
      }),
    ),
    h('h3', { text: 'Keyboard' }),
    h('p', {
      text: 'Tab and Shift+Tab move between controls; Enter or Space presses a button; arrow keys move between tabs. Outside form fields: E ends the week, S skips the animation, ? shows or hides this help.',
    }),
    h(
      'p',
      { class: 'check' },
      input,
      h('label', { attrs: { for: 'shortcuts-toggle' }, text: ' Single-key shortcuts on' }),
    ),
  ];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
