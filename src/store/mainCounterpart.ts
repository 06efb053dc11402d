/** The side the debrief's deal space sets the student against first. */
import { at, type Debrief } from '../engine/index';

/** The other actor the seat shares most levers with as signatories (ties: the first in the scenario). */
export function mainCounterpart(debrief: Debrief): number {
  const { scenario } = debrief;
  const seat = at(scenario.actors, debrief.seat, 'actor').index;
  let best = -1;
  let shared = -1;
  for (const actor of scenario.actors) {
    if (actor.index === seat) continue;
    const n = scenario.levers.filter((l) => l.signatories.includes(seat) && l.signatories.includes(actor.index)).length;
    if (n > shared) [best, shared] = [actor.index, n];
  }
  return best;
}
