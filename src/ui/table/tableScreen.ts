/**
 * The table screen: the Phaser drawing of the table (loaded on demand, in its
 * own chunk), the same information in words beside it (log, board, world),
 * this week's news, and the orders panel. Each part follows only the slice
 * of the store it draws (subscribe with a selector), from the seat's view,
 * log and choices; its UI state (tabs, what is composed) is the store's `ui`
 * slice. Keyboard: every control is a real button, select or checkbox;
 * single-key shortcuts (E: end the week, S: skip the animation, ?: help)
 * work outside form fields once turned on in the help (off by default: a
 * stray key must not end a newcomer's week).
 */
import { capitalise } from '../../engine/index';
import type { TableHandle } from '../../game/TableHandle';
import type { AppState, SeatGame } from '../../store/AppState';
import { selectLog } from '../../store/selectLog';
import { selectAdvice, selectOrdersModel } from '../../store/selectOrdersModel';
import { selectTableModel } from '../../store/selectTableModel';
import type { TableModel } from '../../store/TableModel';
import { dangerSentence } from '../../store/tableWords';
import { endTurnWords } from '../../store/hotSeatOf';
import { classTurnWords, turnClock } from '../../store/classTurnWords';
import { emblemUrl } from '../assets';
import { button, h, renderKeepingFocus } from '../dom';
import { downloadText } from '../download';
import { guidePanel } from '../guide/guidePanel';
import type { ScreenView, UiContext } from '../screens/Screen';
import { ordersPanel } from './ordersPanel';
import { newsTicker, sidePanel } from './sidePanel';
import { tableCards } from './tableCards';

/** Below this width the table is stacked cards (tableCards) instead of the drawing. */
const PHONE = '(max-width: 640px)';

const tableModels = new WeakMap<SeatGame, TableModel>();

/** The table model of `game`, computed once per week. */
function tableModelOf(game: SeatGame): TableModel {
  let model = tableModels.get(game);
  if (!model) {
    model = selectTableModel(game);
    tableModels.set(game, model);
  }
  return model;
}

/** Whether two picks of the store hold the same items (a component re-renders only when one changed). */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

