/**
 * The orders panel: one tab per kind of order (propose, answer, meet,
 * statement, pressure, adviser), this week's orders with their cost, the
 * action points left, and "End week". Everything it shows comes from the
 * orders model (the seat's view and choices) and the store's `ui` slice;
 * every change goes through a store action. Controls are never disabled:
 * one the rules would refuse says why before it is clicked (from the seat's
 * choices), and a refused click is shown next to the control, as an alert,
 * in the rules' own words — a refused order never vanishes silently.
 */
import type { Refusal } from '../../engine/index';
import type { TableUi } from '../../store/AppState';
import type { AppActions } from '../../store/createAppStore';
import type { AdviceModel, OrdersModel } from '../../store/selectOrdersModel';
import { possessive } from '../../engine/index';
import { button, h, num, signedNum, uid } from '../dom';
import { labelTag } from '../labelTag';
import { tabList, tabPanel } from '../tabs';
import type { OrdersTab } from '../../store/AppState';

export interface OrdersContext {
  readonly actions: AppActions;
  readonly model: OrdersModel;
  readonly advice: AdviceModel | null;
  readonly ui: TableUi;
  /** Ends the week (after a paint, so "Resolving…" shows while the AI thinks). */
  readonly endWeek: () => void;
}

export function ordersPanel(ctx: OrdersContext): HTMLElement[] {
  const { model, ui } = ctx;
  const tabs: { id: OrdersTab; title: string }[] = [
    { id: 'propose', title: ui.counterTo ? 'Counter-offer' : 'Propose' },
    { id: 'answer', title: `Answer (${model.toAnswer.length})` },
    { id: 'meet', title: 'Meet' },
    { id: 'statement', title: 'Statement' },
    { id: 'pressure', title: 'Pressure' },
    { id: 'adviser', title: 'Adviser' },
  ];
  const panels: Record<OrdersTab, () => HTMLElement[]> = {
    propose: () => composer(ctx),
    answer: () => answers(ctx),
    meet: () => meeting(ctx),
    statement: () => statement(ctx),
    pressure: () => pressure(ctx),
    adviser: () => adviser(ctx),
  };
  return [
    h(
      'div',
      { class: 'orders-main' },
      tabList('orders', 'Kinds of orders', tabs, ui.ordersTab, (id) => ctx.actions.selectOrdersTab(id as OrdersTab)),
      ...tabs.map((t) => {
        const panel = tabPanel('orders', t.id, ...(t.id === ui.ordersTab ? panels[t.id]() : []));
        if (t.id !== ui.ordersTab) panel.hidden = true;
        return panel;
      }),
    ),
    ordersList(ctx),
  ];
}

/**
 * Why the control `slot` is not allowed: the refusal of its last click (an
 * alert), else what the rules say of it now (`preview`), else nothing. The
 * code is kept as data for tools and tests; the player reads the message.
 */
function why(ctx: OrdersContext, slot: string, preview: Refusal | null, lead = 'Not possible now: '): HTMLElement {
  const clicked = ctx.ui.refusals[slot];
  const r = clicked ?? preview;
  return h(
    'p',
    {
      class: clicked ? 'rejection' : r ? 'rejection preview' : 'rejection empty',
      attrs: { id: `why-${slot}`, role: clicked ? 'alert' : null, 'data-code': r?.code ?? null },
    },
    r ? h('strong', { text: clicked ? 'Not allowed: ' : lead }) : null,
    r ? r.message : '',
  );
}

function actionButton(slot: string, label: string, onClick: () => void, primary = true): HTMLButtonElement {
  return button(label, onClick, {
    class: primary ? 'primary' : '',
    key: `do:${slot}`,
    attrs: { 'aria-describedby': `why-${slot}` },
  });
}

// ---------------------------------------------------------------- propose / counter

