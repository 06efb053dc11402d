/**
 * Everything the canvas draws, also in words (nothing is shown only on the
 * canvas): the log of what happened, the deal board (each lever, its
 * options, what is in force, proposals on it, settled or not yet open), and
 * the world (meters, support, directed trust). Status is always written, so
 * colour is never the only cue.
 */
import { capitalise } from '../../engine/index';
import type { SideTab } from '../../store/AppState';
import { summaryTitle, type LogGroup, type LogWeek } from '../../store/selectLog';
import type { TableModel } from '../../store/TableModel';
import { meterValue, signersText, stillToText } from '../../store/tableWords';
import { num } from '../../store/num';
import { h } from '../dom';
import { LABEL_MEANING, labelTag } from '../labelTag';
import { tabList, tabPanel } from '../tabs';

export function sidePanel(
  selected: SideTab,
  select: (tab: SideTab) => void,
  model: TableModel,
  log: readonly LogWeek[],
): HTMLElement[] {
  const tabs: { id: SideTab; title: string }[] = [
    { id: 'log', title: 'Log' },
    { id: 'board', title: 'Board' },
    { id: 'world', title: 'World' },
  ];
  const render: Record<SideTab, () => HTMLElement[]> = {
    log: () => logView(log, model.unit),
    board: () => boardView(model),
    world: () => worldView(model),
  };
  return [
    tabList('side', 'The table in words', tabs, selected, (id) => select(id as SideTab)),
    ...tabs.map((t) => {
      const panel = tabPanel('side', t.id, ...(t.id === selected ? render[t.id]() : []));
      panel.classList.add('side-panel');
      if (t.id === 'log') panel.dataset['keepScroll'] = 'log';
      if (t.id !== selected) panel.hidden = true;
      return panel;
    }),
  ];
}

function logView(log: readonly LogWeek[], unit: string): HTMLElement[] {
  return [
    h('h2', { class: 'visually-hidden', text: 'What happened' }),
    ...log.map((w) =>
      h(
        'section',
        { class: 'log-week', attrs: { 'aria-label': w.heading } },
        h('h3', { text: w.heading }),
        // What concerns the student first; the rest after, by kind.
        w.summary.length > 0
          ? h(
              'div',
              { class: 'log-group log-group-summary' },
              h('h4', { text: summaryTitle(unit) }),
              h(
                'ul',
                { class: 'log-lines' },
                ...w.summary.map((l) => h('li', { class: `log-${l.kind}`, text: l.text })),
              ),
            )
          : null,
        ...w.groups.map(logGroup),
      ),
    ),
  ];
}

/** One kind of line under its heading; trust between the others, the longest and least of the seat's business, folded. */
function logGroup(group: LogGroup): HTMLElement {
  const lines = h(
    'ul',
    { class: 'log-lines' },
    ...group.lines.map((l) => h('li', { class: `log-${l.kind}`, text: l.text })),
  );
  return group.kind === 'trust_between'
    ? h('details', { class: 'log-group' }, h('summary', { text: `${group.title} (${group.lines.length})` }), lines)
    : h('div', { class: `log-group log-group-${group.kind}` }, h('h4', { text: group.title }), lines);
}

