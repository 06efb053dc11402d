/**
 * The Meet tab: whom to invite, what a meeting does, the scenario's rules of the room, and whether the meeting is
 * allowed. A rule of the room shows before any click: beside each actor whom it keeps out of the meeting as ticked so
 * far, and beside "Add meeting", which is then marked unavailable with the rule's words.
 */
import { num } from '../../store/num';
import { h } from '../dom';
import type { OrdersContext } from './ordersPanel';
import { checkbox } from './orderControls';
import { submitRow } from './submitRow';

export function meetingTab(ctx: OrdersContext): HTMLElement[] {
  const { model, actions, ui } = ctx;
  // A reason about one actor is shown beside it only while meeting someone else is possible.
  const anyone = model.others.some((o) => o.refusal === null);
  const why = (o: (typeof model.others)[number]) =>
    !anyone
      ? ''
      : o.refusal
        ? ` — not possible now: ${o.refusal.message}`
        : o.joining
          ? ` — not together with those you have ticked: ${o.joining.message}`
          : '';
  return [
    h('p', {
      text: `Meeting costs ${model.costs.meet} AP (those you invite pay nothing and cannot refuse). Everyone in the room trusts the others more (+${num(model.meet.trustGain)}), and you learn more about what they want. Those left out who share a lever with them trust those who met less (−${num(-model.meet.leftOutTrust)}). Three or more at once is a summit.`,
    }),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Invite' }),
      ...model.others.map((o) =>
        checkbox(`meet:${o.index}`, `${o.name} (${o.leader})${why(o)}`, o.invited, (on) =>
          actions.setMeetWith(o.index, on),
        ),
      ),
    ),
    model.meetingRules.length > 0
      ? h(
          'div',
          {},
          h('h3', { text: 'Rules of the room' }),
          h('ul', { class: 'plain' }, ...model.meetingRules.map((m) => h('li', { text: m }))),
        )
      : null,
    submitRow(
      ui,
      'meet',
      'meeting',
      model.costs.meet,
      () => actions.addMeeting(),
      model.meeting.refusal,
      'EMPTY_MEETING',
    ),
  ].filter((x) => x !== null);
}
