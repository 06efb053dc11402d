/**
 * The Statement tab: a red line (options the student will never sign) or a
 * signal of flexibility, on a lever they sign; every lever and option the
 * rules would refuse says so before it is chosen.
 */
import { num } from '../../store/num';
import { h, uid } from '../dom';
import type { OrdersContext } from './ordersPanel';
import { checkbox, optionText } from './orderControls';
import { submitRow } from './submitRow';

export function statementTab(ctx: OrdersContext): HTMLElement[] {
  const { model, actions, ui } = ctx;
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
        text: optionText(l.name, l.refusal),
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
  // An option's own reason is shown only while the lever itself allows a statement (else the lever says why).
  const optionLabel = (o: (typeof lever.options)[number]) =>
    o.statusQuo
      ? `${o.name} (status quo: it needs no signature, so it cannot be a red line)`
      : o.declared
        ? `${o.name} (already declared)`
        : optionText(o.name, lever.refusal ? null : o.refusal);
  return [
    h('p', {
      text: `A statement costs ${model.costs.statement} AP and tells everyone how much this lever matters to you. ${redLineText(model.statementRules)} Signalling flexibility raises the other signatories' trust in you by ${num(model.statementRules.flexibilityTrust)}.`,
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
            checkbox(`redline:${lever.index}:${o.index}`, optionLabel(o), o.chosen, (on) =>
              actions.setRedLineOption(o.index, on),
            ),
          ),
          // What this scenario's rules answer such a red line with, before the student declares it (once declared, the
          // log says what it set off).
          ...lever.options.flatMap((o) =>
            (o.declared ? [] : o.answers).map((answer) =>
              h('p', { class: 'hint', text: `If you declare “${o.name}” a red line: ${answer}` }),
            ),
          ),
        )
      : null,
    submitRow(
      ui,
      'statement',
      'statement',
      model.costs.statement,
      () => actions.addStatement(),
      model.statement.refusal,
      'EMPTY_RED_LINE',
    ),
  ].filter((x) => x !== null);
}

/** What a red line costs: the trust it costs when declared, if the scenario says it costs any, and the support later. */
function redLineText(rules: OrdersContext['model']['statementRules']): string {
  const later = `signing one of its options later costs you ${num(rules.redLineSupportCost)} support`;
  return rules.redLineTrust < 0
    ? `A red line is permanent. Declaring one lowers the trust of this lever's other signatories in you by ${num(-rules.redLineTrust)}; ${later}.`
    : `A red line is permanent: ${later}.`;
}
