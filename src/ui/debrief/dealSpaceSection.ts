/**
 * The deal space of two sides the student picks (by default the student and
 * the side it shares most levers with): what it shows, in words, then the
 * chart (Phaser, loaded on demand like the table) and its tables
 * (dealSpaceContent). Changing a select redraws this section alone.
 */
import type { Debrief } from '../../engine/index';
import type { DealPoint } from '../../store/selectDealSpace';
import { selectDealSpace } from '../../store/selectDealSpace';
import { worldMetersText } from '../../store/worldMetersText';
import { legendItem } from './legendItem';
import { h, uid } from '../dom';
import { dealSpaceTables } from './dealSpaceContent';
import type { DealSpaceHandle } from '../../game/dealSpace/mountDealSpace';

export interface DealSpaceSection {
  readonly node: HTMLElement;
  destroy(): void;
}

export function dealSpaceSection(
  debrief: Debrief,
  pair: [number, number],
  original: ((a: number, b: number) => DealPoint | null) | null,
): DealSpaceSection {
  const actors = debrief.scenario.actors;
  const world = worldMetersText(debrief.scenario.values);
  const select = (label: string, which: 0 | 1) => {
    const id = uid('deal-actor');
    const control = h(
      'select',
      { key: `deal-${which}`, attrs: { id } },
      ...actors.map((a) =>
        h('option', {
          text: `${a.name}${a.index === debrief.seat ? ' (you)' : ''}`,
          attrs: { value: String(a.index), selected: a.index === pair[which] },
        }),
      ),
    );
    control.addEventListener('change', () => {
      pair[which] = Number(control.value);
      void draw();
    });
    return h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), control);
  };
  const canvas = h('div', { class: 'deal-canvas' });
  const content = h('div', { class: 'deal-content', attrs: { 'aria-live': 'polite' } });
  let chart: DealSpaceHandle | null = null;
  let destroyed = false;
  let asked = 0;

  const draw = async () => {
    const ticket = ++asked;
    const [a, b] = pair;
    if (a === b) {
      content.replaceChildren(h('p', { class: 'warning', text: 'Choose two different sides.' }));
      canvas.hidden = true;
      return;
    }
    const space = selectDealSpace(debrief, a, b);
    if (!space) return;
    const was = original?.(a, b) ?? null;
    content.replaceChildren(...dealSpaceTables(space, was));
    canvas.hidden = false;
    try {
      const { mountDealSpace } = await import('../../game/dealSpace/mountDealSpace');
      if (destroyed || ticket !== asked) return;
      chart ??= mountDealSpace(canvas);
      chart.show({ space, original: was });
    } catch {
      canvas.replaceChildren(
        h('p', {
          class: 'canvas-note',
          text: 'The chart is not available in this browser; the tables say what it shows.',
        }),
      );
    }
  };
  void draw();

  const node = h(
    'section',
    { class: 'panel deal-space', attrs: { 'aria-labelledby': 'deal-h' } },
    h('h2', { attrs: { id: 'deal-h' }, text: 'The deal space' }),
    h('p', {
      text: 'Every dot is one package (an option on every lever) that none of the sides who would have to sign it rules out with a red line: across, its worth at the end to one side; up, to the other. The two dashed lines mark what no deal was worth to each side at the end. The shaded area beyond both holds the packages both sides would rather have than no deal: it is called the zone of possible agreement. The yellow line is the frontier: the packages where neither side could get more without the other getting less. The ring is where the talks ended.',
    }),
    h(
      'ul',
      { class: 'deal-targets' },
      h('li', {
        text: "The Nash point (the diamond): a fair split between these two sides. Of the packages in the zone, it is the one where each side's gain over no deal, multiplied by the other's, is largest: neither gain is given up for the other.",
      }),
      h('li', {
        text: '"Better for both" (the end of the dashed line from the ring): a package that would have given both more than the outcome.',
      }),
      h('li', {
        text: 'Your grade is measured against neither, but against "the best deal possible" above: the best for you that every side who had to sign would have accepted.',
      }),
    ),
    h('p', {
      class: 'muted small',
      text: `A worth is mostly what the levers give a side, from 0 to 100; ${world ? `${world} and ` : ''}options that go well together add or take away points, so a worth can fall below 0 or rise above 100.`,
    }),
    h('div', { class: 'deal-pickers' }, select('Across: worth to', 0), select('Up: worth to', 1)),
    h(
      'ul',
      { class: 'plain deal-legend', attrs: { 'aria-label': 'What the shapes mean' } },
      legendItem('a', 'Circles: offers made by the side across'),
      legendItem('b', 'Squares: offers made by the side up'),
      legendItem('path', "Thin lines: each side's offers, joined in the order it made them"),
      legendItem('nash', 'Diamond: the Nash point'),
      legendItem('deal', 'Ring: the outcome (an offer signed there shows inside it)'),
      original ? legendItem('original', 'Hollow square: where the game you replayed ended') : null,
    ),
    canvas,
    content,
  );
  return {
    node,
    destroy() {
      destroyed = true;
      chart?.destroy();
      chart = null;
    },
  };
}
