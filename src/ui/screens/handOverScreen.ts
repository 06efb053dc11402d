/**
 * Between two players' turns on one device (hot-seat): the screen that hands
 * the device on. It shows nothing of any seat — no table, log, estimates or
 * orders are in the state while it is up (the store's handOver), and it
 * replaces what the live region last said — only whose turn it is, who has
 * ended theirs this week, and the button the next player presses once only
 * they can see the screen.
 */
import { capitalise, possessive } from '../../engine/index';
import type { HotSeat } from '../../store/hotSeatOf';
import type { AppState } from '../../store/AppState';
import { button, h, renderKeepingFocus } from '../dom';
import type { ScreenView, UiContext } from './Screen';

export function handOverScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const main = h('main', { class: 'screen handover-screen', attrs: { id: 'main' } });
  const render = (s: AppState): Node[] => {
    const hot = s.hotSeat;
    const next = hot?.seats.find((seat) => seat.actor === hot.turn);
    if (!hot || !next)
      return [
        h('h1', { text: 'No game is waiting for a player', attrs: { tabindex: -1 } }),
        button('Back to the title', () => actions.backToTitle(), { class: 'primary', key: 'title' }),
      ];
    return [
      h('p', {
        class: 'eyebrow',
        text: `${s.scenario?.title ?? ''} · ${capitalise(hot.unit)} ${hot.week} of ${hot.weeks}`,
      }),
      h('h1', { text: `Pass the device to the player of ${next.called}`, attrs: { tabindex: -1 } }),
      h('p', {
        class: 'lead',
        text: `Everyone else, look away now. ${capitalise(possessive(next.called))} player: when only you can see the screen, show your table.`,
      }),
      button(`I am ${possessive(next.called)} player — show my table`, () => actions.takeTurn(), {
        class: 'primary big',
        key: 'take-turn',
      }),
      turnsList(hot),
      h('p', {
        class: 'muted small',
        text: `Each player gives their orders in turn, out of the others' sight. The ${hot.unit} is played when the last player has ended their turn; then the device goes back to the first player. The computer plays every other side.`,
      }),
      button('Back to the title (the game is saved)', () => actions.backToTitle(), { key: 'title' }),
    ];
  };
  main.append(...render(state));
  const next = state.hotSeat?.seats.find((seat) => seat.actor === state.hotSeat?.turn);
  // What the live region said last was the previous player's: it now says only whose turn it is.
  ctx.announce(next ? [`Pass the device to the player of ${next.called}.`] : []);
  return {
    nodes: [main],
    update(s, previous) {
      if (s.hotSeat !== previous.hotSeat || s.scenario !== previous.scenario) renderKeepingFocus(main, () => render(s));
    },
  };
}

/** This week's turns: who has ended theirs, whose it is, who comes after. */
function turnsList(hot: HotSeat): HTMLElement {
  return h(
    'section',
    { class: 'panel turns', attrs: { 'aria-labelledby': 'turns-h' } },
    h('h2', { attrs: { id: 'turns-h' }, text: `Players on this device, ${hot.unit} ${hot.week}` }),
    h(
      'ol',
      { class: 'plain turn-list' },
      ...hot.seats.map((seat) => {
        const state = hot.done.includes(seat.actor)
          ? 'turn ended'
          : seat.actor === hot.turn
            ? 'their turn now'
            : 'turn to come';
        return h(
          'li',
          { attrs: { 'data-turn': state, 'aria-current': seat.actor === hot.turn ? 'step' : null } },
          h('strong', { text: seat.name }),
          ` — ${state}`,
        );
      }),
    ),
  );
}
