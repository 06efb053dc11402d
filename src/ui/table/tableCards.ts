/**
 * The table on a phone: the same TableModel as the drawn table, as stacked
 * cards in the page's own text size — the countdown, the actors (emblem,
 * leader, support, and trust both ways with its last cause), the world
 * meters with the endings they lead to, and the deal board. Plain DOM, so it
 * reads at 390 px and a screen reader reads it as it is.
 */
import type { TableActor, TableLever, TableMeter, TableModel } from '../../store/TableModel';
import {
  countdownText,
  meterReading,
  stillToText,
  supportText,
  thresholdCaption,
  trustChangeText,
  weekText,
} from '../../store/tableWords';
import { capitalise, joinNames, possessive } from '../../engine/index';
import { emblemUrl } from '../assets';
import { h } from '../dom';

export function tableCards(model: TableModel): HTMLElement {
  const countdown = countdownText(model);
  return h(
    'div',
    { class: 'table-cards' },
    h(
      'p',
      { class: `cards-countdown${countdown.urgent ? ' urgent' : ''}` },
      h('strong', { text: weekText(model) }),
      ` · ${countdown.text}`,
    ),
    h(
      'section',
      { class: 'table-card', attrs: { 'aria-label': 'Around the table' } },
      h('h3', { text: 'Around the table' }),
      h('ul', { class: 'actor-cards' }, ...model.actors.map((a) => actorCard(model, a))),
    ),
    h(
      'section',
      { class: 'table-card', attrs: { 'aria-label': 'The world' } },
      h('h3', { text: 'The world' }),
      h('ul', { class: 'meter-cards' }, ...model.meters.map(meterCard)),
    ),
    h(
      'section',
      { class: 'table-card', attrs: { 'aria-label': 'The deal board' } },
      h('h3', { text: 'The deal board' }),
      h(
        'ul',
        { class: 'lever-cards' },
        ...model.levers.filter((l) => l.status !== 'closed').map((l) => leverCard(model, l)),
      ),
      ...closedLevers(model),
    ),
  );
}

function actorCard(model: TableModel, a: TableActor): HTMLElement {
  const url = a.emblem ? emblemUrl(a.emblem) : null;
  const badge = url
    ? h('img', { class: 'actor-emblem', attrs: { src: url, alt: '', width: 40, height: 40 } })
    : h('span', {
        class: 'actor-emblem actor-code',
        attrs: { 'aria-hidden': 'true' },
        text: a.code,
      });
  if (!url) badge.style.background = a.colour;
  const trust = model.actors.flatMap((o) =>
    o.index === a.index
      ? []
      : [
          h('li', {
            text: `Trust in ${o.called}: ${Math.round(model.trust[a.index]?.[o.index] ?? 0)}${trustChangeText(model.trustChanges[a.index]?.[o.index] ?? null, model.unit)}`,
          }),
          h('li', {
            text: `${capitalise(possessive(o.called))} trust in ${a.called}: ${Math.round(model.trust[o.index]?.[a.index] ?? 0)}${trustChangeText(model.trustChanges[o.index]?.[a.index] ?? null, model.unit)}`,
          }),
        ],
  );
  return h(
    'li',
    { class: `actor-card${a.isSeat ? ' seat' : ''}` },
    badge,
    h(
      'div',
      {},
      h(
        'p',
        { class: 'actor-name' },
        h('strong', { text: a.name }),
        a.isSeat ? h('span', { class: 'you', text: ' (you)' }) : '',
      ),
      h('p', { class: 'muted', text: a.leader }),
      h('p', { text: capitalise(supportText(a.support)) }),
      h('details', {}, h('summary', { text: 'Trust' }), h('ul', { class: 'trust-list' }, ...trust)),
    ),
  );
}

function meterCard(m: TableMeter): HTMLElement {
  const span = m.max - m.min || 1;
  const at = (v: number) => `${Math.max(0, Math.min(100, ((v - m.min) / span) * 100))}%`;
  const danger = m.thresholds.some((t) => t.near);
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = at(m.value);
  const bar = h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, fill);
  for (const t of m.thresholds) {
    const mark = h('span', { class: 'bar-mark' });
    mark.style.left = at(t.at);
    bar.append(mark);
  }
  return h(
    'li',
    { class: `meter-card${danger ? ' danger' : ''}` },
    h('p', {}, h('span', { text: m.name }), h('strong', { text: ` ${meterReading(m.value, m)}` })),
    bar,
    ...m.thresholds.map((t) => h('p', { class: t.near ? 'threshold near' : 'threshold', text: thresholdCaption(t) })),
  );
}

function leverCard(model: TableModel, l: TableLever): HTMLElement {
  return h(
    'li',
    { class: `lever-card${l.status === 'settled' ? ' settled' : ''}` },
    h(
      'p',
      {},
      h('strong', { text: l.name }),
      l.status === 'settled'
        ? h('span', {
            class: 'settled-tag',
            text: l.stillTo.length > 0 ? ` · signed; may still become ${stillToText(l)}` : ' · settled',
          })
        : '',
    ),
    h(
      'ul',
      { class: 'option-list' },
      ...l.options.map((name, i) => {
        const by = l.proposals.filter((p) => p.option === i).map((p) => model.actors[p.proposer]?.called ?? '');
        return h(
          'li',
          { class: i === l.option ? 'in-force' : '' },
          i === l.option ? h('strong', { text: `${name} (in force)` }) : name,
          by.length > 0 ? h('span', { class: 'proposed', text: ` · proposed by ${joinNames([...new Set(by)])}` }) : '',
        );
      }),
    ),
  );
}

function closedLevers(model: TableModel): HTMLElement[] {
  const closed = model.levers.filter((l) => l.status === 'closed').map((l) => l.name);
  return closed.length > 0 ? [h('p', { class: 'muted', text: `Opens later: ${closed.join(' · ')}` })] : [];
}