function boardView(model: TableModel): HTMLElement[] {
  return [
    h('h2', { class: 'visually-hidden', text: 'The deal board' }),
    h('p', {
      class: 'board-week',
      text: `${capitalise(model.unit)} ${model.week} of ${model.weeks}. Deadline: the end of ${model.unit} ${model.weeks}.${model.earlyEndChance > 0 ? ` The talks may end early: a ${num(model.earlyEndChance * 100)}% chance this ${model.unit}.` : ''}`,
    }),
    h(
      'ul',
      { class: 'board-levers' },
      ...model.levers.map((l) => {
        const status =
          l.status === 'settled'
            ? l.stillTo.length > 0
              ? `signed: ${l.options[l.option]}; a later deal may still make it ${stillToText(l)}`
              : `settled (locked): ${l.options[l.option]}`
            : l.status === 'closed'
              ? 'not on the table yet (opens later)'
              : 'open';
        return h(
          'li',
          { class: `board-lever lever-${l.status}`, attrs: { 'data-lever': l.id } },
          h('h3', { text: l.name }),
          h(
            'p',
            { class: 'lever-status' },
            h('strong', { text: `Status: ${status}` }),
            ` · ${signersText(l.signatories)}`,
          ),
          h(
            'ul',
            { class: 'options' },
            ...l.options.map((o, i) => {
              const marks = [
                i === l.option ? (l.status === 'settled' ? 'signed' : 'in force') : '',
                i === l.statusQuo ? 'status quo' : '',
              ].filter(Boolean);
              const proposals = l.proposals
                .filter((p) => p.option === i)
                .map(
                  (p) =>
                    `${p.name} (${p.direction === 'to-seat' ? 'awaits your answer' : p.direction === 'from-seat' ? 'awaiting the others’ answers' : 'between others'})`,
                );
              return h(
                'li',
                { class: i === l.option ? 'option current' : 'option' },
                h('span', { text: o }),
                marks.length ? h('span', { class: 'marks', text: ` [${marks.join(', ')}]` }) : null,
                proposals.length
                  ? h('span', { class: 'proposals', text: ` — proposed: ${proposals.join('; ')}` })
                  : null,
              );
            }),
          ),
        );
      }),
    ),
  ];
}

function worldView(model: TableModel): HTMLElement[] {
  const others = model.actors;
  return [
    h('h2', { class: 'visually-hidden', text: 'The world' }),
    h(
      'table',
      { class: 'data' },
      h('caption', { text: 'World meters' }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { text: 'Meter', attrs: { scope: 'col' } }),
          h('th', { text: 'Value', attrs: { scope: 'col' } }),
          h('th', { text: 'Range', attrs: { scope: 'col' } }),
        ),
      ),
      h(
        'tbody',
        {},
        ...model.meters.map((m) =>
          h(
            'tr',
            {},
            h('th', { text: m.name, attrs: { scope: 'row' } }),
            h('td', { text: meterValue(m.value) }),
            h('td', { text: `${num(m.min)}–${num(m.max)}` }),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data' },
      h('caption', { text: 'Support at home (0–100)' }),
      h(
        'tbody',
        {},
        ...model.actors.map((a) =>
          h(
            'tr',
            {},
            h('th', { text: `${a.name}${a.isSeat ? ' (you)' : ''}`, attrs: { scope: 'row' } }),
            h('td', { text: meterValue(a.support) }),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data trust' },
      h('caption', { text: 'Trust, 0–100: how much the row trusts the column' }),
      h(
        'thead',
        {},
        h('tr', {}, h('td', {}), ...others.map((a) => h('th', { text: a.name, attrs: { scope: 'col' } }))),
      ),
      h(
        'tbody',
        {},
        ...model.actors.map((a) =>
          h(
            'tr',
            {},
            h('th', { text: a.name, attrs: { scope: 'row' } }),
            ...others.map((b) =>
              h('td', { text: a.index === b.index ? '—' : meterValue(model.trust[a.index]?.[b.index] ?? 0) }),
            ),
          ),
        ),
      ),
    ),
  ];
}

/**
 * This week's headlines, each with its source label as text, and once, after them, that the game's events vary:
 * a classmate's game may bring other news, or the same headline with other effects.
 */
export function newsTicker(model: TableModel): HTMLElement[] {
  if (model.news.length === 0) return [h('p', { class: 'muted', text: `No news this ${model.unit}.` })];
  return [
    h(
      'ul',
      { class: 'news-list' },
      ...model.news.map((n) => h('li', {}, labelTag(n.label), ' ', h('span', { text: n.headline }))),
      // Last in the row of headlines, one short line until opened: the first screen keeps its room for the orders.
      h(
        'li',
        { class: 'news-varies' },
        h('details', {}, h('summary', { text: 'Events vary between games' }), h('p', { text: NEWS_VARIES })),
      ),
    ),
  ];
}

/** Said once beside the news, with what each label means (the tags' own words). */
const NEWS_VARIES = `Which events come, and how much each changes, is drawn for each game, so a classmate may see other news, or the same headline with other effects. Reported: ${LABEL_MEANING.reported}; context: ${LABEL_MEANING.context}; simulated: ${LABEL_MEANING.simulated}.`;
