/**
 * The DOM shell: shows the screen the store names, hands it every store
 * change, moves focus to a new screen's heading, and announces each event of
 * a resolved week in an ARIA live region (the same lines as the log).
 */
import { freshLines } from '../store/selectLog';
import type { AppState, Screen } from '../store/AppState';
import { h, isolateScenarioText, renderKeepingFocus } from './dom';
import { endingScreen } from './screens/endingScreen';
import { handOverScreen } from './screens/handOverScreen';
import { roleScreen } from './screens/roleScreen';
import { savedGamesScreen } from './screens/savedGamesScreen';
import { scenarioScreen } from './screens/scenarioScreen';
import type { ScreenView, UiContext } from './screens/Screen';
import { titleScreen } from './screens/titleScreen';
import { tableScreen } from './table/tableScreen';

const SCREENS: Record<Screen, (ctx: UiContext, state: AppState) => ScreenView> = {
  title: titleScreen,
  scenarios: scenarioScreen,
  saved: savedGamesScreen,
  role: roleScreen,
  table: tableScreen,
  ending: endingScreen,
  handover: handOverScreen,
};

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
    isolateScenarioText([state.role, state.game?.view.scenario, state.game?.debrief?.scenario, state.hotSeat]);

  const show = (state: AppState) => {
    isolateFrom(state);
    view?.destroy?.();
    screen = state.screen;
    view = SCREENS[state.screen](ctx, state);
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
    const next = SCREENS[state.screen](ctx, state);
    renderKeepingFocus(stage, () => [...next.nodes]);
    view = next;
  });

  show(store.getState());
  return () => {
    unsubscribe();
    view?.destroy?.();
    root.replaceChildren();
  };
}
