/**
 * The orders panel: one tab per kind of order (propose, answer, meet,
 * statement, pressure, adviser), this week's orders with their cost, the
 * action points left, and "End week". Controls are never disabled: every
 * choice goes to the rules, and a refusal is shown next to the control that
 * caused it, in the rules' own words.
 */
import type { Advice } from '../../engine/ai/advise';
import type { Action } from '../../engine/game/Action';
import type { Clause } from '../../engine/game/GameState';
import type { Rejection } from '../../engine/game/Rejection';
import type { CompiledScenario } from '../../engine/scenario/CompiledScenario';
import type { AppActions } from '../../store/createAppStore';
import type { Estimator } from '../../store/estimatePackage';
import type { OrdersModel } from '../../store/selectOrdersModel';
import { button, h, num, signedNum, uid } from '../dom';
import { possessive } from '../../engine/text/possessive';
import { labelTag } from '../labelTag';
import { tabList, tabPanel } from '../tabs';
import type { OrdersTab, TableUi } from './TableUi';

export interface OrdersContext {
  readonly scenario: CompiledScenario;
  readonly actions: AppActions;
  readonly model: OrdersModel;
  readonly estimate: Estimator;
  readonly advice: Advice | { readonly none: string } | null;
  readonly ui: TableUi;
  /** Re-render the table's panels after a local UI change. */
  readonly refresh: () => void;
  /** Ends the week (after a paint, so "Resolving…" shows while the AI thinks). */
  readonly endWeek: () => void;
  /** True while the week is being resolved. */
  readonly busy: boolean;
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
  const select = (id: string) => {
    ui.ordersTab = id as OrdersTab;
    ctx.refresh();
  };
  return [
    h(
      'div',
      { class: 'orders-main' },
      tabList('orders', 'Kinds of orders', tabs, ui.ordersTab, select),
      ...tabs.map((t) => {
        const panel = tabPanel('orders', t.id, ...(t.id === ui.ordersTab ? panels[t.id]() : []));
        if (t.id !== ui.ordersTab) panel.hidden = true;
        return panel;
      }),
    ),
    ordersList(ctx),
  ];
}

/** Adds an order; on refusal, remembers the rules' message for the control `slot`. */
function submit(ctx: OrdersContext, slot: string, action: Action, done: string, onSuccess?: () => void): void {
  const rejection = ctx.actions.addOrder(action);
  if (rejection) {
    ctx.actions.dismissNotice();
    ctx.ui.rejections.set(slot, rejection);
    ctx.ui.confirmation = null;
  } else {
    ctx.ui.rejections.clear();
    ctx.ui.confirmation = done;
    onSuccess?.();
  }
  ctx.refresh();
}

function refusal(ctx: OrdersContext, slot: string): HTMLElement {
  const r: Rejection | undefined = ctx.ui.rejections.get(slot);
  return h(
    'p',
    { class: r ? 'rejection' : 'rejection empty', attrs: { id: `why-${slot}`, role: r ? 'alert' : null } },
    r ? h('strong', { text: 'Not allowed: ' }) : null,
    r ? r.message : '',
    r ? h('span', { class: 'code', text: ` (${r.code})` }) : null,
  );
}

function actionButton(
  ctx: OrdersContext,
  slot: string,
  label: string,
  onClick: () => void,
  primary = true,
): HTMLButtonElement {
  return button(label, onClick, {
    class: primary ? 'primary' : '',
    key: `do:${slot}`,
    attrs: { 'aria-describedby': `why-${slot}` },
  });
}

// ---------------------------------------------------------------- propose / counter

