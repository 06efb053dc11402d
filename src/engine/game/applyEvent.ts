/**
 * The only code that changes game state: one exhaustive switch over events.
 * Events that only report (answers, meetings, ties) change nothing here;
 * their consequences arrive as their own events. It writes only into the
 * arrays draftOf copies and replaces the objects inside them, which the
 * draft shares with earlier states (Draft.ts).
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import type { Draft } from './Draft';
import type { GameEvent } from './GameEvent';
import { at } from '../util/at';

export function applyEvent(draft: Draft, scenario: CompiledScenario, event: GameEvent): void {
  switch (event.type) {
    case 'week_started':
      draft.week = event.week;
      draft.inbox = draft.inbox.filter((p) => p.week === event.week - 1);
      return;
    case 'news':
      draft.fired[event.event] = at(draft.fired, event.event) + 1;
      return;
    case 'values_changed':
      for (const change of event.changes) draft.values[change.index] = change.to;
      return;
    case 'lever_opened':
      draft.levers[event.lever] = { ...at(draft.levers, event.lever), open: true };
      return;
    case 'pressure_applied':
      draft.readyWeek[event.pressure] = draft.week + at(scenario.pressures, event.pressure).cooldown + 1;
      return;
    case 'red_line_declared': {
      const byLever = at(draft.redLines, event.actor);
      const declared = at(byLever, event.lever);
      byLever[event.lever] = [...declared, ...event.options.filter((o) => !declared.includes(o))].sort((a, b) => a - b);
      return;
    }
    case 'importance_learnt': {
      const byTarget = at(draft.importance, event.observer);
      const known = at(byTarget, event.target);
      if (!known.includes(event.lever)) byTarget[event.target] = [...known, event.lever];
      return;
    }
    case 'estimates_narrowed': {
      // A new row rather than writes into the old one, which earlier states share (Draft.ts); the event's intervals,
      // read and never written like the row, are shared with it rather than copied.
      const byTarget = at(draft.estimates, event.observer);
      const row = at(byTarget, event.target).slice();
      for (let i = 0; i < event.levers.length; i++) row[at(event.levers, i)] = at(event.intervals, i);
      byTarget[event.target] = row;
      return;
    }
    case 'costliest_learnt':
      at(draft.costliest, event.observer)[event.target] = event.lever;
      return;
    case 'lever_settled':
    case 'lever_broken': {
      // One case for both, reading the status quo either way: a break, rare, then runs code optimised for the
      // settlements instead of sending this back to be compiled again. A broken lever is open at its status quo.
      const { statusQuo } = at(scenario.levers, event.lever);
      const settled = event.type === 'lever_settled';
      draft.levers[event.lever] = { option: settled ? event.option : statusQuo, settled, open: true };
      return;
    }
    case 'package_delivered':
      draft.inbox.push(event.package);
      return;
    case 'game_ended':
      draft.ended = { ending: event.ending, week: event.week, early: event.early };
      return;
    case 'flexibility_signalled':
    case 'meeting_held':
    case 'tie_drawn':
    case 'answered':
    case 'package_signed':
    case 'package_void':
    case 'package_expired':
    case 'red_line_broken':
    case 'talks_ended_early':
      return;
    default: {
      const unknown: never = event;
      throw new Error(`unhandled event ${JSON.stringify(unknown)}`);
    }
  }
}
