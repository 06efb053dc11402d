/**
 * Several players on one device (hot-seat), offered on the role screen below
 * the roles: a disclosure where two or more roles are ticked to be played by
 * people here, taking turns at the device; the computer plays the others.
 * One role alone is still chosen from its card. The start button is never
 * disabled: with fewer than two roles ticked it says why, beside it.
 */
import type { ActorIndex, PublicScenario } from '../../engine/index';
import { button, h, uid } from '../dom';
import type { UiContext } from './Screen';

export function playersChoice(ctx: UiContext, scenario: PublicScenario): HTMLElement | null {
  const playable = scenario.actors.filter((a) => a.playable);
  if (playable.length < 2) return null;
  const chosen = new Set<ActorIndex>();
  const noteId = uid('players-note');
  const note = h('p', { class: 'players-note', attrs: { id: noteId, 'aria-live': 'polite' } });
  const startLabel = () =>
    chosen.size >= 2 ? `Start the game with ${chosen.size} players` : 'Start the game with these players';
  const start = button(
    startLabel(),
    () => {
      if (chosen.size < 2) {
        note.textContent =
          chosen.size === 0
            ? 'Tick at least two roles first.'
            : 'Tick at least one more role: one role alone is played from its card above.';
        return;
      }
      ctx.app.actions.choosePlayers([...chosen]);
    },
    { class: 'primary', key: 'players-start', attrs: { 'aria-describedby': noteId } },
  );
  const boxes = playable.map((a) => {
    const id = uid('player');
    const input = h('input', { key: `player:${a.id}`, attrs: { type: 'checkbox', id, name: 'players' } });
    input.addEventListener('change', () => {
      if (input.checked) chosen.add(a.index);
      else chosen.delete(a.index);
      start.textContent = startLabel();
      note.textContent = '';
    });
    return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: a.name }));
  });
  return h(
    'details',
    { class: 'panel players-choice' },
    h('summary', { text: 'Players on this device: play with others, taking turns' }),
    h('p', {
      text: 'Two or more people can play here on one device. Each player gives their orders in turn, then passes the device on; nobody sees another player’s table. The computer plays every side nobody chose.',
    }),
    h('fieldset', {}, h('legend', { text: 'Roles played by people here' }), ...boxes),
    h('div', { class: 'button-row' }, start),
    note,
  );
}