function composer(ctx: OrdersContext): HTMLElement[] {
  const { model, ui, actions } = ctx;
  const { composer: c } = model;
  const name = (i: number) => model.names[i] ?? '?';
  const est = c.estimate;

  const rows = model.levers.map((l) => {
    const id = uid(`lever-${l.index}`);
    const select = h(
      'select',
      { key: `lever:${l.index}`, attrs: { id, 'aria-describedby': `${id}-note` } },
      h('option', { text: '— leave as is —', attrs: { value: '' } }),
      ...l.options.map((o) =>
        h('option', {
          text:
            o.name + (o.index === l.option ? ' (in force)' : '') + (o.refusal && !l.blocked ? ' — not possible' : ''),
          attrs: { value: String(o.index), selected: l.chosen === o.index },
        }),
      ),
    );
    select.addEventListener('change', () =>
      actions.setClause(l.index, l.options.find((o) => String(o.index) === select.value)?.index ?? null),
    );
    const note = l.blocked ? l.blocked.message : `signed by ${l.signatories.join(', ')}`;
    return h(
      'div',
      { class: l.blocked ? 'lever-row blocked' : 'lever-row', attrs: { 'data-code': l.blocked?.code ?? null } },
      h('label', { attrs: { for: id } }, l.name, ' ', labelTag(l.label)),
      select,
      h('span', { class: 'note', attrs: { id: `${id}-note` }, text: `Now: ${l.optionName} · ${note}` }),
    );
  });

  const worthClass = !est ? '' : est.own >= est.reservation ? 'good' : 'bad';
  const summary = h(
    'div',
    { class: 'package-summary', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } },
    h('h3', { text: 'This package' }),
    !est
      ? h('p', { class: 'muted', text: 'Choose an option for at least one lever.' })
      : h(
          'div',
          {},
          h('p', {}, h('strong', { text: 'Parties (from the levers): ' }), est.parties.map(name).join(', ')),
          h(
            'p',
            { class: `worth ${worthClass}` },
            h('strong', { text: `Worth to you: ${num(est.own)}` }),
            ` (now ${num(est.current)}; no deal is worth ${num(est.reservation)} to you) — `,
            h('span', {
              class: 'verdict',
              text: est.own >= est.reservation ? '✔ better than no deal' : '✘ worse than no deal',
            }),
          ),
          meter(est.own, 0, 100, `Worth to you: ${num(est.own)} of 100`),
          ...est.others.map((o) =>
            h(
              'p',
              { class: o.likely ? 'estimate likely' : 'estimate unlikely' },
              h('strong', { text: `${name(o.actor)}: ` }),
              `your estimate of its gain ${signedNum(o.gain)} — `,
              h('span', { class: 'verdict', text: o.likely ? 'likely yes' : 'likely no' }),
              ` (you assume it wants at least ${signedNum(est.demand)})`,
            ),
          ),
          h('p', {
            class: 'muted small',
            text: 'Estimates, not facts: they come only from what you have seen — proposals, answers, statements and meetings — and sharpen when you meet.',
          }),
        ),
  );

  const counterOf = c.counterTo;
  return [
    counterOf
      ? h(
          'div',
          { class: 'counter-banner' },
          h(
            'p',
            {},
            h('strong', { text: `Counter-offer to ${counterOf.id} from ${counterOf.proposer}. ` }),
            `Its terms: ${counterOf.terms}. A counter rejects that package and is a new package (${model.costs.counter} AP).`,
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
        est && c.copyable.length > 0
          ? h(
              'div',
              { class: 'copy-row' },
              h('span', { text: 'Copy in (they see it, no vote): ' }),
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
          ),
          why(ctx, 'propose', c.refusal),
        ),
      ),
    ),
  ].filter((x) => x !== null);
}

function meter(value: number, min: number, max: number, label: string): HTMLElement {
  return h('meter', { attrs: { min, max, value: Math.max(min, Math.min(max, value)), 'aria-label': label } });
}

