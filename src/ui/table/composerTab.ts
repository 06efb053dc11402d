/**
 * The Propose tab: a package (or a counter-offer) with one choice per lever.
 * Only levers the student may use now get a choice, every option the rules
 * would refuse is marked in the select itself, and the levers closed to the
 * student are listed with why. What the package is worth, and the estimates
 * of whether the others would accept it, are shown only for a package that
 * may be proposed as it stands; otherwise the rules' reason is shown beside
 * the button that would add it. Each lever keeps where it and its options
 * come from in a closed disclosure below its select (leverSource).
 */
import { signersText } from '../../store/tableWords';
import { labelTag } from '../labelTag';
import { button, h, uid } from '../dom';
import type { OrdersContext } from './ordersPanel';
import { leverSource } from './leverSource';
import { actionButton, checkbox, optionText, refusalNote } from './orderControls';
import { worthTable } from './worthTable';

export function composerTab(ctx: OrdersContext): HTMLElement[] {
  const { model, ui, actions } = ctx;
  const { composer: c } = model;
  // A refusal of the package as composed names the lever at fault: that lever's row says so too.
  const atFault = c.clauses.length > 0 ? c.refusal?.lever : undefined;

  const rows = model.levers.map((l) => {
    const id = uid(`lever-${l.index}`);
    const select = h(
      'select',
      { key: `lever:${l.index}`, attrs: { id, 'aria-describedby': `${id}-note` } },
      h('option', { text: '— leave as is —', attrs: { value: '' } }),
      ...l.options.map((o) =>
        h('option', {
          text: optionText(o.name + (o.index === l.option ? ' (in force)' : ''), o.refusal),
          attrs: { value: String(o.index), selected: l.chosen === o.index },
        }),
      ),
    );
    select.addEventListener('change', () =>
      actions.setClause(l.index, l.options.find((o) => String(o.index) === select.value)?.index ?? null),
    );
    const fault = l.blocked ?? (atFault === l.index ? c.refusal : null);
    return h(
      'div',
      { class: fault ? 'lever-row blocked' : 'lever-row', attrs: { 'data-code': fault?.code ?? null } },
      h('label', { attrs: { for: id } }, l.name, ' ', labelTag(l.label)),
      select,
      h(
        'span',
        { class: fault ? 'note rejection' : 'note', attrs: { id: `${id}-note` } },
        `Now: ${l.optionName} · `,
        fault ? fault.message : signersText(l.signatories),
      ),
      leverSource(model, l),
    );
  });

  const closed =
    model.closedLevers.length > 0
      ? h(
          'div',
          { class: 'closed-levers' },
          h('p', { class: 'closed-title', text: 'Not open to you now' }),
          h(
            'ul',
            { class: 'plain' },
            ...model.closedLevers.map((l) => h('li', { attrs: { 'data-code': l.refusal.code } }, l.refusal.message)),
          ),
        )
      : null;

  const summary = h(
    'div',
    { class: 'package-summary', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } },
    h('h3', { text: ui.counterTo ? 'This counter-offer' : 'This package' }),
    c.clauses.length === 0
      ? h('p', { class: 'muted', text: 'Choose an option for at least one lever.' })
      : h('p', {}, h('strong', { text: 'Who must sign it: ' }), c.signers ?? ''),
    c.worth ? worthTable(c.worth) : null,
    c.clauses.length > 0 && !c.worth
      ? h('p', { class: 'muted', text: 'It cannot be proposed as it stands: the reason is beside the button below.' })
      : null,
    ...c.estimates.map((o) =>
      h(
        'p',
        { class: o.likely ? 'estimate likely' : 'estimate unlikely' },
        h('strong', { text: `${o.name}: ` }),
        o.text,
      ),
    ),
    c.assumption
      ? h('p', {
          class: 'muted small',
          text: `${c.assumption} Estimates, not facts: they come only from what you have seen — proposals, answers, statements and meetings — and sharpen when you meet.`,
        })
      : null,
  );

  const counterOf = c.counterTo;
  return [
    counterOf
      ? h(
          'div',
          { class: 'counter-banner' },
          h(
            'div',
            {},
            h(
              'p',
              {},
              h('strong', { text: `Counter-offer to ${counterOf.called}. ` }),
              `Its terms: ${counterOf.terms}.`,
            ),
            h('p', {
              class: 'small',
              text: `A counter-offer rejects that offer and is a new package of yours (${model.costs.counter} AP).`,
            }),
            c.leftOut.length > 0
              ? h(
                  'div',
                  { class: 'left-out' },
                  h('p', { class: 'small', text: 'Left out of your counter-offer, because you cannot propose them:' }),
                  h(
                    'ul',
                    { class: 'plain small' },
                    ...c.leftOut.map((x) => h('li', {}, h('strong', { text: x.terms }), ` — ${x.refusal.message}`)),
                  ),
                )
              : null,
          ),
          button('Cancel the counter-offer', () => actions.cancelCounter(), { key: 'cancel-counter' }),
        )
      : null,
    h(
      'div',
      { class: 'composer' },
      h(
        'fieldset',
        { class: 'levers' },
        h('legend', {
          text: ui.counterTo ? 'Your counter-offer: one choice per lever' : 'Your package: one choice per lever',
        }),
        ...rows,
        closed,
        rows.length === 0 && !closed
          ? h('p', { class: 'muted', text: 'No lever can go into a package now: the reason is beside the button.' })
          : null,
        c.clauses.length > 0 && c.copyable.length > 0
          ? h(
              'div',
              { class: 'copy-row' },
              h('span', { text: 'Also show this offer to (they can read it but do not sign):' }),
              ...c.copyable.map((o) =>
                checkbox(`copy:${o.index}`, o.name, o.copied, (on) => actions.setCopied(o.index, on)),
              ),
            )
          : null,
      ),
      h(
        'div',
        { class: 'composer-side' },
        summary,
        h(
          'div',
          { class: 'submit-row' },
          actionButton(
            'propose',
            ui.counterTo ? `Add counter-offer to orders (${c.cost} AP)` : `Add proposal to orders (${c.cost} AP)`,
            () => actions.addPackage(),
            true,
            // Nothing to add yet, or the rules refuse it as it stands: off, with why beside it.
            c.clauses.length === 0 || c.refusal !== null,
          ),
          refusalNote(ui, 'propose', c.refusal),
        ),
      ),
    ),
  ].filter((x) => x !== null);
}
