/**
 * Conceder: accepts anything worth at least its reservation value (red lines
 * aside), proposes its favourite option one lever at a time, and meets the
 * actor it has met least.
 */
import { answerAll } from './answerAll';
import { idealClauses } from './idealPackage';
import { crossesRedLine, ownReservation, ownUtility } from './ownValue';
import type { PolicyFactory } from './Policy';

export const concederPolicy: PolicyFactory = ({ actor, scenario }) => {
  const met = new Map<number, number>();
  return {
    id: 'conceder',
    decide(view, legal) {
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
      const partner = [...legal.meetable].sort((a, b) => (met.get(a) ?? 0) - (met.get(b) ?? 0) || a - b)[0];
      if (partner !== undefined) met.set(partner, (met.get(partner) ?? 0) + 1);
      return [
        ...answers,
        ...(partner !== undefined ? [{ type: 'meet' as const, actor, with: [partner] }] : []),
        ...proposals,
      ];
    },
  };
};
