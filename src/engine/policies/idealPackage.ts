import type { Clause } from '../game/GameState';
import type { LegalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { favouriteOption } from './ownValue';
import { at } from '../util/at';

/** One clause per proposable lever: the actor's favourite option, where it beats the option in force. */
export function idealClauses(view: SeatView, legal: LegalActions): Clause[] {
  return legal.proposable.flatMap(({ lever, options }) => {
    const option = favouriteOption(view, lever, options);
    if (option === undefined) return [];
    const values = at(view.profile.values, lever);
    return at(values, option) > at(values, at(view.levers, lever).option) ? [{ lever, option }] : [];
  });
}
