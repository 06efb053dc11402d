import type { GameEvent } from './GameEvent';
import type { PublicReason, Reasons } from './Reasons';
import type { ActorIndex } from './ids';

/**
 * The events `actor` may see (docs/model.md §5): public ones and private ones
 * addressed to it; in others' reasons the private part is removed, and the
 * sticking clause is kept only for the receiver it was addressed to; the
 * surplus that ranked signed packages (computed from hidden profiles) is
 * removed. `shared` keeps, per event of `events`, the copy that every seat but
 * its author and receiver sees: playWeek passes one for all the seats of a
 * week, so each copy is made once a week, not once a seat (views are read-only).
 */
export function eventsFor(events: readonly GameEvent[], actor: ActorIndex, shared: GameEvent[] = []): GameEvent[] {
  const seen: GameEvent[] = [];
  let i = -1;
  // By type, not `'to' in event`: an event's type is one read, and every seat filters every event of its week.
  for (const event of events) {
    i++;
    switch (event.type) {
      case 'importance_learnt':
      case 'estimates_narrowed':
      case 'costliest_learnt':
        if (event.to.includes(actor)) seen.push(event);
        break;
      case 'package_signed':
        seen.push((shared[i] ??= { ...event, minSurplus: null }));
        break;
      case 'pressure_applied':
      case 'red_line_declared':
      case 'flexibility_signalled':
      case 'meeting_held':
      case 'answered':
      case 'package_delivered': {
        const { reasons } = event;
        if (!reasons || authorOf(event) === actor) seen.push(event);
        else if (event.type === 'answered' && event.proposer === actor) seen.push(hidden(event, reasons, true));
        else seen.push((shared[i] ??= hidden(event, reasons, false)));
        break;
      }
      default: {
        // Fails to compile when a new kind of event with addressees or reasons is not listed above.
        const plain: Exclude<GameEvent, { to: unknown } | { reasons: unknown }> = event;
        seen.push(plain);
      }
    }
  }
  return seen;
}

type WithReasons = Extract<GameEvent, { reasons: unknown }>;

/** An event with `reasons` as a non-author sees it: no private part, the sticking clause only for its receiver. */
function hidden(event: WithReasons, reasons: Reasons, receiver: boolean): WithReasons {
  return withReasons(event, { public: shownTo(reasons.public, receiver), private: null });
}

/**
 * `{ ...event, reasons }`, written out: the same keys in the same order. A
 * spread over the six kinds of event with reasons is V8's slow, generic copy,
 * and every seat's view filters every event of the week.
 */
function withReasons(event: WithReasons, reasons: Reasons): WithReasons {
  switch (event.type) {
    case 'pressure_applied':
      return { type: event.type, actor: event.actor, pressure: event.pressure, reasons };
    case 'red_line_declared':
      return { type: event.type, actor: event.actor, lever: event.lever, options: event.options, reasons };
    case 'flexibility_signalled':
      return { type: event.type, actor: event.actor, lever: event.lever, reasons };
    case 'meeting_held':
      return { type: event.type, initiator: event.initiator, participants: event.participants, reasons };
    case 'answered':
      return {
        type: event.type,
        actor: event.actor,
        package: event.package,
        proposer: event.proposer,
        answer: event.answer,
        reasons,
      };
    case 'package_delivered':
      return { type: event.type, package: event.package, reasons };
  }
}

/** A public reason as a non-author sees it: the sticking clause only for the receiver it was named to. */
function shownTo(reason: PublicReason, receiver: boolean): PublicReason {
  if (reason.kind !== 'answer' || reason.sticking === undefined || receiver) return reason;
  const { sticking: _hidden, ...rest } = reason;
  return rest;
}

/** Whose reasons an event carries. */
export function authorOf(event: Extract<GameEvent, { reasons: unknown }>): ActorIndex {
  switch (event.type) {
    case 'meeting_held':
      return event.initiator;
    case 'package_delivered':
      return event.package.proposer;
    default:
      return event.actor;
  }
}
