/**
 * One branch of a game from the start of a week (docs/model.md §9): the
 * analysed seat gives `orders` that week, then is played by `after` — a
 * policy from its empty memory, as a seat taken over (§7) — or, when `after`
 * is null, gives its recorded orders. Every AI seat decides as in the game,
 * from its recorded memory at the branch's week; another human seat gives its
 * recorded orders. The same seed gives both branches the same luck.
 */
import type { Action } from '../game/Action';
import type { Game } from '../game/Game';
import type { ActorIndex } from '../game/ids';
import { playWeek } from '../game/playWeek';
import type { Policy } from '../policies/Policy';
import type { GameRecord } from '../replay/GameRecord';
import type { CompiledScenario } from '../scenario/CompiledScenario';

export interface BranchStart {
  readonly record: GameRecord;
  /** The game at the start of the branch's week, its AI memories the recorded ones. */
  readonly game: Game;
  /** The recorded seats' policies (null for a human). */
  readonly policies: readonly (Policy | null)[];
}

export function playBranch(
  scenario: CompiledScenario,
  start: BranchStart,
  seat: ActorIndex,
  orders: readonly Action[],
  after: Policy | null,
): Game {
  return branchOn(scenario, start, branchWeek(scenario, start, seat, orders), seat, after);
}

/** The branch's first week: the seat gives `orders`, every other seat plays as in the game. */
export function branchWeek(
  scenario: CompiledScenario,
  start: BranchStart,
  seat: ActorIndex,
  orders: readonly Action[],
): Game {
  const given = recordedOrders(start, start.game.state.week, (actor) => otherHuman(start, seat, actor));
  return playWeek(scenario, start.game, asGiven(start, seat), [...orders, ...given]);
}

/** The branch's later weeks, from `game` to its ending. */
export function branchOn(
  scenario: CompiledScenario,
  start: BranchStart,
  game: Game,
  seat: ActorIndex,
  after: Policy | null,
): Game {
  let played = game;
  if (!after) {
    const seats = asGiven(start, seat);
    const own = (actor: ActorIndex) => actor === seat || otherHuman(start, seat, actor);
    while (!played.state.ended)
      played = playWeek(scenario, played, seats, recordedOrders(start, played.state.week, own));
    return played;
  }
  // The seat changes hands after its week: its policy starts from nothing, as in a take-over (§7).
  const last = played.memories.length - 1;
  const fresh = after.start();
  const memories = played.memories.map((row, w) => (w === last ? row.map((m, i) => (i === seat ? fresh : m)) : row));
  played = { ...played, memories };
  const seats = start.policies.map((p, i) => (i === seat ? after : p));
  const others = (actor: ActorIndex) => otherHuman(start, seat, actor);
  while (!played.state.ended)
    played = playWeek(scenario, played, seats, recordedOrders(start, played.state.week, others));
  return played;
}

/** The seats with the analysed one giving only the orders it is handed. */
const asGiven = (start: BranchStart, seat: ActorIndex) => start.policies.map((p, i) => (i === seat ? null : p));

const otherHuman = (start: BranchStart, seat: ActorIndex, actor: ActorIndex) =>
  actor !== seat && start.policies[actor] === null;

function recordedOrders(start: BranchStart, week: number, by: (actor: ActorIndex) => boolean): Action[] {
  return start.record.actions.filter((a) => a.week === week && by(a.action.actor)).map((a) => a.action);
}
