/**
 * The teacher's live view of a class (docs/classroom.md): the code and link
 * students join with; each table's week, what has been signed, the world's
 * meters and, for each side students play, who sits there and whether they
 * have ended their turn; and once tables have ended, how the class's games
 * ended and each finished game's file (Parley opens it to its debrief).
 * Public facts only: no side's hidden goals reach this page before a table
 * ends. The store reads the class again every few seconds.
 */
import { capitalise, type Grade } from '../../engine/index';
import { GRADE_WORDS } from '../../store/selectEnding';
import { classDealsChart } from './classDealsChart';
import type { ClassOverview, TableOverview } from '../../net/classProtocol';
import type { AppState } from '../../store/AppState';
import { button, h, renderKeepingFocus } from '../dom';
import { downloadText } from '../download';
import type { ScreenView, UiContext } from './Screen';

export function classScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const main = h('main', { class: 'screen class-screen', attrs: { id: 'main' } });
  // The pair of sides the deals chart shows (its place among each table's deals).
  let pair = 0;
  const download = (overview: ClassOverview, table: number) =>
    void actions.classGameFile(table).then((text) => {
      if (text) downloadText(`parley-class-${overview.code}-table-${table + 1}.json`, text);
    });

  const render = (s: AppState): Node[] => {
    const hosted = s.teacher.hosted;
    const overview = hosted?.overview ?? null;
    const heading = h('h1', { text: hosted ? `Class ${hosted.code}` : 'No class', attrs: { tabindex: -1 } });
    if (!hosted) return [heading, button('Back to the title', () => actions.backToTitle(), { key: 'title' })];
    const ended = overview?.tables.filter((t) => t.ending !== null) ?? [];
    return [
      h('p', { class: 'eyebrow', text: `Parley · for teachers${overview ? ` · ${overview.title}` : ''}` }),
      heading,
      h(
        'section',
        { class: 'panel join-code', attrs: { 'aria-labelledby': 'join-h' } },
        h('h2', { attrs: { id: 'join-h' }, text: 'How students join' }),
        h(
          'p',
          {},
          'Open ',
          ...hosted.links.flatMap((link, i) => [i > 0 ? ' or ' : '', h('strong', { class: 'link', text: link })]),
          ', or open Parley there and type the code:',
        ),
        h('p', { class: 'code', text: hosted.code }),
      ),
      s.teacher.problem ? h('p', { class: 'alert', attrs: { role: 'alert' }, text: s.teacher.problem }) : null,
      overview
        ? h(
            'section',
            { class: 'tables', attrs: { 'aria-labelledby': 'tables-h' } },
            h('h2', { attrs: { id: 'tables-h' }, text: 'Tables' }),
            h('p', { class: 'muted', text: summaryOf(overview) }),
            h(
              'div',
              { class: 'class-tables' },
              ...overview.tables.map((t) => tableCard(t, overview.unit, actions.freeClassSeat)),
            ),
          )
        : h('p', { class: 'muted', text: 'Reading the class…' }),
      overview && ended.length > 0
        ? h(
            'section',
            { class: 'panel', attrs: { 'aria-labelledby': 'results-h' } },
            h('h2', { attrs: { id: 'results-h' }, text: 'How the games ended' }),
            h(
              'ul',
              {},
              ...tally(ended).map(([ending, count]) =>
                h('li', { text: `${ending}: ${count} table${count === 1 ? '' : 's'}` }),
              ),
            ),
            gradesTable(ended),
            dealsSection(ended, pair, (chosen) => {
              pair = chosen;
              renderKeepingFocus(main, () => render(ctx.app.store.getState()));
            }),
            h('p', {
              class: 'muted small',
              text: 'Each finished game as a file: open it in Parley (Saved games, then Import a game file) for its debrief — every side’s goals, the grades, the deal space and the moves that mattered.',
            }),
            h(
              'div',
              { class: 'button-row' },
              ...ended.map((t) =>
                button(`Download table ${t.index + 1}’s game`, () => download(overview, t.index), {
                  key: `download:${t.index}`,
                }),
              ),
            ),
          )
        : null,
      h(
        'div',
        { class: 'button-row' },
        button('Host another class', () => actions.showHosting(), { key: 'host' }),
        button('Back to the title', () => actions.backToTitle(), { key: 'title' }),
      ),
    ].filter((n): n is HTMLElement => n !== null);
  };
  main.append(...render(state));
  return {
    nodes: [main],
    update(s, previous) {
      if (s.teacher !== previous.teacher) renderKeepingFocus(main, () => render(s));
    },
  };
}

function summaryOf(overview: ClassOverview): string {
  const seats = overview.tables.flatMap((t) => t.seats);
  const taken = seats.filter((s) => s.student !== null).length;
  const over = overview.tables.filter((t) => t.ending !== null).length;
  const tables = overview.tables.length;
  return `${taken} of ${seats.length} seats taken · ${over} of ${tables} table${tables === 1 ? '' : 's'} finished.`;
}

