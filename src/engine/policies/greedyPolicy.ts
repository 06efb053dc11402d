/**
 * Greedy: best immediate own utility. Accepts whatever raises its utility now
 * (red lines aside) and proposes its ideal package on every lever it may.
 */
import { answerAll } from './answerAll';
import { idealClauses } from './idealPackage';
import { crossesRedLine, ownUtility } from './ownValue';
import { stateless, type PolicyFactory } from './Policy';

export const greedyPolicy: PolicyFactory = ({ actor }) =>
  stateless('greedy', (view, legal) => {
    const now = ownUtility(view, []);
    const answers = answerAll(
      actor,
      legal.toAnswer,
      (p) => !crossesRedLine(view, p.clauses) && ownUtility(view, p.clauses) > now,
    );
    const clauses = idealClauses(view, legal);
    return clauses.length > 0 ? [...answers, { type: 'propose', actor, clauses }] : answers;
  });
