/**
 * The orders the table's composers hold, built from the `ui` slice: the
 * package (or counter-offer), the meeting and the statement as they stand.
 * The store adds them to the orders; the selectors ask the rules, before
 * anything is clicked, whether they would be allowed.
 */
import {
  partiesOf,
  type Action,
  type ActorIndex,
  type Choices,
  type Clause,
  type LeverIndex,
  type Package,
  type PublicScenario,
} from '../engine/index';
import type { AppState, TableUi } from './AppState';

/** The package in the composer: a proposal, or a counter-offer when one is being made. Parties are never copied in. */
export function composedPackage(
  scenario: Pick<PublicScenario, 'levers'>,
  ui: TableUi,
  seat: ActorIndex,
): Extract<Action, { type: 'propose' | 'counter' }> {
  const clauses: Clause[] = [...ui.draft].sort((a, b) => a.lever - b.lever);
  const parties = partiesOf(scenario, seat, clauses);
  const copied = ui.copied.filter((c) => !parties.includes(c)).sort((a, b) => a - b);
  return ui.counterTo
    ? { type: 'counter', actor: seat, to: ui.counterTo, clauses, copied }
    : { type: 'propose', actor: seat, clauses, copied };
}

/**
 * A counter-offer's first draft: the terms of the package countered that the
 * seat may put in a package of its own now (its choices say which); the
 * others are left out, and the composer says why (selectOrdersModel).
 */
export function counterDraft(choices: Pick<Choices, 'levers'>, pkg: Pick<Package, 'clauses'>): Clause[] {
  return pkg.clauses.filter((c) => choices.levers[c.lever]?.options[c.option]?.refusal === null);
}

export function composedMeeting(ui: TableUi, seat: ActorIndex): Extract<Action, { type: 'meet' }> {
  return { type: 'meet', actor: seat, with: [...ui.meetWith].sort((a, b) => a - b) };
}

/** The statement being composed on `lever` (the lever chosen, or the first the seat may speak on). */
export function composedStatement(
  ui: TableUi,
  seat: ActorIndex,
  lever: LeverIndex,
): Extract<Action, { type: 'red_line' | 'flexibility' }> {
  return ui.statementKind === 'red_line'
    ? { type: 'red_line', actor: seat, lever, options: [...ui.redLineOptions].sort((a, b) => a - b) }
    : { type: 'flexibility', actor: seat, lever };
}

/** `list` with `item` in it or not. */
export function toggled<T extends number>(list: readonly T[], item: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}

/** The lever the statement composer is on: the one chosen, else the first the seat may speak on now, else the first it signs. */
export function statementLeverOf(state: Pick<AppState, 'choices' | 'ui'>): LeverIndex | null {
  const levers = state.choices?.statements ?? [];
  const chosen = levers.find((l) => l.lever === state.ui.statementLever);
  return (chosen ?? levers.find((l) => l.flexibility === null) ?? levers[0])?.lever ?? null;
}