function checkbox(key: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const id = uid('check');
  const input = h('input', { key, attrs: { type: 'checkbox', id, checked } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
}

// ---------------------------------------------------------------- answers

function answers(ctx: OrdersContext): HTMLElement[] {
  const { model, actions } = ctx;
  const nodes: HTMLElement[] = [];
  if (model.toAnswer.length === 0) {
    nodes.push(
      h('p', {
        class: 'muted',
        text: `No package awaits your answer this ${model.unit}. Packages are answered the ${model.unit} after they are sent.`,
      }),
    );
  } else {
    nodes.push(
      h('p', {
        class: 'muted small',
        text: 'Accepting or rejecting is free; a counter-offer rejects the package and costs like a proposal. No answer counts as a rejection. A package is signed only when every party accepts.',
      }),
    );
  }
  for (const p of model.toAnswer) {
    const slot = `answer:${p.id}`;
    const better = p.worth >= p.reservation;
    const preview = p.answer ? null : p.accept;
    nodes.push(
      h(
        'article',
        { class: 'package-card', attrs: { 'aria-labelledby': `${slot}-h`, 'data-package': p.id } },
        h('h3', {
          attrs: { id: `${slot}-h` },
          text: `${p.id} from ${p.proposer}${p.counters ? ` (counters your ${p.counters})` : ''}`,
        }),
        h('p', {}, h('strong', { text: 'Terms: ' }), p.terms),
        h('p', {}, h('strong', { text: 'Parties: ' }), p.parties),
        p.reasons ? h('p', {}, h('strong', { text: `${possessive(p.proposer)} reasons: ` }), p.reasons) : null,
        h(
          'p',
          { class: `worth ${better ? 'good' : 'bad'}` },
          h('strong', { text: `Worth to you if signed: ${num(p.worth)}` }),
          ` (now ${num(p.current)}; no deal ${num(p.reservation)}) — `,
          h('span', { class: 'verdict', text: better ? '✔ better than no deal' : '✘ worse than no deal' }),
        ),
        p.answer
          ? h('p', {
              class: 'answer-status',
              text: `Your answer: ${p.answer} (in your orders; remove it there to change it)`,
            })
          : null,
        h(
          'div',
          { class: 'button-row' },
          button('Accept', () => actions.answer(p.id, 'accept'), {
            class: 'primary',
            key: `accept:${p.id}`,
            attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Accept ${p.id} from ${p.proposer}` },
          }),
          button('Reject', () => actions.answer(p.id, 'reject'), {
            key: `reject:${p.id}`,
            attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Reject ${p.id} from ${p.proposer}` },
          }),
          button(
            'Counter…',
            () => {
              actions.startCounter(p.id);
              document.querySelector<HTMLElement>('[data-key="cancel-counter"]')?.focus();
            },
            {
              key: `counter:${p.id}`,
              attrs: {
                'aria-describedby': `why-${slot} why-${slot}-counter`,
                'aria-label': `Counter ${p.id} from ${p.proposer}`,
              },
            },
          ),
        ),
        why(ctx, slot, preview),
        !p.answer && p.counter && !p.accept
          ? why(ctx, `${slot}-counter`, p.counter, 'Counter-offer not possible now: ')
          : h('p', { class: 'rejection empty', attrs: { id: `why-${slot}-counter` } }),
      ),
    );
  }
  if (model.awaiting.length > 0) {
    nodes.push(
      h('h3', { text: 'Your packages awaiting answers' }),
      h(
        'ul',
        { class: 'plain' },
        ...model.awaiting.map((p) => h('li', { text: `${p.id}: ${p.terms} — parties ${p.parties}` })),
      ),
    );
  }
  return nodes;
}

// ---------------------------------------------------------------- meet

function meeting(ctx: OrdersContext): HTMLElement[] {
  const { model, actions } = ctx;
  // A reason about one actor is shown beside it only while meeting someone else is possible.
  const anyone = model.others.some((o) => o.refusal === null);
  return [
    h('p', {
      text: `Meeting costs ${model.costs.meet} AP (those you invite pay nothing and cannot refuse). Everyone in the room gains ${num(model.meet.trustGain)} trust in the others; your estimates of their priorities narrow to ${num(model.meet.narrowTo * 100)}% of their width; each learns the other's costliest open lever. Those with a stake who are left out lose ${num(-model.meet.leftOutTrust)} trust in you. Three or more make a summit.`,
    }),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Invite' }),
      ...model.others.map((o) =>
        checkbox(
          `meet:${o.index}`,
          `${o.name} (${o.leader})${anyone && o.refusal ? ` — ${o.refusal.message}` : ''}`,
          o.invited,
          (on) => actions.setMeetWith(o.index, on),
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
    h(
      'div',
      { class: 'submit-row' },
      actionButton('meet', `Add meeting to orders (${model.costs.meet} AP)`, () => actions.addMeeting()),
      why(ctx, 'meet', model.meeting.refusal),
    ),
  ].filter((x) => x !== null);
}

// ---------------------------------------------------------------- statement

function statement(ctx: OrdersContext): HTMLElement[] {
  const { model, actions } = ctx;
  const lever = model.statementLevers.find((l) => l.index === model.statement.lever);
  if (!lever)
    return [
      h('p', {
        class: 'muted',
        text: model.statement.refusal?.message ?? 'You have nothing to make a statement on.',
      }),
    ];
  const leverId = uid('statement-lever');
  const leverSelect = h(
    'select',
    { key: 'statement:lever', attrs: { id: leverId } },
    ...model.statementLevers.map((l) =>
      h('option', {
        text: l.name + (l.refusal ? ' — not possible now' : ''),
        attrs: { value: String(l.index), selected: l.index === lever.index },
      }),
    ),
  );
  leverSelect.addEventListener('change', () => {
    const chosen = model.statementLevers.find((l) => String(l.index) === leverSelect.value);
    if (chosen) actions.setStatementLever(chosen.index);
  });
  const radio = (kind: 'red_line' | 'flexibility', label: string) => {
    const id = uid('kind');
    const input = h('input', {
      key: `statement:${kind}`,
      attrs: { type: 'radio', name: 'statement-kind', id, value: kind, checked: model.statement.kind === kind },
    });
    input.addEventListener('change', () => actions.setStatementKind(kind));
    return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
  };
  return [
    h('p', {
      text: `A statement costs ${model.costs.statement} AP and tells everyone how much this lever matters to you. A red line is permanent: signing one of those options later costs you ${num(model.statementRules.redLineSupportCost)} support. Signalling flexibility raises the other signatories' trust in you by ${num(model.statementRules.flexibilityTrust)}.`,
    }),
    h('div', { class: 'lever-row' }, h('label', { attrs: { for: leverId }, text: 'Lever' }), leverSelect),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Kind of statement' }),
      radio('red_line', 'Red line: options I will never sign'),
      radio('flexibility', 'Signal flexibility'),
    ),
    model.statement.kind === 'red_line'
      ? h(
          'fieldset',
          {},
          h('legend', { text: 'Never sign' }),
          ...lever.options.map((o) =>
            checkbox(
              `redline:${lever.index}:${o.index}`,
              `${o.name}${o.statusQuo ? ' (status quo)' : ''}${o.declared ? ' (already declared)' : ''}`,
              o.chosen,
              (on) => actions.setRedLineOption(o.index, on),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'submit-row' },
      actionButton('statement', `Add statement to orders (${model.costs.statement} AP)`, () => actions.addStatement()),
      why(ctx, 'statement', model.statement.refusal),
    ),
  ].filter((x) => x !== null);
}

// ---------------------------------------------------------------- pressure

function pressure(ctx: OrdersContext): HTMLElement[] {
  const { model, actions } = ctx;
  if (model.pressures.length === 0)
    return [h('p', { class: 'muted', text: 'Your side has no pressure to apply in this scenario.' })];
  return [
    h('p', {
      class: 'muted small',
      text: 'Pressure changes the world, and so what no deal is worth to the others; it always costs you something too.',
    }),
    ...model.pressures.map((p) => {
      const slot = `pressure:${p.index}`;
      return h(
        'article',
        { class: 'pressure-card', attrs: { 'aria-labelledby': `${slot}-h` } },
        h('h3', { attrs: { id: `${slot}-h` } }, p.name, ' ', labelTag(p.label)),
        p.description ? h('p', { text: p.description }) : null,
        h('p', {
          class: 'small',
          text: `Costs ${p.cost} AP · cooldown ${p.cooldown} ${model.unit}(s) · ${p.blocked ? 'not available now' : 'available now'}`,
        }),
        actionButton(slot, `Apply “${p.name}” (${p.cost} AP)`, () => actions.applyPressure(p.index), false),
        why(ctx, slot, p.blocked),
      );
    }),
  ];
}

// ---------------------------------------------------------------- adviser

function adviser(ctx: OrdersContext): HTMLElement[] {
  const { advice, actions } = ctx;
  const nodes: HTMLElement[] = [
    h('p', {
      text: "Your adviser suggests a package from what you know — your own priorities and your estimates of the others — with its reasons. It never sees the others' hidden preferences.",
    }),
    button('Ask your adviser', () => actions.askAdviser(), { class: 'primary', key: 'ask-adviser' }),
  ];
  if (advice && 'none' in advice) nodes.push(h('p', { class: 'advice', attrs: { role: 'status' }, text: advice.none }));
  if (advice && !('none' in advice)) {
    nodes.push(
      h(
        'div',
        { class: 'advice', attrs: { role: 'status' } },
        h('h3', { text: 'Suggested package' }),
        h('ul', { class: 'plain' }, ...advice.clauses.map((c) => h('li', { text: c }))),
        h('p', {
          text: `Worth ${num(advice.worth)} to you (you can still aim for ${num(advice.target)}). ${advice.likelyAccepted ? 'Likely accepted' : 'Not likely accepted yet'} by your estimates: ${advice.gains.map((g) => `${g.name} ${signedNum(g.gain)}`).join(', ')}.`,
        }),
        h('h3', { text: 'Why' }),
        h('ul', {}, ...advice.reasons.map((r) => h('li', { text: r }))),
        button(
          'Load it into the composer',
          () => {
            actions.loadAdvice();
            document.querySelector<HTMLElement>('[data-key="do:propose"]')?.focus();
          },
          { key: 'load-advice' },
        ),
      ),
    );
  }
  return nodes;
}

// ---------------------------------------------------------------- this week's orders

function ordersList(ctx: OrdersContext): HTMLElement {
  const { model, ui, actions } = ctx;
  const busy = ui.resolving;
  const dots = Array.from({ length: model.points.total }, (_, i) => (i < model.points.left ? '●' : '○')).join(' ');
  return h(
    'div',
    { class: 'orders-side' },
    h(
      'p',
      { class: 'points' },
      h('strong', { text: `Action points: ${model.points.left} of ${model.points.total} left` }),
      ' ',
      h('span', { class: 'dots', attrs: { 'aria-hidden': 'true' }, text: dots }),
    ),
    button(busy ? `Resolving ${model.unit} ${model.week}…` : `End ${model.unit} ${model.week} →`, () => ctx.endWeek(), {
      class: 'end-week',
      key: 'end-week',
      attrs: { 'aria-keyshortcuts': 'E', 'aria-describedby': 'end-week-note', 'aria-busy': busy ? 'true' : null },
    }),
    h(
      'div',
      { attrs: { id: 'end-week-note' } },
      model.unanswered > 0
        ? h('p', {
            class: 'warning',
            text: `${model.unanswered} package(s) still await your answer; no answer counts as a rejection.`,
          })
        : null,
      model.lastWeek
        ? h('p', { class: 'warning', text: `This is the last ${model.unit}: no new packages can be made.` })
        : null,
    ),
    ui.confirmation ? h('p', { class: 'confirmation', attrs: { role: 'status' }, text: ui.confirmation }) : null,
    h('h3', { text: `Your orders for ${model.unit} ${model.week}` }),
    model.orders.length === 0
      ? h('p', { class: 'muted', text: 'None yet.' })
      : h(
          'ol',
          { class: 'orders-list' },
          ...model.orders.map((o) =>
            h(
              'li',
              {},
              h('span', { text: `${o.text}${o.cost ? ` · ${o.cost} AP` : ''}` }),
              ' ',
              button('Remove', () => actions.removeOrder(o.index), {
                class: 'small-button',
                key: `remove:${o.index}`,
                attrs: { 'aria-label': `Remove: ${o.text}` },
              }),
            ),
          ),
        ),
  );
}