function composer(ctx: OrdersContext): HTMLElement[] {
  const { model, ui, scenario } = ctx;
  const clauses: Clause[] = [...ui.draft]
    .map(([lever, option]) => ({ lever, option }))
    .sort((a, b) => a.lever - b.lever);
  const est = ctx.estimate(clauses);
  const cost = ui.counterTo ? model.costs.counter : model.costs.propose;
  const counterOf = ui.counterTo ? model.toAnswer.find((p) => p.id === ui.counterTo) : undefined;
  const name = (i: number) => scenario.actors[i]!.name;

  const rows = model.levers.map((l) => {
    const id = uid(`lever-${l.index}`);
    const select = h(
      'select',
      { key: `lever:${l.index}`, attrs: { id, 'aria-describedby': `${id}-note` } },
      h('option', { text: '— leave as is —', attrs: { value: '' } }),
      ...l.options
        .filter((o) => o.index !== l.statusQuo)
        .map((o) =>
          h('option', {
            text: o.name + (o.index === l.option ? ' (in force)' : ''),
            attrs: { value: String(o.index), selected: ui.draft.get(l.index) === o.index },
          }),
        ),
    );
    select.addEventListener('change', () => {
      if (select.value === '') ui.draft.delete(l.index);
      else ui.draft.set(l.index, Number(select.value));
      ui.rejections.delete('propose');
      ctx.refresh();
    });
    const note = l.blocked ? `${l.blocked}` : `signed by ${l.signatories.join(', ')}`;
    return h(
      'div',
      { class: l.blocked ? 'lever-row blocked' : 'lever-row' },
      h('label', { attrs: { for: id } }, l.name, ' ', labelTag(l.label)),
      select,
      h('span', { class: 'note', attrs: { id: `${id}-note` }, text: `Now: ${l.options[l.option]!.name} · ${note}` }),
    );
  });

  const copyable = model.others.filter((o) => !est.parties.includes(o.index));
  const worthClass = clauses.length === 0 ? '' : est.own >= est.reservation ? 'good' : 'bad';
  const summary = h(
    'div',
    { class: 'package-summary', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } },
    h('h3', { text: 'This package' }),
    clauses.length === 0
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
          button(
            'Cancel the counter-offer',
            () => {
              ui.counterTo = null;
              ui.draft.clear();
              ctx.refresh();
            },
            { key: 'cancel-counter' },
          ),
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
        clauses.length > 0 && copyable.length > 0
          ? h(
              'div',
              { class: 'copy-row' },
              h('span', { text: 'Copy in (they see it, no vote): ' }),
              ...copyable.map((o) =>
                checkbox(`copy:${o.index}`, o.name, ui.copied.has(o.index), (on) => {
                  if (on) ui.copied.add(o.index);
                  else ui.copied.delete(o.index);
                }),
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
            ctx,
            'propose',
            ui.counterTo ? `Add counter-offer to orders (${cost} AP)` : `Add proposal to orders (${cost} AP)`,
            () => {
              const copied = [...ui.copied].filter((c) => !est.parties.includes(c));
              const action: Action = ui.counterTo
                ? { type: 'counter', actor: model.seat, to: ui.counterTo, clauses, copied }
                : { type: 'propose', actor: model.seat, clauses, copied };
              submit(
                ctx,
                'propose',
                action,
                ui.counterTo
                  ? `Counter-offer to ${ui.counterTo} added to your orders.`
                  : 'Proposal added to your orders.',
                () => {
                  ui.draft.clear();
                  ui.copied.clear();
                  ui.counterTo = null;
                },
              );
            },
          ),
          refusal(ctx, 'propose'),
        ),
      ),
    ),
  ].filter((x) => x !== null) as HTMLElement[];
}

function meter(value: number, min: number, max: number, label: string): HTMLElement {
  const bar = h('meter', { attrs: { min, max, value: Math.max(min, Math.min(max, value)), 'aria-label': label } });
  return bar;
}