export function tableScreen(ctx: UiContext, _initial: AppState): ScreenView {
  const { app } = ctx;
  const { store, actions } = app;
  let handle: TableHandle | null = null;
  let destroyed = false;
  const unsubscribes: (() => void)[] = [];

  /** Renders with `render` now and whenever one of the items `pick` returns changes. */
  const follow = (pick: (s: AppState) => readonly unknown[], render: (s: AppState, game: SeatGame) => void) => {
    const run = () => {
      const s = store.getState();
      if (!destroyed && s.game) render(s, s.game);
    };
    unsubscribes.push(store.subscribe(pick, run, { equalityFn: sameItems }));
    run();
  };

  const topbar = h('header', { class: 'topbar' });
  const news = h('section', { class: 'news', attrs: { 'aria-labelledby': 'news-h' } });
  const help = h('section', { class: 'help', attrs: { 'aria-labelledby': 'help-h', id: 'help' } });
  const notice = h('div', { class: 'notice-host' });
  // The drawing's canvas is hidden from screen readers; its buttons over the actors (trust) are not.
  const canvasHost = h('div', { class: 'canvas-host' });
  const cardsHost = h('div', { class: 'cards-host' });
  const canvasNote = h('p', {
    class: 'canvas-note muted',
    attrs: { 'aria-live': 'polite' },
    text: 'Loading the drawing of the table…',
  });
  const stage = h(
    'section',
    { class: 'stage', attrs: { 'aria-labelledby': 'stage-h' } },
    h('h2', { class: 'visually-hidden', attrs: { id: 'stage-h' }, text: 'The table, drawn' }),
    h('p', {
      class: 'visually-hidden',
      text: 'A drawing of the actors, trust between them, the deal board and the world meters; the same is in the Board and World tabs.',
    }),
    canvasHost,
    cardsHost,
    canvasNote,
  );
  const side = h('section', { class: 'side', attrs: { 'aria-labelledby': 'side-h' } });
  const orders = h('section', { class: 'orders', attrs: { 'aria-labelledby': 'orders-h' } });
  const heading = h('h1', { class: 'visually-hidden', attrs: { tabindex: -1 } });
  const main = h('main', { class: 'table-layout', attrs: { id: 'main' } }, heading, stage, side, orders);

  // The engine worker plays the week; the store marks it resolving (End week says so) until it answers.
  const endWeek = () => {
    if (!destroyed) actions.endWeek();
  };
  // The second click of a double click on End week would land on the next week's button once the engine has
  // answered: it is not a decision, so it stops here.
  orders.addEventListener(
    'click',
    (event) => {
      if (event.detail > 1 && (event.target as Element | null)?.closest('.end-week')) event.stopPropagation();
    },
    { capture: true },
  );

  // What the week just played brought the student (its summary, before the rest) at the top of the log (the last
  // week holds only its news so far): what just happened is what a student opens the log for.
  const scrollLogToLatest = () => {
    const log = side.querySelector<HTMLElement>('[data-keep-scroll="log"]');
    const weeks = log?.querySelectorAll<HTMLElement>('.log-week') ?? [];
    const played = weeks[weeks.length - 2] ?? weeks[weeks.length - 1];
    const after = played?.querySelector<HTMLElement>('.log-group:not(.log-group-news)') ?? played;
    const heading = played?.querySelector('h3')?.getBoundingClientRect().height ?? 0;
    if (log && after) log.scrollTop += after.getBoundingClientRect().top - log.getBoundingClientRect().top - heading;
  };

  // The heading, the page title and the top bar.
  follow(
    (s) => [s.game, s.choices, s.ui.showHelp, s.ui.shortcuts, s.classSeat],
    (s, game) => {
      const model = tableModelOf(game);
      const me = model.actors.find((a) => a.isSeat);
      const points = s.choices?.points;
      heading.textContent = `${model.title}: ${model.unit} ${model.week} of ${model.weeks}, playing ${me?.called ?? ''}`;
      document.title = `Parley · ${me?.name ?? ''} · ${model.unit} ${model.week} of ${model.weeks}`;
      renderKeepingFocus(topbar, () => [
        h('span', { class: 'brand', text: 'Parley' }),
        h('span', { class: 'scenario-name', text: model.title }),
        h('span', { class: 'pill week', text: `${capitalise(model.unit)} ${model.week} of ${model.weeks}` }),
        h('span', { class: 'pill', text: `You: ${me?.name ?? ''}`, attrs: { title: me?.leader ?? '' } }),
        h('span', {
          class: 'pill',
          text: points ? `${points.left} of ${points.total} action points left` : '',
        }),
        // In a class: the connection when it is not made, and the turn's time left (ticking below).
        ...(s.classSeat
          ? [
              h('span', {
                class: 'pill class-link',
                attrs: { role: 'status' },
                text: classTurnWords(s.classSeat, s.ui, model.unit)?.link ?? `Class ${s.classSeat.code}`,
              }),
              h('span', { class: 'pill turn-clock', text: turnClock(s.classSeat, Date.now()) ?? '' }),
            ]
          : []),
        h(
          'nav',
          { class: 'menu', attrs: { 'aria-label': 'Game menu' } },
          button('Skip animation', () => handle?.skipAnimations(), {
            key: 'skip',
            attrs: { 'aria-keyshortcuts': s.ui.shortcuts ? 'S' : null },
          }),
          button(s.ui.showHelp ? 'Hide help' : 'How to play', () => actions.toggleHelp(), {
            key: 'help',
            attrs: {
              'aria-expanded': s.ui.showHelp ? 'true' : 'false',
              'aria-controls': 'help',
              'aria-keyshortcuts': s.ui.shortcuts ? 'Shift+?' : null,
            },
          }),
          // A class's game is the server's until its ending, when it is saved on this device.
          s.classSeat
            ? null
            : button('Export game', () => exportGame(ctx, s.scenario?.id ?? 'game'), { key: 'export' }),
          button(
            s.classSeat && s.classSeat.link !== 'closed' ? 'Leave the table (your seat is kept)' : 'Back to title',
            () => actions.backToTitle(),
            { key: 'title' },
          ),
        ),
      ]);
    },
  );

  follow(
    (s) => [s.game],
    (_s, game) => {
      const model = tableModelOf(game);
      renderKeepingFocus(news, () => [
        h('h2', { attrs: { id: 'news-h' }, text: `News, ${model.unit} ${model.week}` }),
        ...newsTicker(model),
        // A terminal ending one bad week away (docs/model.md §3.4), said in words.
        ...model.dangers.map((d) =>
          h('p', { class: 'danger-note', attrs: { role: 'note' }, text: dangerSentence(d, model.unit) }),
        ),
      ]);
    },
  );

  // Refusals of orders are shown next to their controls; other problems (a failed replay or import) here.
  follow(
    (s) => [s.notice],
    (s) =>
      renderKeepingFocus(notice, () =>
        s.notice?.kind === 'error'
          ? [
              h(
                'div',
                { class: 'alert', attrs: { role: 'alert', 'data-code': s.notice.code ?? null } },
                h('p', { text: s.notice.message }),
                button('Dismiss', () => actions.dismissNotice(), { key: 'dismiss' }),
              ),
            ]
          : [],
      ),
  );

  follow(
    (s) => [s.ui.showHelp, s.ui.shortcuts],
    (s, game) => {
      const unit = tableModelOf(game).unit;
      help.hidden = !s.ui.showHelp;
      renderKeepingFocus(help, () => [
        ...helpContent(unit, s.ui.shortcuts, (on) => actions.setShortcuts(on)),
        button(`Walk me through a ${unit}`, () => actions.startGuide(), { key: 'start-guide' }),
      ]);
    },
  );

  follow(
    (s) => [s.game, s.ui.sideTab],
    (s, game) => {
      const opened = !side.querySelector('[data-keep-scroll="log"] .log-week');
      renderKeepingFocus(side, () => [
        h('h2', { class: 'visually-hidden', attrs: { id: 'side-h' }, text: 'The table in words' }),
        ...sidePanel(
          s.ui.sideTab,
          (tab) => actions.selectSideTab(tab),
          tableModelOf(game),
          selectLog(game.view.scenario, game.log),
        ),
      ]);
      if (opened && s.ui.sideTab === 'log') requestAnimationFrame(scrollLogToLatest);
    },
  );

  follow(
    (s) => [s.game, s.orders, s.choices, s.ui, s.advice, s.classSeat],
    (s) => {
      const model = selectOrdersModel(s);
      if (!model) return;
      renderKeepingFocus(
        orders,
        () => [
          h('h2', { attrs: { id: 'orders-h' }, text: `Your orders, ${model.unit} ${model.week}` }),
          ...ordersPanel({
            actions,
            model,
            advice: selectAdvice(s),
            ui: s.ui,
            endWeek,
            endTurn: endTurnWords(s.hotSeat),
            inClass: classTurnWords(s.classSeat, s.ui, model.unit),
          }),
        ],
        () => orders.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'),
      );
    },
  );

  const onKey = (event: KeyboardEvent) => {
    if (!store.getState().ui.shortcuts || event.ctrlKey || event.metaKey || event.altKey || destroyed) return;
    const target = event.target as HTMLElement | null;
    if (target && target.closest('input, select, textarea, [contenteditable="true"]')) return;
    if (event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      endWeek();
    } else if (event.key === 's' || event.key === 'S') {
      handle?.skipAnimations();
    } else if (event.key === '?') {
      actions.toggleHelp();
    }
  };
  document.addEventListener('keydown', onKey);
  // A class's turn time, ticking: only its own words change.
  const clock = store.getState().classSeat
    ? setInterval(() => {
        const text = turnClock(store.getState().classSeat, Date.now()) ?? '';
        const shown = topbar.querySelector('.turn-clock');
        if (shown && shown.textContent !== text) shown.textContent = text;
      }, 1000)
    : undefined;
  requestAnimationFrame(scrollLogToLatest);

  // The drawing gets the table model and the week's events as the seat saw them, nothing else;
  // it follows prefers-reduced-motion by being mounted again when the setting changes.
  let mounting = 0;
  const phone = window.matchMedia(PHONE);
  const showCards = (game: SeatGame) => renderKeepingFocus(cardsHost, () => [tableCards(tableModelOf(game))]);
  const mountCanvas = () => {
    const attempt = ++mounting;
    const now = store.getState().game;
    cardsHost.hidden = !phone.matches;
    canvasHost.hidden = phone.matches;
    if (phone.matches) {
      handle?.destroy();
      handle = null;
      canvasNote.hidden = true;
      if (now) showCards(now);
      return;
    }
    cardsHost.replaceChildren();
    void ctx.loadTable().then((mount) => {
      const game = store.getState().game;
      if (destroyed || attempt !== mounting || !game) return;
      handle?.destroy();
      handle = null;
      if (!mount) {
        canvasNote.textContent =
          'The drawing of the table is not available here; everything it shows is in the Board and World tabs.';
        return;
      }
      try {
        handle = mount(canvasHost, { reducedMotion: store.getState().reducedMotion, emblemUrl });
        handle.update(tableModelOf(game), game.fresh);
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
  unsubscribes.push(store.subscribe((s) => s.reducedMotion, mountCanvas));
  phone.addEventListener('change', mountCanvas);
  unsubscribes.push(() => phone.removeEventListener('change', mountCanvas));
  unsubscribes.push(
    store.subscribe(
      (s) => s.game,
      (game) => {
        if (destroyed || !game) return;
        requestAnimationFrame(scrollLogToLatest);
        // The drawing follows once the new week's controls are painted: its redraw is not what a student waits for.
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (!destroyed && store.getState().game === game) handle?.update(tableModelOf(game), game.fresh);
          }, 0),
        );
        if (phone.matches) showCards(game);
      },
    ),
  );

  // The guided first week points at the controls above: it follows the store last, once they are drawn.
  const guide = guidePanel(app, ctx.announce);

  return {
    nodes: [topbar, guide.node, news, notice, help, main],
    // Every part follows the store itself.
    update() {},
    destroy() {
      destroyed = true;
      for (const unsubscribe of unsubscribes) unsubscribe();
      guide.destroy();
      document.removeEventListener('keydown', onKey);
      clearInterval(clock);
      handle?.destroy();
      handle = null;
    },
  };
}

function exportGame(ctx: UiContext, id: string): void {
  const text = ctx.app.actions.exportGame();
  if (text) downloadText(`parley-${id}-game.json`, text);
}

function helpContent(unit: string, shortcuts: boolean, setShortcuts: (on: boolean) => void): HTMLElement[] {
  const input = h('input', {
    key: 'shortcuts',
    attrs: { type: 'checkbox', id: 'shortcuts-toggle', checked: shortcuts },
  });
  input.addEventListener('change', () => setShortcuts(input.checked));
  return [
    h('h2', { attrs: { id: 'help-h' }, text: `How a ${unit} works` }),
    h(
      'ol',
      {},
      h('li', { text: 'Read the news and the log: what happened, and why each side answered as it did.' }),
      h('li', {
        text: 'Give your orders within your action points: propose a package (one choice per lever), answer the packages you received, meet, make a statement, or apply pressure. Not sure? Ask your adviser.',
      }),
      h('li', {
        text: `End the ${unit}. Everyone's orders are resolved together, in a fixed order. A package is answered the ${unit} after it is sent and signed only if every party accepts.`,
      }),
      h('li', {
        text: 'Compare "worth to you" with what no deal is worth to you: a package below that is worse than walking away.',
      }),
    ),
    h('h3', { text: 'Keyboard' }),
    h('p', {
      text: 'Tab and Shift+Tab move between controls; Enter or Space presses a button; arrow keys move between tabs.',
    }),
    h(
      'p',
      { class: 'check' },
      input,
      h('label', { attrs: { for: 'shortcuts-toggle' }, text: ' Single-key shortcuts on' }),
    ),
    h('p', {
      class: 'muted small',
      text: `${shortcuts ? 'On' : 'Off unless you turn them on'}: outside form fields, E ends the ${unit}, S skips the animation, ? shows or hides this help.`,
    }),
  ];
}
