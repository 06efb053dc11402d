/**
 * The ending screen, from the debrief (everything is revealed once the game
 * has ended): which ending, its narrative, everything signed, the levers as
 * they stand, and how well each side did against its own goals (grade and
 * the numbers behind it). "Replay from week N" starts a branch with the same
 * seed; the game can be exported; the seat's whole log stays readable.
 */
import type { AppState } from '../../store/AppState';
import { selectEnding } from '../../store/selectEnding';
import { selectLog } from '../../store/selectLog';
import { button, h, num, signedNum, uid } from '../dom';
import { downloadText } from '../download';
import { betterMove } from './betterMove';
import type { ScreenView, UiContext } from './Screen';

export function endingScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const game = state.game;
  const model = selectEnding(game);
  if (!game || !model) {
    return {
      nodes: [
        h(
          'main',
          { class: 'screen', attrs: { id: 'main' } },
          h('h1', { text: 'No finished game', attrs: { tabindex: -1 } }),
          button('Back to the title', () => actions.backToTitle(), { class: 'primary', key: 'title' }),
        ),
      ],
    };
  }
  document.title = `Parley · ${model.title}`;
  const weekId = uid('replay-week');
  const weekSelect = h(
    'select',
    { key: 'replay-week', attrs: { id: weekId } },
    ...model.weeks.map((w) => h('option', { text: `${cap(model.unit)} ${w}`, attrs: { value: String(w) } })),
  );
  const log = selectLog(game.view.scenario, game.log);
  const id = state.scenario?.id ?? 'game';

  const main = h(
    'main',
    { class: 'screen ending-screen', attrs: { id: 'main' } },
    h('p', {
      class: 'eyebrow',
      text: `${model.scenarioTitle}${model.branch ? ' · a branch (replayed from an earlier week)' : ''}`,
    }),
    h('h1', { text: `The end: ${model.title}`, attrs: { tabindex: -1 } }),
    h('p', {
      class: 'muted',
      text: `${cap(model.unit)} ${model.week} of ${model.weeksTotal}${model.early ? ' — the talks ended early' : ''}. You played ${model.seatName}.`,
    }),
    h('p', { class: 'narrative', text: model.narrative }),
    betterMove(game),
    state.notice?.kind === 'error'
      ? h('div', { class: 'alert', attrs: { role: 'alert' } }, h('p', { text: state.notice.message }))
      : null,

    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'signed-h' } },
      h('h2', { attrs: { id: 'signed-h' }, text: 'What was signed' }),
      model.signed.length === 0
        ? h('p', { text: 'Nothing was signed.' })
        : h(
            'ul',
            { class: 'signed-list' },
            ...model.signed.map((s) =>
              h(
                'li',
                {},
                h('strong', { text: `✔ SIGNED ${s.id}` }),
                ` (${model.unit} ${s.week}): ${s.terms} — by ${s.parties}`,
              ),
            ),
          ),
      h('h3', { text: 'The levers at the end' }),
      h(
        'ul',
        { class: 'plain' },
        ...model.levers.map((l) =>
          h('li', { text: `${l.name}: ${l.option}${l.settled ? ' (signed)' : ' (not settled; status quo)'}` }),
        ),
      ),
    ),

    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'grades-h' } },
      h('h2', { attrs: { id: 'grades-h' }, text: 'How each side did against its own goals' }),
      h('p', {
        class: 'muted small',
        text: 'Result = what the outcome is worth to the side, minus what no deal was worth to it at the start. "Best deal possible" is the best result any package the others could have accepted would have given; a strong outcome reaches at least half of it.',
      }),
      h(
        'table',
        { class: 'data grades' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              'Side',
              'Grade',
              'Result',
              'Worth at the end',
              'No deal at the start',
              'Strong from',
              'Best deal possible',
            ].map((t) => h('th', { text: t, attrs: { scope: 'col' } })),
          ),
        ),
        h(
          'tbody',
          {},
          ...model.grades.map((g) =>
            h(
              'tr',
              { class: g.isSeat ? 'you' : '' },
              h('th', { text: `${g.name}${g.isSeat ? ' (you)' : ''}`, attrs: { scope: 'row' } }),
              h('td', {}, h('span', { class: `grade grade-${g.grade}`, text: g.grade })),
              h('td', { text: signedNum(g.result) }),
              h('td', { text: num(g.utility) }),
              h('td', { text: num(g.startReservation) }),
              h('td', { text: signedNum(g.goodThreshold) }),
              h('td', { text: signedNum(g.best - g.startReservation) }),
            ),
          ),
        ),
      ),
      h('ul', { class: 'sentences' }, ...model.grades.map((g) => h('li', { text: g.sentence }))),
    ),

    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'next-h' } },
      h('h2', { attrs: { id: 'next-h' }, text: 'Try another path' }),
      h('p', {
        text: 'Replay from an earlier week: the same luck and the same temperaments, your choices from then on. The new game is labelled a branch.',
      }),
      h(
        'div',
        { class: 'button-row' },
        h('label', { attrs: { for: weekId }, text: 'Replay from' }),
        weekSelect,
        button('Replay from this week', () => actions.replayFromWeek(Number(weekSelect.value)), {
          class: 'primary',
          key: 'replay',
        }),
      ),
      h(
        'div',
        { class: 'button-row' },
        button(
          'Export the game (JSON)',
          () => {
            const text = actions.exportGame();
            if (text) downloadText(`parley-${id}-game.json`, text);
          },
          { key: 'export' },
        ),
        button('Back to the title', () => actions.backToTitle(), { key: 'title' }),
      ),
    ),

    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'log-h' } },
      h('h2', { attrs: { id: 'log-h' }, text: 'What happened' }),
      h(
        'details',
        { class: 'ending-log' },
        h('summary', { text: 'The whole log' }),
        ...log.map((w) =>
          h(
            'section',
            { attrs: { 'aria-label': w.heading } },
            h('h3', { text: w.heading }),
            h('ul', { class: 'log-lines' }, ...w.lines.map((l) => h('li', { class: `log-${l.kind}`, text: l.text }))),
          ),
        ),
      ),
    ),
  );
  return { nodes: [main] };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
