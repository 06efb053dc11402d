import type { GameEvent } from './GameEvent';

/**
 * The events `actor` may see: public ones and private ones addressed to it,
 * with the private part of others' reasons removed (GAME.md §5).
 */
export function eventsFor(events: readonly GameEvent[], actor: number): GameEvent[] {
  const seen: GameEvent[] = [];
  for (const event of events) {
    if ('to' in event && !event.to.includes(actor)) continue;
    if ('reasons' in event && event.reasons && authorOf(event) !== actor) {
      seen.push({ ...event, reasons: { public: event.reasons.public, private: '' } });
    } else {
      seen.push(event);
    }
  }
  return seen;
}

/** Whose reasons an event carries. */
function authorOf(event: Extract<GameEvent, { reasons: unknown }>): number {
  switch (event.type) {
    case 'meeting_held': return event.initiator;
    case 'package_delivered': return event.package.proposer;
    default: return event.actor;
  }
}
