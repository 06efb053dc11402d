/**
 * The ending screen: the debrief, where the lesson lands (docs/debrief.md).
 * From the debrief (everything is revealed once the game has ended): which
 * ending, its narrative, everything signed, the levers as they stand, how
 * well each side did against its own goals (grade and the numbers behind
 * it); the moves that mattered, as the engine analyses them; the deal space
 * of two sides; what the others wanted beside what the student estimated;
 * the world over time; the key moments with the others' private reasons.
 * A branch is set beside the game it was replayed from. "Replay from" a turn
 * starts a branch with the same seed; the game can be exported; the seat's
 * whole log stays readable.
 *
 * The analysis of the moves arrives week by week: only its section is
 * redrawn then, so the deal space's chart is not rebuilt at every step.
 */
import { capitalise } from '../../engine/index';
import type { AppState } from '../../store/AppState';
import { selectEnding, type LeverAtEnd } from '../../store/selectEnding';
import { selectLog } from '../../store/selectLog';
import { selectMovesDebrief } from '../../store/selectMovesDebrief';
import type { DebriefMemory, DebriefView } from '../debrief/mountDebrief';
import { num, signed } from '../../store/num';
import { button, h, renderKeepingFocus, uid } from '../dom';
import { downloadText } from '../download';
import { betterMove } from './betterMove';
import { debriefFor } from './debriefFor';
import type { ScreenView, UiContext } from './Screen';

export function endingScreen(ctx: UiContext, state: AppState): ScreenView {
  const main = h('main', { class: 'screen ending-screen', attrs: { id: 'main' } });
  let debrief: DebriefView | null = null;
  let shown = 0;
  let destroyed = false;
  /** "What mattered", redrawn alone as the analysis of the moves comes in. */
  let mattered: HTMLElement | undefined;
  const memory: DebriefMemory = { pair: null };
  const content = (s: AppState): Node[] => {
    debrief?.destroy();
    debrief = null;
    const nodes = endingContent(ctx, s);
    mattered = nodes.find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('what-mattered'));
    const slot = nodes.find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('debrief-slot'));
    if (slot) {
      const ticket = ++shown;
      import('../debrief/mountDebrief').then(
        ({ mountDebrief }) => {
          if (destroyed || ticket !== shown) return;
          debrief = mountDebrief(slot, ctx.app.store.getState(), memory);
        },
        () => slot.replaceChildren(h('p', { class: 'warning', text: DEBRIEF_MISSING })),
      );
    }
    return nodes;
  };
  main.replaceChildren(...content(state));
  return {
    nodes: [main],
    update(next, previous) {
      if (next.game !== previous.game || next.original !== previous.original || next.notice !== previous.notice) {
        if (next.game?.debrief !== previous.game?.debrief) memory.pair = null;
        return renderKeepingFocus(main, () => content(next));
      }
      if (next.moves !== previous.moves && mattered) {
        const fresh = whatMattered(next);
        mattered.replaceWith(fresh);
        mattered = fresh;
      }
      debrief?.update(next, previous);
    },
    destroy() {
      destroyed = true;
      debrief?.destroy();
    },
  };
}

const DEBRIEF_MISSING =
  'The rest of the debrief (the moves that mattered, the deal space, what the others wanted) could not be loaded. Reload the page to try again.';