function checkbox(key: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const id = uid('check');
  const input = h('input', { key, attrs: { type: 'checkbox', id, checked } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
}

// ---------------------------------------------------------------- answers

function answers(ctx: OrdersContext): HTMLElement[] {
  const { model, ui } = ctx;
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
          button(
            'Accept',
            () => submit(ctx, slot, { type: 'accept', actor: model.seat, package: p.id }, `You accept ${p.id}.`),
            {
              class: 'primary',
              key: `accept:${p.id}`,
              attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Accept ${p.id} from ${p.proposer}` },
            },
          ),
          button(
            'Reject',
            () => submit(ctx, slot, { type: 'reject', actor: model.seat, package: p.id }, `You reject ${p.id}.`),
            {
              key: `reject:${p.id}`,
              attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Reject ${p.id} from ${p.proposer}` },
            },
          ),
          button(
            'Counter…',
            () => {
              ui.counterTo = p.id;
              ui.draft = new Map(p.clauses.map((c) => [c.lever, c.option]));
              ui.ordersTab = 'propose';
              ui.rejections.clear();
              ctx.refresh();
              document.querySelector<HTMLElement>('[data-key="cancel-counter"]')?.focus();
            },
            {
              key: `counter:${p.id}`,
              attrs: { 'aria-describedby': `why-${slot}`, 'aria-label': `Counter ${p.id} from ${p.proposer}` },
            },
          ),
        ),
        refusal(ctx, slot),
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
  const { model, ui } = ctx;
  return [
    h('p', {
      text: `Meeting costs ${model.costs.meet} AP (those you invite pay nothing and cannot refuse). Everyone in the room gains ${num(model.meet.trustGain)} trust in the others; your estimates of their priorities narrow to ${num(model.meet.narrowTo * 100)}% of their width; each learns the other's costliest open lever. Those with a stake who are left out lose ${num(-model.meet.leftOutTrust)} trust in you. Three or more make a summit.`,
    }),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Invite' }),
      ...model.others.map((o) =>
        checkbox(`meet:${o.index}`, `${o.name} (${o.leader})`, ui.meetWith.has(o.index), (on) => {
          if (on) ui.meetWith.add(o.index);
          else ui.meetWith.delete(o.index);
        }),
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
      actionButton(ctx, 'meet', `Add meeting to orders (${model.costs.meet} AP)`, () => {
        submit(
          ctx,
          'meet',
          { type: 'meet', actor: model.seat, with: [...ui.meetWith].sort((a, b) => a - b) },
          'Meeting added to your orders.',
          () => ui.meetWith.clear(),
        );
      }),
      refusal(ctx, 'meet'),
    ),
  ].filter((x) => x !== null) as HTMLElement[];
}

// ---------------------------------------------------------------- statement

function statement(ctx: OrdersContext): HTMLElement[] {
  const { model, ui } = ctx;
  if (model.statementLevers.length === 0)
    return [h('p', { class: 'muted', text: 'You sign no open lever, so you have nothing to make a statement on.' })];
  const lever = model.statementLevers.find((l) => l.index === ui.statementLever) ?? model.statementLevers[0]!;
  ui.statementLever = lever.index;
  const leverId = uid('statement-lever');
  const leverSelect = h(
    'select',
    { key: 'statement:lever', attrs: { id: leverId } },
    ...model.statementLevers.map((l) =>
      h('option', { text: l.name, attrs: { value: String(l.index), selected: l.index === lever.index } }),
    ),
  );
  leverSelect.addEventListener('change', () => {
    ui.statementLever = Number(leverSelect.value);
    ui.redLineOptions.clear();
    ctx.refresh();
  });
  const radio = (kind: 'red_line' | 'flexibility', label: string) => {
    const id = uid('kind');
    const input = h('input', {
      key: `statement:${kind}`,
      attrs: { type: 'radio', name: 'statement-kind', id, value: kind, checked: ui.statementKind === kind },
    });
    input.addEventListener('change', () => {
      ui.statementKind = kind;
      ctx.refresh();
    });
    return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
  };
  return [
    h('p', {
      text: `A statement costs ${model.costs.statement} AP and tells everyone how much this lever matters to you. A red line is permanent: signing one of those options later costs you ${num(model.statement.redLineSupportCost)} support. Signalling flexibility raises the other signatories' trust in you by ${num(model.statement.flexibilityTrust)}.`,
    }),
    h('div', { class: 'lever-row' }, h('label', { attrs: { for: leverId }, text: 'Lever' }), leverSelect),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Kind of statement' }),
      radio('red_line', 'Red line: options I will never sign'),
      radio('flexibility', 'Signal flexibility'),
    ),
    ui.statementKind === 'red_line'
      ? h(
          'fieldset',
          {},
          h('legend', { text: 'Never sign' }),
          ...lever.options.map((o) =>
            checkbox(
              `redline:${lever.index}:${o.index}`,
              `${o.name}${o.statusQuo ? ' (status quo)' : ''}${o.declared ? ' (already declared)' : ''}`,
              ui.redLineOptions.has(o.index),
              (on) => {
                if (on) ui.redLineOptions.add(o.index);
                else ui.redLineOptions.delete(o.index);
              },
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'submit-row' },
      actionButton(ctx, 'statement', `Add statement to orders (${model.costs.statement} AP)`, () => {
        const action: Action =
          ui.statementKind === 'red_line'
            ? {
                type: 'red_line',
                actor: model.seat,
                lever: lever.index,
                options: [...ui.redLineOptions].sort((a, b) => a - b),
              }
            : { type: 'flexibility', actor: model.seat, lever: lever.index };
        submit(ctx, 'statement', action, 'Statement added to your orders.', () => ui.redLineOptions.clear());
      }),
      refusal(ctx, 'statement'),
    ),
  ].filter((x) => x !== null) as HTMLElement[];
}

