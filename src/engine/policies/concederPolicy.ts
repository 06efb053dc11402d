/**
 * Conceder: accepts anything worth at least its reservation value (red lines
 * aside), proposes its favourite option one lever at a time, and meets the
 * actor it has met least. Its memory: how often it has met each actor.
 */
import { answerAll } from './answerAll';
import { idealClauses } from './idealPackage';
import { crossesRedLine, ownReservation, ownUtility } from './ownValue';
import type { Policy, PolicyFactory } from './Policy';

/** met[actor]: meetings it called with that actor. */
type Met = readonly number[];

export const concederPolicy: PolicyFactory = ({ actor, scenario }): Policy<Met> => ({
  id: 'conceder',
  start: () => scenario.actors.map(() => 0),
  isMemory: (data): data is Met =>
    Array.isArray(data) && data.length === scenario.actors.length && data.every((n) => Number.isInteger(n) && n >= 0),
  decide(view, legal, met) {
    const rv = ownReservation(scenario, view);
    const answers = answerAll(
      actor,
      legal.toAnswer,
      (p) => !crossesRedLine(view, p.clauses) && ownUtility(view, p.clauses) >= rv,
    );
    const proposals = idealClauses(view, legal).map((clause) => ({
      type: 'propose' as const,
      actor,
      clauses: [clause],
    }));
    const count = (a: number) => met[a] ?? 0;
    const partner = [...legal.meetable].sort((a, b) => count(a) - count(b) || a - b)[0];
    const orders = [
      ...answers,
      ...(partner !== undefined ? [{ type: 'meet' as const, actor, with: [partner] }] : []),
      ...proposals,
    ];
    return { orders, memory: met.map((n, a) => (a === partner ? n + 1 : n)) };
  },
});
