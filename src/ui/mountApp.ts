/**
 * The DOM shell: shows the screen the store names, hands it every store
 * change, moves focus to a new screen's heading, and announces each event of
 * a resolved week in an ARIA live region (the same lines as the log).
 */
import { freshLines } from '../store/selectLog';
import type { AppState, Screen } from '../store/AppState';
import { h, isolateScenarioText, renderKeepingFocus } from './dom';
import type { ScreenView, UiContext } from './screens/Screen';
import { titleScreen } from './screens/titleScreen';

type ScreenOf = (ctx: UiContext, state: AppState) => ScreenView;

/**
 * The title comes with the page; every other screen is a chunk of its own
 * (docs/bundle.md), fetched once the page is idle, or at once when it is
 * asked for first.
 */
const LATER: Record<Exclude<Screen, 'title'>, () => Promise<ScreenOf>> = {
  scenarios: () => import('./screens/scenarioScreen').then((m) => m.scenarioScreen),
  saved: () => import('./screens/savedGamesScreen').then((m) => m.savedGamesScreen),
  role: () => import('./screens/roleScreen').then((m) => m.roleScreen),
  table: () => import('./table/tableScreen').then((m) => m.tableScreen),
  ending: () => import('./screens/endingScreen').then((m) => m.endingScreen),
  handover: () => import('./screens/handOverScreen').then((m) => m.handOverScreen),
  join: () => import('./screens/joinScreen').then((m) => m.joinScreen),
  host: () => import('./screens/hostScreen').then((m) => m.hostScreen),
  class: () => import('./screens/classScreen').then((m) => m.classScreen),
};
const screens: Partial<Record<Screen, ScreenOf>> = { title: titleScreen };
const INTENT = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;
const loading = new Map<Screen, Promise<ScreenOf>>();

function loadScreen(name: Exclude<Screen, 'title'>): Promise<ScreenOf> {
  let promise = loading.get(name);
  if (!promise) {
    promise = LATER[name]().then((made) => (screens[name] = made));
    loading.set(name, promise);
  }
  return promise;
}

export type UiDeps = Omit<UiContext, 'announce'>;

/** Mounts the app into `root`; returns an unmount. */
export function mountApp(root: HTMLElement, deps: UiDeps): () => void {
  const { store } = deps.app;
  const live = h('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions text', id: 'announcer' },
  });
  const stage = h('div', { class: 'app-stage' });
  const skip = h('a', { class: 'skip-link', attrs: { href: '#main' }, text: 'Skip to the main content' });
  root.replaceChildren(skip, stage, live);

  const announce = (lines: readonly string[]) => {
    live.replaceChildren(...lines.map((line) => h('p', { text: line })));
  };
  const ctx: UiContext = { ...deps, announce };

  let screen: Screen | null = null;
  let view: ScreenView | null = null;

  // Whatever of the open scenario a screen may show, so that its untrusted strings are isolated (dom.ts).
  const isolateFrom = (state: AppState) =>
    isolateScenarioText([
      state.role,
      state.game?.view.scenario,
      state.game?.debrief?.scenario,
      state.hotSeat,
      // A class's pages: the scenarios offered, the class's tables and its students' names (docs/classroom.md).
      state.teacher.offers,
      state.teacher.hosted?.overview,
    ]);

  const show = (state: AppState) => {
    const made = screens[state.screen];
    if (!made) {
      // Until its chunk is here the screen before stays; then the store's screen of that moment is shown.
      void loadScreen(state.screen as Exclude<Screen, 'title'>).then(() => {
        const now = store.getState();
        if (now.screen !== screen && screens[now.screen]) show(now);
      });
      return;
    }
    isolateFrom(state);
    view?.destroy?.();
    screen = state.screen;
    view = made(ctx, state);
    stage.replaceChildren(...view.nodes);
    if (state.screen !== 'table' && state.screen !== 'ending')
      document.title = state.screen === 'title' ? 'Parley' : `Parley · ${state.scenario?.title ?? ''}`;
    const heading = stage.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    isolateFrom(state);
    // A week just resolved (or the opening): its events as the seat saw them.
    const game = state.game;
    if (game && game !== previous.game && game.fresh.length > 0)
      announce(freshLines(game.view.scenario, game.log).map((l) => l.text));
    if (state.screen !== screen) return show(state);
    if (view?.update) return view.update(state, previous);
    // Simple screens re-render whole, keeping focus on the same control.
    const next = screens[state.screen]!(ctx, state);
    renderKeepingFocus(stage, () => [...next.nodes]);
    view = next;
  });

  show(store.getState());
  // The other screens are fetched while the player reads the first, which does not wait for them: at the
  // player's first move (a key, a touch, the pointer over the page), or after a few seconds.
  const stopWaiting = () => {
    clearTimeout(timer);
    for (const type of INTENT) window.removeEventListener(type, prefetch, true);
  };
  const prefetch = () => {
    stopWaiting();
    for (const name of Object.keys(LATER)) void loadScreen(name as Exclude<Screen, 'title'>);
  };
  const timer = setTimeout(prefetch, 3000);
  for (const type of INTENT) window.addEventListener(type, prefetch, { capture: true, passive: true });
  return () => {
    stopWaiting();
    unsubscribe();
    view?.destroy?.();
    root.replaceChildren();
  };
}
