import type { Game } from '../game/Game';
import type { GameEvent } from '../game/GameEvent';
import { viewFor, type SeatView } from '../game/viewFor';
import { eventsFor } from '../game/visibleTo';
import { compiledOf, type Scenario } from './Scenario';
import type { ActorIndex } from '../game/ids';

/** A seat's view of a game now: what its screen, its adviser or its policy may know (docs/model.md §5). */
export function seatViewOf(scenario: Scenario, game: Game, seat: ActorIndex): SeatView {
  return viewFor(compiledOf(scenario), game.state, seat, eventsFor(game.events.slice(game.lastWeekFrom), seat));
}

export interface SeatLog {
  /** Whose log it is: the reader formatLog calls "you". */
  readonly seat: ActorIndex;
  /** Every event the seat may see, in order, others' private reasons removed. */
  readonly events: readonly GameEvent[];
  /** Index in `events` where the last resolution (or the opening) began: what to animate. */
  readonly lastWeekFrom: number;
}

/** The seat's share of the game's events, for its log and the week's animation. */
export function seatLogOf(game: Game, seat: ActorIndex): SeatLog {
  const before = eventsFor(game.events.slice(0, game.lastWeekFrom), seat);
  const last = eventsFor(game.events.slice(game.lastWeekFrom), seat);
  return { seat, events: [...before, ...last], lastWeekFrom: before.length };
}
