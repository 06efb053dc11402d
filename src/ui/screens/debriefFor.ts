/**
 * After a game played by several people on one device: "Debrief for:" one
 * toggle button per seat played here, so each player reads the ending from
 * their own side (their estimates beside the truth, their moves that
 * mattered). Nothing for a game played alone.
 */
import type { AppState } from '../../store/AppState';
import { button, h } from '../dom';
import type { UiContext } from './Screen';

export function debriefFor(ctx: UiContext, state: AppState): HTMLElement | null {
  const hot = state.hotSeat;
  if (!hot || state.seat === null) return null;
  return h(
    'div',
    { class: 'debrief-for button-row', attrs: { role: 'group', 'aria-labelledby': 'debrief-for-label' } },
    h('span', { class: 'debrief-for-label', attrs: { id: 'debrief-for-label' }, text: 'Debrief for:' }),
    ...hot.seats.map((seat) =>
      button(seat.name, () => ctx.app.actions.showDebriefFor(seat.actor), {
        class: seat.actor === state.seat ? 'primary' : '',
        key: `debrief-for:${seat.actor}`,
        attrs: { 'aria-pressed': seat.actor === state.seat ? 'true' : 'false' },
      }),
    ),
  );
}
