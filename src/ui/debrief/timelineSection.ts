/**
 * The key moments of the talks, week by week — offers, answers, signatures,
 * breaks, pressure, statements, meetings — each AI decision with the reasons
 * it kept to itself, now shown (selectDebrief, the engine's privateWords).
 */
import { capitalise } from '../../engine/index';
import type { DebriefModel, Moment } from '../../store/selectDebrief';
import { h } from '../dom';

export function timelineSection(model: DebriefModel): HTMLElement {
  const weeks = [...new Set(model.moments.map((m) => m.week))];
  const unit = model.unit;
  return h(
    'section',
    { class: 'panel timeline', attrs: { 'aria-labelledby': 'timeline-h' } },
    h('h2', { attrs: { id: 'timeline-h' }, text: 'The key moments, and what the others were thinking' }),
    h('p', {
      class: 'muted small',
      text: `Each answer and move of the others with the reasons they kept to themselves: what an offer was worth to them, and what they needed that ${unit}.`,
    }),
    h(
      'details',
      { class: 'timeline-weeks' },
      h('summary', { text: `Every key moment, ${unit} by ${unit}` }),
      ...weeks.map((w) =>
        h(
          'section',
          { attrs: { 'aria-label': `${capitalise(unit)} ${w}` } },
          h('h3', { text: w === 0 ? 'Before the talks' : `${capitalise(unit)} ${w}` }),
          h('ol', { class: 'moments' }, ...model.moments.filter((m) => m.week === w).map(moment)),
        ),
      ),
    ),
  );
}

function moment(m: Moment): HTMLElement {
  return h(
    'li',
    { class: `moment moment-${m.kind}` },
    h('span', { class: 'moment-kind', text: m.label }),
    ' ',
    m.text,
    m.why ? h('span', { class: 'why', text: `What they were thinking: ${m.why}.` }) : null,
  );
}
