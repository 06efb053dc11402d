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
  const { record, policies } = start;
  const recorded = (week: number, by: (actor: ActorIndex) => boolean) =>
    record.actions.filter((a) => a.week === week && by(a.action.actor)).map((a) => a.action);
  const otherHuman = (actor: ActorIndex) => actor !== seat && policies[actor] === null;
  const given = (week: number) => recorded(week, otherHuman);

  const asGiven = policies.map((p, i) => (i === seat ? null : p));
  const first = start.game.state.week;
  let game = playWeek(scenario, start.game, asGiven, [...orders, ...given(first)]);
  if (after) {
    // The seat changes hands after its week: its policy starts from nothing, as in a take-over (§7).
    const last = game.memories.length - 1;
    const memories = game.memories.map((row, w) =>
      w === last ? row.map((m, i) => (i === seat ? after.start() : m)) : row,
    );
    game = { ...game, memories };
    const seats = policies.map((p, i) => (i === seat ? after : p));
    while (!game.state.ended) game = playWeek(scenario, game, seats, given(game.state.week));
  } else {
    const own = (actor: ActorIndex) => actor === seat || otherHuman(actor);
    while (!game.state.ended) game = playWeek(scenario, game, asGiven, recorded(game.state.week, own));
  }
  return game;
}
