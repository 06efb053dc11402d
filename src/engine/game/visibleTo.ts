import type { GameEvent } from './GameEvent';

/**
 * The events `actor` may see (docs/model.md §5): public ones and private ones
 * addressed to it; in others' reasons the private part is removed, and the
 * sticking clause is kept only for the receiver it was addressed to; the
 * surplus that ranked signed packages (computed from hidden profiles) is
 * removed.
 */
export function eventsFor(events: readonly GameEvent[], actor: number): GameEvent[] {
  const seen: GameEvent[] = [];
  for (const event of events) {
    if ('to' in event && !event.to.includes(actor)) continue;
    if (event.type === 'package_signed') {
      seen.push({ ...event, minSurplus: null });
    } else if ('reasons' in event && event.reasons && authorOf(event) !== actor) {
      const receiver = event.type === 'answered' && event.proposer === actor;
      const { sticking } = event.reasons;
      seen.push({
        ...event,
        reasons: {
          public: event.reasons.public,
          private: '',
          ...(receiver && sticking !== undefined ? { sticking } : {}),
        },
      });
    } else {
      seen.push(event);
    }
  }
  return seen;
}

/** Whose reasons an event carries. */
function authorOf(event: Extract<GameEvent, { reasons: unknown }>): number {
  switch (event.type) {
    case 'meeting_held':
      return event.initiator;
    case 'package_delivered':
      return event.package.proposer;
    default:
      return event.actor;
  }
}