/** The screen's content; the debrief's own sections (mountDebrief) fill the slot once loaded. */
function endingContent(ctx: UiContext, state: AppState): Node[] {
  const { actions } = ctx.app;
  const game = state.game;
  const model = selectEnding(game);
  if (!game || !model) {
    return [
      h('h1', { text: 'No finished game', attrs: { tabindex: -1 } }),
      button('Back to the title', () => actions.backToTitle(), { class: 'primary', key: 'title' }),
    ];
  }
  document.title = `Parley · ${model.title}`;
  const weekId = uid('replay-week');
  const weekSelect = h(
    'select',
    { key: 'replay-week', attrs: { id: weekId } },
    ...model.weeks.map((w) => h('option', { text: `${capitalise(model.unit)} ${w}`, attrs: { value: String(w) } })),
  );
  const log = selectLog(game.view.scenario, game.log);
  const id = state.scenario?.id ?? 'game';
  const seat = model.grades.find((g) => g.isSeat);
  const better = betterMove(game);

  return [
    h('p', {
      class: 'eyebrow',
      text: `${model.scenarioTitle}${model.branch ? ` · a branch (replayed from an earlier ${model.unit})` : ''}`,
    }),
    h('h1', { text: `The end: ${model.title}`, attrs: { tabindex: -1 } }),
    // Several players on this device: each reads the debrief from their own seat.
    debriefFor(ctx, state),
    h('p', {
      class: 'muted',
      text: `${capitalise(model.unit)} ${model.week} of ${model.weeksTotal}${model.early ? ' — the talks ended early' : ''}. You played ${model.seatCalled}.`,
    }),
    h('p', { class: 'narrative', text: model.narrative }),
    seat ? h('p', { class: 'verdict' }, h('strong', { text: seat.sentence })) : null,
    contents(model.branch && state.original !== null, better !== null, game.fromClass),
    state.notice?.kind === 'error'
      ? h('div', { class: 'alert', attrs: { role: 'alert' } }, h('p', { text: state.notice.message }))
      : null,

    whatMattered(state),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'next-h' } },
      h('h2', { attrs: { id: 'next-h' }, text: game.fromClass ? 'Keep this game' : 'Try another path' }),
      h('p', {
        // A class's game had classmates at the other seats: replaying it from a week would need them too.
        text: game.fromClass
          ? `This game was played in class, and is saved on this device. Replaying it from an earlier ${model.unit} needs your classmates, so it is not offered here; start a game of your own from the title to try another path.`
          : `Replay from an earlier ${model.unit}: the same luck and temperaments, your choices from then on (a branch).`,
      }),
      h(
        'div',
        { class: 'button-row' },
        ...(game.fromClass
          ? []
          : [
              h('label', { attrs: { for: weekId }, text: 'Replay from' }),
              weekSelect,
              button(`Replay from this ${model.unit}`, () => actions.replayFromWeek(Number(weekSelect.value)), {
                class: 'primary',
                key: 'replay',
              }),
            ]),
        button(
          'Save this game as a file',
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
                h('strong', { text: `✔ ${s.name}` }),
                `, signed in ${model.unit} ${s.week} by ${s.parties}: ${s.terms}.`,
                s.broken.length > 0 ? ` Broken later: ${s.broken.join(', ')}.` : '',
              ),
            ),
          ),
      h(
        'details',
        { class: 'levers-at-end' },
        h('summary', { text: 'The levers at the end' }),
        ...leverLists(model.levers, model.unit),
      ),
    ),

    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'grades-h' } },
      h('h2', { attrs: { id: 'grades-h' }, text: 'How each side did against its own goals' }),
      h('p', {
        class: 'muted small',
        text: 'Result = worth at the end minus what no deal was worth at the start of the talks. "Best deal possible": the best result of any package the others who had to sign would have accepted, the measure of the grade. Strong from half of it, fair from 0, weak below.',
      }),
      h(
        'table',
        { class: 'data grades' },
        h(
          'thead',
          {},
          h('tr', {}, ...['Side', ...GRADE_COLUMNS].map((t) => h('th', { text: t, attrs: { scope: 'col' } }))),
        ),
        h(
          'tbody',
          {},
          ...model.grades.map((g) =>
            h(
              'tr',
              { class: g.isSeat ? 'you' : '' },
              h('th', { text: `${g.name}${g.isSeat ? ' (you)' : ''}`, attrs: { scope: 'row' } }),
              ...[
                h('span', { class: `grade grade-${g.grade}`, text: g.gradeWord }),
                signed(g.result),
                num(g.utility),
                num(g.startReservation),
                signed(g.goodThreshold),
                signed(g.best - g.startReservation),
              ].map((cell, i) => h('td', { attrs: { 'data-label': GRADE_COLUMNS[i] } }, cell)),
            ),
          ),
        ),
      ),
      h(
        'details',
        { class: 'grade-sentences' },
        h('summary', { text: 'Each grade in a sentence' }),
        h('ul', { class: 'sentences' }, ...model.grades.map((g) => h('li', { text: g.sentence }))),
      ),
    ),
    better,
    h('div', { class: 'debrief-slot' }, h('p', { class: 'muted', text: 'Loading the rest of the debrief…' })),

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
  ].filter((n): n is HTMLElement => n !== null);
}

