/**
 * A finished table's deals for the teacher's Pareto chart (docs/classroom.md):
 * for each pair of the sides students play, the Pareto frontier of the final
 * world, what no deal was worth to each, and where the table's deal landed —
 * the numbers the debrief's deal space draws for one pair (docs/analytics.md:
 * analyseSpace, analyseDeal, in the world of the end with every lever free).
 */
import { analyseDeal, analyseSpace, at, dealWorldOf, type ActorIndex, type Debrief } from '../engine/index';
import type { ClassDeal } from '../net/classProtocol';

/** `debrief`: the finished game's (any seat's: everything is revealed at the ending). */
export function classDeals(debrief: Debrief, sides: readonly ActorIndex[]): ClassDeal[] {
  const { scoreInput } = debrief;
  const compiled = debrief.scenario;
  const world = dealWorldOf(compiled, scoreInput.endEnv, scoreInput.declared, { allLevers: true });
  const names = compiled.actors;
  return sides.flatMap((a, i) =>
    sides.slice(i + 1).map((b): ClassDeal => {
      const { space, frontier } = analyseSpace(compiled, [a, b], world);
      const us = Array.from(space.utilities);
      const xy = (p: number): [number, number] => [
        round(at(us, 2 * p, 'utility')),
        round(at(us, 2 * p + 1, 'utility')),
      ];
      const deal = analyseDeal(compiled, space, scoreInput.finalOptions);
      return {
        sides: [names[a]?.name ?? '', names[b]?.name ?? ''],
        frontier: Array.from(frontier, xy).sort((x, y) => x[0] - y[0]),
        reservations: [round(at(space.reservations, 0, 'rv')), round(at(space.reservations, 1, 'rv'))],
        deal: [round(at(deal.utilities, 0, 'utility')), round(at(deal.utilities, 1, 'utility'))],
        onFrontier: deal.onFrontier,
        distance: round(deal.distance),
      };
    }),
  );
}

/** A tenth of a point is as fine as the chart draws. */
const round = (x: number) => Math.round(x * 10) / 10;
