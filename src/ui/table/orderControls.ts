/**
 * The small controls every orders tab uses: the note that says why a control
 * is not allowed (before a click, from the seat's choices; after one, as an
 * alert), an action button tied to that note, and a labelled checkbox.
 */
import type { Refusal } from '../../engine/index';
import type { TableUi } from '../../store/AppState';
import { button, h, uid } from '../dom';

/**
 * Why the control `slot` is not allowed: the refusal of its last click (an
 * alert), else what the rules say of it now (`preview`), else nothing. The
 * code is kept as data for tools and tests; the player reads the message.
 */
export function refusalNote(
  ui: TableUi,
  slot: string,
  preview: Refusal | null,
  lead = 'Not possible now: ',
): HTMLElement {
  const clicked = ui.refusals[slot];
  const r = clicked ?? preview;
  return h(
    'p',
    {
      class: clicked ? 'rejection' : r ? 'rejection preview' : 'rejection empty',
      attrs: { id: `why-${slot}`, role: clicked ? 'alert' : null, 'data-code': r?.code ?? null },
    },
    r && (clicked || lead) ? h('strong', { text: clicked ? 'Not allowed: ' : lead }) : null,
    r ? r.message : '',
  );
}

/**
 * `off`: nothing to add yet (an empty package), or the rules would refuse it as it stands: marked unavailable and a
 * click does nothing, so no click meets a refusal; it stays focusable (focus is not lost when the package just added
 * empties the composer, and a screen reader still finds it with its reason), and why, or what to do instead, is
 * written beside it.
 */
export function actionButton(
  slot: string,
  label: string,
  onClick: () => void,
  primary = true,
  off = false,
): HTMLButtonElement {
  return button(label, () => (off ? undefined : onClick()), {
    class: primary ? 'primary' : '',
    key: `do:${slot}`,
    attrs: { 'aria-describedby': `why-${slot}`, 'aria-disabled': off ? 'true' : null },
  });
}

export function checkbox(key: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const id = uid('check');
  const input = h('input', { key, attrs: { type: 'checkbox', id, checked } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('span', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
}

/** An option's text in a select, marked when the rules would refuse it: the mark is in the select itself. */
export function optionText(name: string, refusal: Refusal | null): string {
  return refusal ? `${name} (not possible now: ${refusal.message.replace(/\.$/, '')})` : name;
}