function tableCard(
  table: TableOverview,
  unit: string,
  free: (table: number, seat: number, student: string) => void,
): HTMLElement {
  return h(
    'article',
    { class: 'panel class-table', attrs: { 'aria-labelledby': `table-${table.index}-h` } },
    h('h3', {
      attrs: { id: `table-${table.index}-h` },
      text: `Table ${table.index + 1} · ${
        table.ending ? `ended: ${table.ending}` : `${capitalise(unit)} ${table.week} of ${table.weeks}`
      }`,
    }),
    h(
      'ul',
      { class: 'class-seats' },
      ...table.seats.map((s) =>
        h(
          'li',
          {},
          h('strong', { text: s.actor }),
          ` — ${seatWords(s, unit, table)} `,
          // A seat taken by mistake (a student at the wrong table) goes back to the next student who joins.
          s.student !== null && table.ending === null
            ? button('Free this seat', () => confirmFree(table, s, unit, free), {
                class: 'small-button',
                key: `free:${table.index}:${s.seat}`,
                attrs: { 'aria-label': `Free the seat of ${s.actor} at table ${table.index + 1} (${s.student})` },
              })
            : null,
        ),
      ),
    ),
    h(
      'p',
      { class: 'small' },
      table.signed.length === 0
        ? table.ending
          ? 'Nothing was signed.'
          : 'Nothing signed yet.'
        : `Signed: ${table.signed.map((s) => `${s.lever} (${s.option})`).join('; ')}.`,
    ),
    h('p', { class: 'muted small', text: table.meters.map((m) => `${m.name} ${m.value}`).join(' · ') }),
  );
}

function seatWords(seat: TableOverview['seats'][number], unit: string, table: TableOverview): string {
  if (seat.student === null) return 'nobody yet: the computer plays this side';
  const who = seat.student;
  if (table.ending) return who;
  if (!seat.connected && seat.away) return `${who}, away: the computer plays this ${unit}`;
  if (!seat.connected) return `${who}, connection lost`;
  return seat.ended ? `${who}, has ended the turn` : `${who}, still deciding`;
}

/** Frees a seat once the teacher confirms it: its student leaves the table, and the next to join takes the seat. */
function confirmFree(
  table: TableOverview,
  seat: TableOverview['seats'][number],
  unit: string,
  free: (table: number, seat: number, student: string) => void,
): void {
  const student = seat.student;
  if (student === null) return;
  const question = `Free ${student}'s seat (${seat.actor}, table ${table.index + 1})? They leave the table, and the next student to join takes the seat, starting this ${unit} afresh.`;
  if (window.confirm(question)) free(table.index, seat.seat, student);
}

/** The deals the finished tables reached, on their Pareto frontiers, for the pair of sides chosen. */
function dealsSection(tables: readonly TableOverview[], pair: number, choose: (pair: number) => void): HTMLElement {
  const pairs = tables[0]?.deals ?? [];
  const id = 'deals-pair';
  return h(
    'section',
    { class: 'deals', attrs: { 'aria-labelledby': 'deals-h' } },
    h('h3', { attrs: { id: 'deals-h' }, text: 'The deals reached, on the Pareto frontier' }),
    h('p', {
      class: 'muted small',
      text: 'For two sides: each finished table’s frontier (small dots: the packages neither side could better without the other losing, in that table’s final world) and the deal it reached (a large dot of the same colour).',
    }),
    pairs.length > 1
      ? h(
          'p',
          {},
          h('label', { attrs: { for: id }, text: 'Sides: ' }),
          h(
            'select',
            {
              key: 'deals-pair',
              attrs: { id },
              on: { change: (e) => choose(Number((e.target as HTMLSelectElement).value)) },
            },
            ...pairs.map((d, i) =>
              h('option', {
                text: `${d.sides[0]} and ${d.sides[1]}`,
                attrs: { value: String(i), selected: i === pair },
              }),
            ),
          ),
        )
      : null,
    classDealsChart(tables, Math.min(pair, Math.max(0, pairs.length - 1))) ??
      h('p', {
        text:
          pairs.length === 0
            ? 'Students play one side only: there is no pair of sides to chart.'
            : 'No finished table has deals to chart yet.',
      }),
  );
}

/** How each side did across the finished tables: how many tables gave it each grade. */
function gradesTable(tables: readonly TableOverview[]): HTMLElement {
  const sides = tables[0]?.grades?.map((g) => g.actor) ?? [];
  const grades = Object.keys(GRADE_WORDS) as Grade[];
  const count = (actor: string, grade: Grade) =>
    tables.filter((t) => t.grades?.some((g) => g.actor === actor && g.grade === grade)).length;
  return h(
    'table',
    { class: 'data class-grades' },
    h('caption', { text: 'Each side’s grade against its own goals, in how many tables' }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Side', ...grades.map((g) => GRADE_WORDS[g])].map((t) => h('th', { text: t, attrs: { scope: 'col' } })),
      ),
    ),
    h(
      'tbody',
      {},
      ...sides.map((actor) =>
        h(
          'tr',
          {},
          h('th', { text: actor, attrs: { scope: 'row' } }),
          ...grades.map((g) => h('td', { text: String(count(actor, g)) })),
        ),
      ),
    ),
  );
}

/** Each ending's count, the most frequent first. */
function tally(tables: readonly TableOverview[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of tables) if (t.ending) counts.set(t.ending, (counts.get(t.ending) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
