import type { Action } from '../game/Action';
import type { Package } from '../game/GameState';
import type { ActorIndex } from '../game/ids';

/** Accept the packages `accept` approves of, reject the rest: every package gets an answer. */
export function answerAll(actor: ActorIndex, packages: readonly Package[], accept: (p: Package) => boolean): Action[] {
  return packages.map((p) => ({ type: accept(p) ? 'accept' : 'reject', actor, package: p.id }));
}
