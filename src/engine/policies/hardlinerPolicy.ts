/**
 * Hardliner: never concedes below a high bar — it accepts only packages worth
 * at least its reservation value plus 80% of the way to its ideal, proposes
 * its ideal, and uses its pressure whenever it can.
 */
import { answerAll } from './answerAll';
import { idealClauses } from './idealPackage';
import { crossesRedLine, ownReservation, ownUtility } from './ownValue';
import { stateless, type PolicyFactory } from './Policy';

export const HARDLINER_BAR = 0.8;

export const hardlinerPolicy: PolicyFactory = ({ actor, scenario }) =>
  stateless('hardliner', (view, legal) => {
    const ideal = idealClauses(view, legal);
    const rv = ownReservation(scenario, view);
    const bar = rv + HARDLINER_BAR * Math.max(0, ownUtility(view, ideal) - rv);
    const answers = answerAll(
      actor,
      legal.toAnswer,
      (p) => !crossesRedLine(view, p.clauses) && ownUtility(view, p.clauses) >= bar,
    );
    return [
      ...answers,
      ...(ideal.length > 0 ? [{ type: 'propose' as const, actor, clauses: ideal }] : []),
      ...legal.pressures.map((pressure) => ({ type: 'pressure' as const, actor, pressure })),
    ];
  });