/** The debrief's sections, in order, by the id of their heading (those in the slot are drawn once it has loaded). */
function contents(branch: boolean, better: boolean, fromClass: boolean): HTMLElement {
  const entries: [string, string, boolean][] = [
    ['mattered-h', 'What mattered', true],
    ['next-h', fromClass ? 'Keep this game' : 'Try another path', true],
    ['signed-h', 'What was signed', true],
    ['grades-h', 'How each side did', true],
    ['better-h', 'Could you have done better?', better],
    ['comparison-h', 'This branch beside the game you replayed', branch],
    ['moves-h', 'The moves that mattered', true],
    ['deal-h', 'The deal space', true],
    ['reveal-h', 'What the others wanted', true],
    ['world-h', 'How the world moved', true],
    ['timeline-h', 'The key moments', true],
    ['log-h', 'What happened', true],
  ];
  return h(
    'nav',
    { class: 'debrief-contents', attrs: { 'aria-label': 'Contents of the debrief' } },
    h('h2', { text: 'Contents' }),
    h(
      'ol',
      {},
      ...entries
        .filter(([, , shown]) => shown)
        .map(([id, label]) => h('li', {}, h('a', { text: label, attrs: { href: `#${id}` } }))),
    ),
  );
}

/**
 * "What mattered", near the top: what was signed across another side's red line (selectEnding), and the
 * week whose decision gained or cost the most once the analysis is in (selectMovesDebrief).
 */
function whatMattered(state: AppState): HTMLElement {
  const ending = selectEnding(state.game);
  const moves = selectMovesDebrief(state.game?.debrief ?? null, state.moves);
  const unit = ending?.unit ?? 'week';
  const lines: string[] = [...(ending?.redLinesSigned ?? [])];
  if (moves?.status === 'done') {
    const top = moves.weeks[0];
    if (top)
      lines.push(
        `Your decision of ${unit} ${top.week} ${top.gap > 0 ? 'cost you' : 'gained you'} ${num(Math.abs(top.gap))} against what your adviser would have done, in replays in which the computer played your later ${unit}s (see "The moves that mattered").`,
      );
    else lines.push(`No ${unit}'s decision changed your result against your adviser's orders.`);
  } else if (moves?.status === 'analysing')
    lines.push(`${moves.text} The ${unit} that mattered most will be named here.`);
  if (ending && ending.redLinesSigned.length === 0) lines.unshift("Nothing signed crossed another side's red line.");
  return h(
    'section',
    { class: 'panel what-mattered', attrs: { 'aria-labelledby': 'mattered-h' } },
    h('h2', { attrs: { id: 'mattered-h' }, text: 'What mattered' }),
    h('ul', { class: 'sentences' }, ...lines.map((t) => h('li', { text: t }))),
  );
}

/** The grade table's columns after the side's name (a phone shows each row as a card, each cell with its label). */
const GRADE_COLUMNS = [
  'Grade',
  'Result',
  'Worth at the end',
  'No deal at the start of the talks',
  'Strong from',
  'Best deal possible',
];

/** The levers at the end: those signed (and still in force), then those as before the talks, saying which were broken. */
function leverLists(levers: readonly LeverAtEnd[], unit: string): HTMLElement[] {
  const group = (heading: string, items: readonly LeverAtEnd[], note: (l: LeverAtEnd) => string) =>
    items.length === 0
      ? []
      : [
          h('p', { class: 'lever-group', text: heading }),
          h('ul', { class: 'plain' }, ...items.map((l) => h('li', { text: `${l.name}: ${l.option}${note(l)}` }))),
        ];
  return [
    ...group(
      'In force, as signed:',
      levers.filter((l) => l.settled),
      (l) => ` (signed in ${unit} ${l.signedWeek})`,
    ),
    ...group(
      'As before the talks:',
      levers.filter((l) => !l.settled),
      (l) => (l.brokenWeek === null ? '' : ` (signed in ${unit} ${l.signedWeek}, broken in ${unit} ${l.brokenWeek})`),
    ),
  ];
}
