import type { CompiledLever } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import type { Clause, LeverState } from './GameState';
import { isLocked } from './isLocked';

/**
 * The first clause of a package that can no longer be signed (docs/model.md §3.2): its lever was signed after the
 * package was offered, at an option that does not lead on to the clause's. Signed now, the package would be void;
 * null when every clause can still be signed. A lever not open counts too, as in the conflict rule, though the rules
 * never close one that was open.
 */
export function overtakenClause(
  levers: readonly CompiledLever[],
  now: readonly LeverState[],
  clauses: readonly Clause[],
): Clause | null {
  // An index loop, not for-of: every package answered or observed is checked.
  for (let i = 0; i < clauses.length; i++) {
    const c = at(clauses, i);
    const state = at(now, c.lever, 'lever');
    if (!state.open || isLocked(at(levers, c.lever, 'lever'), state, c.option)) return c;
  }
  return null;
}
