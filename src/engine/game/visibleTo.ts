import type { GameEvent } from './GameEvent';
import type { PublicReason } from './Reasons';
import type { ActorIndex } from './ids';

/**
 * The events `actor` may see (docs/model.md §5): public ones and private ones
 * addressed to it; in others' reasons the private part is removed, and the
 * sticking clause is kept only for the receiver it was addressed to; the
 * surplus that ranked signed packages (computed from hidden profiles) is
 * removed.
 */
export function eventsFor(events: readonly GameEvent[], actor: ActorIndex): GameEvent[] {
  const seen: GameEvent[] = [];
  for (const event of events) {
    if ('to' in event && !event.to.includes(actor)) continue;
    if (event.type === 'package_signed') {
      seen.push({ ...event, minSurplus: null });
    } else if ('reasons' in event && event.reasons && authorOf(event) !== actor) {
      const receiver = event.type === 'answered' && event.proposer === actor;
      seen.push({ ...event, reasons: { public: shownTo(event.reasons.public, receiver), private: null } });
    } else {
      seen.push(event);
    }
  }
  return seen;
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
