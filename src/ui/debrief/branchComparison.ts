/**
 * A branch beside the game it was replayed from: both endings, and each
 * side's grade and result in each (the original's summary, kept by the
 * store when the branch started).
 */
import type { DebriefSummary } from '../../store/selectDebriefSummary';
import type { EndingModel } from '../../store/selectEnding';
import { signed } from '../../store/num';
import { h } from '../dom';

export function branchComparison(original: DebriefSummary, ending: EndingModel): HTMLElement {
  const unit = ending.unit;
  const cell = (grade: string, result: number) => `${grade}, ${signed(result)}`;
  return h(
    'section',
    { class: 'panel comparison', attrs: { 'aria-labelledby': 'comparison-h' } },
    h('h2', { attrs: { id: 'comparison-h' }, text: 'This branch beside the game you replayed' }),
    h(
      'table',
      { class: 'data comparison-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          h('th', { text: 'The game you replayed', attrs: { scope: 'col' } }),
          h('th', { text: 'This branch', attrs: { scope: 'col' } }),
        ),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h('th', { text: 'Ending', attrs: { scope: 'row' } }),
          h('td', { text: `${original.ending} (${unit} ${original.week})` }),
          h('td', { text: `${ending.title} (${unit} ${ending.week})` }),
        ),
        ...ending.grades.map((g) => {
          const was = original.actors[g.actor];
          return h(
            'tr',
            { class: g.isSeat ? 'you' : '' },
            h('th', { text: `${g.name}${g.isSeat ? ' (you)' : ''}`, attrs: { scope: 'row' } }),
            h('td', { text: was ? cell(was.gradeWord, was.result) : '' }),
            h('td', { text: cell(g.gradeWord, g.result) }),
          );
        }),
      ),
    ),
    h('p', {
      class: 'muted small',
      text: 'Each cell gives the grade and the result: what the outcome was worth to the side, minus what no deal was worth to it at the start of the talks. In the deal space below, the white square marks where the game you replayed ended.',
    }),
  );
}
