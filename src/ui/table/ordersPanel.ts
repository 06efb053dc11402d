/**
 * The orders panel: what to do this week (action points, "End week", this
 * week's orders) and one tab per kind of order (propose, answer, meet,
 * statement, pressure, adviser). Everything it shows comes from the orders
 * model (the seat's view and choices) and the store's `ui` slice; every
 * change goes through a store action. A control the rules would refuse is
 * marked unavailable before it is clicked (aria-disabled: still focusable,
 * and a click does nothing) with the rules' reason beside it, from the seat's
 * choices; should a click still be refused, the refusal is shown next to the
 * control, as an alert, in the rules' own words — a refused order never
 * vanishes silently.
 */
import type { ClassTurnWords } from '../../store/classTurnWords';
import type { OrdersTab, TableUi } from '../../store/AppState';
import type { AppActions } from '../../store/createAppStore';
import type { AdviceModel, OrdersModel } from '../../store/selectOrdersModel';
import { h } from '../dom';
import { tabList, tabPanel } from '../tabs';
import { adviserTab } from './adviserTab';
import { answersTab } from './answersTab';
import { composerTab } from './composerTab';
import { meetingTab } from './meetingTab';
import { pressureTab } from './pressureTab';
import { statementTab } from './statementTab';
import { weekOrders } from './weekOrders';

export interface OrdersContext {
  readonly actions: AppActions;
  readonly model: OrdersModel;
  readonly advice: AdviceModel | null;
  readonly ui: TableUi;
  /** Ends the week (after a paint, so "Resolving…" shows while the AI thinks). */
  readonly endWeek: () => void;
  /** With several players on this device, End week's words when it ends this player's turn only (endTurnWords). */
  readonly endTurn: string | null;
  /** In a class: End week's words while it waits for the others, and the note beside it (classTurnWords). */
  readonly inClass: ClassTurnWords | null;
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
  const panels: Record<OrdersTab, (ctx: OrdersContext) => HTMLElement[]> = {
    propose: composerTab,
    answer: answersTab,
    meet: meetingTab,
    statement: statementTab,
    pressure: pressureTab,
    adviser: adviserTab,
  };
  return [
    weekOrders(ctx),
    h(
      'div',
      { class: 'orders-main' },
      tabList('orders', 'Kinds of orders', tabs, ui.ordersTab, (id) => ctx.actions.selectOrdersTab(id as OrdersTab)),
      ...tabs.map((t) => {
        const panel = tabPanel('orders', t.id, ...(t.id === ui.ordersTab ? panels[t.id](ctx) : []));
        if (t.id !== ui.ordersTab) panel.hidden = true;
        return panel;
      }),
    ),
  ];
}
