/**
 * "The moves that mattered": while the engine analyses the game, how far it
 * has got; then the two or three weeks whose decision gained or cost the
 * student the most — what the student did, what the adviser would have done,
 * and where each led (selectMovesDebrief). Its own element, so progress
 * redraws it alone.
 */
import { capitalise } from '../../engine/index';
import type { MovesDebrief, MoveWeek } from '../../store/selectMovesDebrief';
import { num, signed } from '../../store/num';
import { h } from '../dom';

export function movesSection(model: MovesDebrief | null, unit: string): HTMLElement {
  return h(
    'section',
    {
      class: 'panel moves',
      attrs: { 'aria-labelledby': 'moves-h', 'aria-busy': model?.status === 'analysing' ? 'true' : null },
    },
    h('h2', { attrs: { id: 'moves-h' }, text: 'The moves that mattered' }),
    h('p', {
      class: 'muted small',
      text: `Each ${unit} was played again from its start twice, with the same luck: with your orders, then with your adviser's; each time the computer then played your side to the end. The difference between the two replays is what that ${unit}'s decision was worth; the ${unit}s are listed by it, largest first.`,
    }),
    ...body(model),
  );
}

function body(model: MovesDebrief | null): HTMLElement[] {
  if (!model) return [h('p', { text: 'The analysis starts when the talks are over.' })];
  if (model.status === 'failed') return [h('p', { class: 'warning', text: model.text })];
  if (model.status === 'analysing')
    return [
      h('p', { class: 'progress-text', text: model.text, attrs: { role: 'status' } }),
      h('progress', {
        attrs: { max: model.total, value: model.done, 'aria-label': 'Analysis of your moves' },
      }),
    ];
  if (model.weeks.length === 0)
    return [
      h('p', {
        text: `No ${model.unit}'s decision changed your result: your adviser's orders would have ended the same.`,
      }),
    ];
  const { count, largest } = model.others;
  const nodes: (HTMLElement | null)[] = [
    h('p', {
      class: 'moves-real',
      text: `Your real game ended at ${signed(model.realResult)}, in “${model.realEnding}”. Each ${model.unit}'s figure compares two replays of that ${model.unit} alone, in which the computer played your later ${model.unit}s, each to its own ending: the figures are not parts of your result, and they do not add up to it.`,
    }),
    h(
      'ol',
      { class: 'plain move-weeks' },
      ...model.weeks.map((w, i) => week(w, model.unit, model.realEnding, i === 0)),
    ),
    count === 0
      ? null
      : h('p', {
          class: 'moves-others',
          text: `The other ${count} ${count === 1 ? model.unit : `${model.unit}s`} changed the result less: by ${num(largest)} at most.`,
        }),
  ];
  return nodes.filter((n): n is HTMLElement => n !== null);
}

/** One week: the one that mattered most open, the others closed (their summary says what they cost or gained). */
function week(w: MoveWeek, unit: string, realEnding: string, open: boolean): HTMLElement {
  const verdict =
    w.gap > 0
      ? `Your decision cost you ${signed(w.gap).slice(1)}: the adviser's orders would have done better.`
      : `Your decision gained you ${signed(-w.gap).slice(1)} over the adviser's orders.`;
  const orders = (items: readonly string[], none: string) =>
    items.length === 0 ? h('p', { text: none }) : h('ul', {}, ...items.map((t) => h('li', { text: t })));
  const cost = `${w.gap > 0 ? 'cost you' : 'gained you'} ${num(Math.abs(w.gap))}`;
  // A replay's ending is set against the real game's, so that it never reads as how the student's talks ended.
  const ended = (result: number, ending: string) =>
    `Replayed this way, with the computer playing your later ${unit}s: result ${signed(result)}; those talks ended ${ending === realEnding ? 'as yours did' : 'differently from yours'}, in “${ending}”.`;
  return h(
    'li',
    { class: 'move-week', attrs: { 'data-week': w.week } },
    h(
      'details',
      { attrs: { open } },
      h('summary', {}, h('h3', { text: `${capitalise(unit)} ${w.week}: ${cost}` })),
      h('p', { class: 'move-verdict', text: verdict }),
      w.differed.length === 0
        ? h('p', { class: 'move-scope', text: w.scope })
        : h(
            'div',
            { class: 'move-differed' },
            h('p', { text: "What set your orders apart from your adviser's:" }),
            h('ul', {}, ...w.differed.map((t) => h('li', { text: t }))),
            h('p', { class: 'move-scope', text: w.scope }),
          ),
      h(
        'div',
        { class: 'move-pair' },
        h(
          'div',
          { class: 'move-side' },
          h('h4', { text: 'What you did' }),
          orders(w.played, 'No orders.'),
          h('p', { class: 'move-result', text: ended(w.playedResult, w.playedEnding) }),
        ),
        h(
          'div',
          { class: 'move-side' },
          h('h4', { text: 'What your adviser would have done' }),
          orders(
            w.advised,
            `Your adviser would have sent no orders that ${unit} (offers waiting for you would have gone unanswered).`,
          ),
          h('p', { class: 'move-result', text: ended(w.advisedResult, w.advisedEnding) }),
        ),
      ),
    ),
  );
}
