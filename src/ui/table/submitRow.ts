/**
 * The row that ends a composer (Meet, Statement): its "Add … to orders" button, marked unavailable while the rules
 * refuse the order as composed, and beside it why. While nothing is chosen yet the rules' answer is what to do
 * (`hint`: "invite someone", "name an option"), written without "Not possible now"; any other refusal keeps it.
 */
import type { Refusal, RefusalCode } from '../../engine/index';
import type { TableUi } from '../../store/AppState';
import { h } from '../dom';
import { actionButton, refusalNote } from './orderControls';

export function submitRow(
  ui: TableUi,
  slot: string,
  /** What the button adds ("meeting"), and its cost in action points. */
  order: string,
  cost: number,
  onClick: () => void,
  refusal: Refusal | null,
  hint: RefusalCode,
): HTMLElement {
  return h(
    'div',
    { class: 'submit-row' },
    actionButton(slot, `Add ${order} to orders (${cost} AP)`, onClick, true, refusal !== null),
    refusalNote(ui, slot, refusal, refusal?.code === hint ? '' : undefined),
  );
}
