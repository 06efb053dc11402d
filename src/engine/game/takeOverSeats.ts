import type { Policy } from '../policies/Policy';
import type { Game } from './Game';

/**
 * A branch where some seats change hands (a human's seat played on by the
 * AI, or another policy in a seat): each policy whose seat `changed` starts
 * from its empty memory at the branch week; the others keep theirs
 * (docs/model.md §7). The seat's earlier weeks are rewritten the same way,
 * so the branch's record holds only memories its own policies could have
 * written, and a branch of the branch follows the same rule.
 */
export function takeOverSeats(game: Game, policies: readonly (Policy | null)[], changed: readonly boolean[]): Game {
  const fresh = policies.map((policy) => (policy ? policy.start() : null));
  const memories = game.memories.map((row) => row.map((memory, seat) => (changed[seat] ? fresh[seat] : memory)));
  return { ...game, memories };
}
