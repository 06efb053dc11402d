/**
 * The Pressure tab: each of the student's pressures with what it moves in
 * the world and what that risks (a value it pushes towards a level that ends
 * the game is marked), what it costs the student, and whether it is
 * available now — all worded by the engine (describePressure).
 */
import type { EffectLine } from '../../engine/index';
import { h } from '../dom';
import { labelTag } from '../labelTag';
import type { OrdersContext } from './ordersPanel';
import { actionButton, refusalNote } from './orderControls';

function effects(title: string, lines: readonly EffectLine[]): HTMLElement | null {
  if (lines.length === 0) return null;
  return h(
    'div',
    { class: 'effects' },
    h('p', { class: 'effects-title', text: title }),
    h(
      'ul',
      { class: 'plain' },
      ...lines.map((l) =>
        h(
          'li',
          { class: l.warns ? 'warns' : '' },
          l.warns ? h('span', { class: 'warn-mark', text: '⚠ ', attrs: { 'aria-hidden': 'true' } }) : null,
          l.text,
        ),
      ),
    ),
  );
}

export function pressureTab(ctx: OrdersContext): HTMLElement[] {
  const { model, actions, ui } = ctx;
  if (model.pressures.length === 0)
    return [h('p', { class: 'muted', text: 'Your side has no pressure to apply in this scenario.' })];
  return [
    h('p', {
      class: 'muted small',
      text: `Pressure changes the world, and so what no deal is worth to the others; it always costs you something too. ⚠ marks a value this would leave one bad ${model.unit} from a level that ends the game.`,
    }),
    ...model.pressures.map((p) => {
      const slot = `pressure:${p.index}`;
      return h(
        'article',
        { class: 'pressure-card', attrs: { 'aria-labelledby': `${slot}-h` } },
        h('h3', { attrs: { id: `${slot}-h` } }, p.name, ' ', labelTag(p.label)),
        p.description ? h('p', { text: p.description }) : null,
        effects('What it does:', p.does),
        effects('What it costs you:', p.costs),
        h('p', {
          class: 'small',
          text: `Costs ${p.cost} AP; once used, it is not available for the next ${p.cooldown} ${model.unit}${p.cooldown === 1 ? '' : 's'}.`,
        }),
        actionButton(
          slot,
          `Apply “${p.name}” (${p.cost} AP)`,
          () => actions.applyPressure(p.index),
          false,
          !!p.blocked,
        ),
        refusalNote(ui, slot, p.blocked),
      );
    }),
  ];
}
