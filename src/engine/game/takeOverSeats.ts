import type { Policy } from '../policies/Policy';
import type { Game } from './Game';

/**
 * A branch where some seats change hands (a human's seat played on by the
 * AI, or another policy in a seat): each policy whose seat `changed` starts
 * from its empty memory at the branch week; the others keep theirs
 * (docs/model.md §7).
 */
export function takeOverSeats(game: Game, policies: readonly (Policy | null)[], changed: readonly boolean[]): Game {
  const last = game.memories.at(-1) ?? [];
  const memory = policies.map((policy, seat) => (changed[seat] ? (policy ? policy.start() : null) : last[seat]));
  return { ...game, memories: [...game.memories.slice(0, -1), memory] };
}
