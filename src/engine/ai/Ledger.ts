/**
 * What a seat owes each other actor for what they gave it, and what they owe
 * it (docs/model.md §6, "Nothing for nothing"): the negotiator signs a package
 * that only costs it when it owes those it helps at least that much, and
 * assumes the others do the same. Kept from the events the seat saw, so the
 * negotiator (a week at a time, in its memory) and the adviser and the orders
 * screen (every event at once) keep the same accounts.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause, LeverState } from '../game/GameState';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import type { ActorIndex, OptionIndex } from '../game/ids';
import { repays } from '../game/Reasons';
import { at } from '../util/at';
import { rows } from './rows';

export interface Ledger {
  /**
   * owed[j]: what the seat gained, by its own clause values, in the packages it signed with j, less what it lost in
   * them; each package's change is shared equally among its other parties. Below 0, j owes the seat.
   */
  readonly owed: readonly number[];
  /** The option in force on every lever, as the events told it (the change a signed package made is measured from it). */
  readonly options: readonly OptionIndex[];
}

/** Accounts before the first event: nothing owed, every lever at its status quo. */
export function emptyLedger(scenario: PublicScenario): Ledger {
  return { owed: rows(scenario.actors, () => 0), options: rows(scenario.levers, (l) => l.statusQuo) };
}

/**
 * Accounts opened now, with nothing owed, from the levers as the seat sees them: for a seat with none so far (the
 * first week, a computer player taking over a seat, a memory saved before accounts were kept), whose earlier
 * events it has not seen.
 */
export function openLedger(view: SeatView): Ledger {
  return { owed: rows(view.scenario.actors, () => 0), options: rows(view.levers, (l) => l.option) };
}

/**
 * The ledger after `events`, in the order they happened. `weighted` is the seat's own weighted option values; links
 * are left out: a debt is counted clause by clause, as gifts are recognised.
 */
export function recordSignatures(
  ledger: Ledger,
  weighted: readonly (readonly number[])[],
  seat: ActorIndex,
  scenario: PublicScenario,
  events: readonly GameEvent[],
): Ledger {
  let owed: number[] | null = null;
  let options: OptionIndex[] | null = null;
  // Index loops, not for-of: a seat that gives nothing for nothing keeps its accounts every week.
  for (let i = 0; i < events.length; i++) {
    const e = at(events, i);
    if (e.type === 'package_signed' && e.package.parties.includes(seat)) {
      // package_signed comes before its levers' lever_settled: the options are still those it changes.
      const now = options ?? ledger.options;
      let change = 0;
      const { clauses, parties } = e.package;
      for (let x = 0; x < clauses.length; x++) {
        const c = at(clauses, x);
        change += at(at(weighted, c.lever), c.option) - at(at(weighted, c.lever), at(now, c.lever));
      }
      const others = parties.length - 1;
      if (change === 0 || others === 0) continue;
      owed ??= [...ledger.owed];
      for (let x = 0; x < parties.length; x++) {
        const j = at(parties, x);
        if (j !== seat) owed[j] = at(owed, j) + change / others;
      }
    } else if (e.type === 'lever_settled' || e.type === 'lever_broken') {
      options ??= [...ledger.options];
      // A broken lever returns to its status quo (docs/model.md §3.2).
      options[e.lever] = e.type === 'lever_settled' ? e.option : at(scenario.levers, e.lever).statusQuo;
    }
  }
  return owed === null && options === null ? ledger : { owed: owed ?? ledger.owed, options: options ?? ledger.options };
}

/** The accounts of a seat that gives nothing for nothing, from every event it has seen; null for any other seat. */
export function ledgerOf(view: SeatView, seen: readonly GameEvent[]): Ledger | null {
  const { scenario, profile, actor } = view;
  return profile.nothingForNothing
    ? recordSignatures(emptyLedger(scenario), profile.weighted, actor, scenario, seen)
    : null;
}

/** What the seat owes, in all, to `parties` (those it owes nothing count for nothing). */
export function owedTo(ledger: Ledger, parties: Iterable<number>): number {
  let sum = 0;
  for (const j of parties) sum += Math.max(0, at(ledger.owed, j));
  return sum;
}

/** What `other` owes the seat, as the seat's own accounts tell it. */
export const owedBy = (ledger: Ledger, other: number): number => Math.max(0, -at(ledger.owed, other));

/**
 * The rule itself, for any party (docs/model.md §6, "Nothing for nothing"): a package that changes its value by
 * `change` is refused when that is a loss, no clause gains it, and what it owes those it would help does not repay it.
 */
export const refusesGift = (change: number, gainsSomething: boolean, owed: number): boolean =>
  change < 0 && !gainsSomething && !repays({ cost: -change, owed });

/** Whether some clause of `clauses` is an option the seat values above the option in force. */
export function returnsSomething(
  weighted: readonly (readonly number[])[],
  levers: readonly LeverState[],
  clauses: readonly Clause[],
): boolean {
  for (let i = 0; i < clauses.length; i++) {
    const c = at(clauses, i);
    const values = at(weighted, c.lever);
    if (at(values, c.option) > at(values, at(levers, c.lever).option)) return true;
  }
  return false;
}

/** Whether untrusted data (a record's memory) is a ledger of this scenario. */
export function isLedger(scenario: PublicScenario, data: unknown): data is Ledger {
  if (data === null || typeof data !== 'object') return false;
  const { owed, options } = data as Record<string, unknown>;
  return (
    Array.isArray(owed) &&
    owed.length === scenario.actors.length &&
    owed.every((x) => Number.isFinite(x)) &&
    Array.isArray(options) &&
    options.length === scenario.levers.length &&
    options.every(
      (o: unknown, l) =>
        Number.isInteger(o) && (o as number) >= 0 && (o as number) < at(scenario.levers, l).options.length,
    )
  );
}