// ---------------------------------------------------------------- pressure

function pressure(ctx: OrdersContext): HTMLElement[] {
  const { model } = ctx;
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
          text: `Costs ${p.cost} AP · cooldown ${p.cooldown} ${model.unit}(s) · ${p.blocked ? `now: ${p.blocked}` : 'available now'}`,
        }),
        actionButton(
          ctx,
          slot,
          `Apply “${p.name}” (${p.cost} AP)`,
          () => {
            submit(
              ctx,
              slot,
              { type: 'pressure', actor: model.seat, pressure: p.index },
              `Pressure “${p.name}” added to your orders.`,
            );
          },
          false,
        ),
        refusal(ctx, slot),
      );
    }),
  ];
}

// ---------------------------------------------------------------- adviser

function adviser(ctx: OrdersContext): HTMLElement[] {
  const { advice, scenario, ui } = ctx;
  const name = (i: number) => scenario.actors[i]!.name;
  const nodes: HTMLElement[] = [
    h('p', {
      text: "Your adviser suggests a package from what you know — your own priorities and your estimates of the others — with its reasons. It never sees the others' hidden preferences.",
    }),
    button(
      'Ask your adviser',
      () => {
        ctx.actions.askAdviser();
      },
      { class: 'primary', key: 'ask-adviser' },
    ),
  ];
  if (advice && 'none' in advice) nodes.push(h('p', { class: 'advice', attrs: { role: 'status' }, text: advice.none }));
  if (advice && !('none' in advice)) {
    nodes.push(
      h(
        'div',
        { class: 'advice', attrs: { role: 'status' } },
        h('h3', { text: 'Suggested package' }),
        h(
          'ul',
          { class: 'plain' },
          ...advice.clauses.map((c) =>
            h('li', {
              text: `${scenario.levers[c.lever]!.name} = ${scenario.levers[c.lever]!.options[c.option]!.name}`,
            }),
          ),
        ),
        h('p', {
          text: `Worth ${num(advice.worth)} to you (you can still aim for ${num(advice.target)}). ${advice.likelyAccepted ? 'Likely accepted' : 'Not likely accepted yet'} by your estimates: ${advice.gains.map((g) => `${name(g.actor)} ${signedNum(g.gain)}`).join(', ')}.`,
        }),
        h('h3', { text: 'Why' }),
        h('ul', {}, ...advice.reasons.map((r) => h('li', { text: r }))),
        button(
          'Load it into the composer',
          () => {
            ui.draft = new Map(advice.clauses.map((c) => [c.lever, c.option]));
            ui.counterTo = null;
            ui.ordersTab = 'propose';
            ctx.refresh();
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
  const { model, ui } = ctx;
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
    button(
      ctx.busy ? `Resolving ${model.unit} ${model.week}…` : `End ${model.unit} ${model.week} →`,
      () => ctx.endWeek(),
      {
        class: 'end-week',
        key: 'end-week',
        attrs: { 'aria-keyshortcuts': 'E', 'aria-describedby': 'end-week-note', 'aria-busy': ctx.busy ? 'true' : null },
      },
    ),
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
              button(
                'Remove',
                () => {
                  ui.confirmation = null;
                  ctx.actions.removeOrder(o.index);
                },
                { class: 'small-button', key: `remove:${o.index}`, attrs: { 'aria-label': `Remove: ${o.text}` } },
              ),
            ),
          ),
        ),
  );
}
