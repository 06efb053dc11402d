/**
 * Random: a legal but aimless player, for the balance lab's baseline. Every
 * choice is a keyed draw on (seed, week, actor, purpose).
 */
import type { Action } from '../game/Action';
import { keyedUnit } from '../rng/keyedUnit';
import { stateless, type PolicyFactory } from './Policy';

export const randomPolicy: PolicyFactory = ({ actor, seed }) =>
  stateless('random', (view, legal) => {
    const draw = (...keys: (string | number)[]) => keyedUnit(seed, view.week, 'random-policy', actor, ...keys);
    const pick = <T>(list: readonly T[], ...keys: (string | number)[]): T | undefined =>
      list[Math.floor(draw(...keys) * list.length)];
    const actions: Action[] = legal.toAnswer.map((p) => ({
      type: draw('answer', p.id) < 0.5 ? 'accept' : 'reject',
      actor,
      package: p.id,
    }));
    for (let k = 0; k < legal.points; k++) {
      const kind = draw('kind', k);
      if (kind < 0.5) {
        const lever = pick(legal.proposable, 'lever', k);
        const option = lever && pick(lever.options, 'option', k);
        if (lever && option !== undefined)
          actions.push({ type: 'propose', actor, clauses: [{ lever: lever.lever, option }] });
      } else if (kind < 0.7) {
        const other = pick(legal.meetable, 'meet', k);
        if (other !== undefined) actions.push({ type: 'meet', actor, with: [other] });
      } else if (kind < 0.85) {
        const lever = pick(legal.statementLevers, 'statement', k);
        if (lever !== undefined) actions.push({ type: 'flexibility', actor, lever });
      } else {
        const pressure = pick(legal.pressures, 'pressure', k);
        if (pressure !== undefined) actions.push({ type: 'pressure', actor, pressure });
      }
    }
    return actions;
  });
