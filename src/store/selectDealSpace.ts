/**
 * The deal space of two actors at the end of a game, for the debrief's
 * chart: every possible package (every combination of options from the
 * status quo that each of its signatories would sign) as a point — what it is worth to actor A and to actor B in the final world
 * — with the zone of possible agreement, the Pareto frontier, the Nash point
 * and both reservation values, the path of offers each side made, and where
 * the signed deal landed. Every number comes from the engine's analytics
 * (docs/analytics.md: analyseSpace, analyseDeal), as `npm run sim -- --json`
 * computes them: the world of the end, every lever free
 * (dealWorldOf(…, { allLevers: true })), so a point is comparable with the
 * final deal.
 */
import {
  analyseDeal,
  analyseSpace,
  at,
  dealWorldOf,
  formatClauses,
  formatPackage,
  packageName,
  packageOptions,
  theName,
  type Debrief,
  type SpacePoint,
} from '../engine/index';

export interface DealPoint {
  /** What it is worth to A and to B. */
  readonly a: number;
  readonly b: number;
}

export interface NamedPoint extends DealPoint {
  /**
   * Its terms, lever by lever (levers off the status quo), then "every other lever as before the talks" when it
   * leaves some as they were; "Everything as before the talks" for none.
   */
  readonly terms: string;
}

export interface OfferPoint extends NamedPoint {
  /** The offer's own clauses, as it was made. */
  readonly clauses: string;
  /** The levers that stood already when it was made (signed earlier, off the status quo, not in the offer); "" for none. */
  readonly standing: string;
  /** 0 for A, 1 for B. */
  readonly by: 0 | 1;
  readonly week: number;
  /** "Your offer of week 2", "Russia's counter-offer of week 3". */
  readonly name: string;
}

export interface DealSpaceModel {
  readonly actors: readonly [number, number];
  readonly names: readonly [string, string];
  /** The names as they read inside a sentence: "the United States". */
  readonly inSentence: readonly [string, string];
  /** Every possible package, in the engine's order: [u_A(p), u_B(p)] for p of space.possible. */
  readonly points: readonly (readonly [number, number])[];
  /** The undominated packages, by A's worth ascending. */
  readonly frontier: readonly DealPoint[];
  /** The few packages of the frontier nearest the outcome, nearest first, with their terms. */
  readonly nearest: readonly NamedPoint[];
  /** What no deal is worth to A and to B at the end. */
  readonly reservations: readonly [number, number];
  /** Packages both prefer to no deal. */
  readonly zopa: { readonly count: number; readonly empty: boolean };
  /** Null when the zone is empty. */
  readonly nash: NamedPoint | null;
  /** The signed outcome (every lever as the game ended). */
  readonly deal: NamedPoint & {
    readonly inZopa: boolean;
    readonly onFrontier: boolean;
    /** How much both could have gained at once (0 on the frontier). */
    readonly distance: number;
    /** A package giving both at least `distance` more, when there is one. */
    readonly better: NamedPoint | null;
  };
  readonly offers: readonly OfferPoint[];
  readonly unit: string;
}

export function selectDealSpace(debrief: Debrief | null, a: number, b: number): DealSpaceModel | null {
  if (!debrief?.state.ended || a === b) return null;
  const { scenario, scoreInput, seat } = debrief;
  if (!scenario.actors[a] || !scenario.actors[b]) return null;
  const world = dealWorldOf(scenario, scoreInput.endEnv, scoreInput.declared, { allLevers: true });
  const analytics = analyseSpace(scenario, [a, b], world);
  const { space } = analytics;
  const pair = (us: readonly number[]): DealPoint => ({ a: at(us, 0, 'utility'), b: at(us, 1, 'utility') });
  const named = (options: readonly number[], us: readonly number[]): NamedPoint => ({
    ...pair(us),
    terms: termsOf(scenario, options),
  });
  const point = (p: SpacePoint): NamedPoint => named(p.options, p.utilities);
  const us = Array.from(space.utilities);
  const xy = (p: number): [number, number] => [at(us, 2 * p, 'utility'), at(us, 2 * p + 1, 'utility')];
  const points = Array.from(space.possible, xy);
  const deal = analyseDeal(scenario, space, scoreInput.finalOptions);
  const witness = deal.witness < 0 ? null : packageOptions(space, deal.witness);
  const [da, db] = [at(deal.utilities, 0, 'utility'), at(deal.utilities, 1, 'utility')];
  const nearest = Array.from(analytics.frontier)
    .map((p) => ({ p, d: Math.hypot(xy(p)[0] - da, xy(p)[1] - db) }))
    .sort((x, y) => x.d - y.d || x.p - y.p)
    .slice(0, NEAREST)
    .map(({ p }) => named(packageOptions(space, p), xy(p)));
  return {
    actors: [a, b],
    names: [at(scenario.actors, a, 'actor').name, at(scenario.actors, b, 'actor').name],
    inSentence: [theName(at(scenario.actors, a, 'actor')), theName(at(scenario.actors, b, 'actor'))],
    points,
    frontier: Array.from(analytics.frontier, (p) => pair(xy(p))).sort((x, y) => x.a - y.a),
    nearest,
    reservations: [at(space.reservations, 0, 'rv'), at(space.reservations, 1, 'rv')],
    zopa: { count: analytics.zopa.count, empty: analytics.zopa.empty },
    nash: analytics.nash && point(analytics.nash),
    deal: {
      ...named(deal.options, deal.utilities),
      inZopa: deal.inZopa,
      onFrontier: deal.onFrontier,
      distance: deal.distance,
      better: witness && named(witness, xy(deal.witness)),
    },
    offers: offersOf(debrief, a, b, (options) => analyseDeal(scenario, space, options).utilities).map((o) => ({
      ...named(o.options, o.utilities),
      clauses: formatClauses(scenario, o.pkg.clauses),
      standing: formatClauses(
        scenario,
        scenario.levers
          .filter((l) => o.options[l.index] !== l.statusQuo && !o.pkg.clauses.some((c) => c.lever === l.index))
          .map((l) => ({ lever: l.index, option: at(o.options, l.index, 'option') })),
      ),
      by: o.by,
      week: o.week,
      name: cap(packageName(scenario, o.pkg, at(scenario.actors, seat, 'actor').index)),
    })),
    unit: scenario.turns.unit,
  };
}

/**
 * Every offer A or B made, as the package the world would have had if it had
 * been signed then: the levers in force that week with the offer's clauses.
 */
function offersOf(debrief: Debrief, a: number, b: number, worth: (options: readonly number[]) => readonly number[]) {
  const { scenario, events } = debrief;
  const inForce = scenario.levers.map((l) => l.statusQuo);
  const offers = [];
  for (const e of events) {
    if (e.type === 'lever_settled') inForce[e.lever] = e.option;
    if (e.type === 'lever_broken') inForce[e.lever] = at(scenario.levers, e.lever, 'lever').statusQuo;
    if (e.type !== 'package_delivered' || (e.package.proposer !== a && e.package.proposer !== b)) continue;
    const options = [...inForce];
    for (const c of e.package.clauses) options[c.lever] = c.option;
    offers.push({
      pkg: e.package,
      by: e.package.proposer === a ? (0 as const) : (1 as const),
      week: e.package.week,
      options,
      utilities: worth(options),
    });
  }
  return offers;
}

/** How many packages of the frontier the debrief lists, nearest the outcome. */
const NEAREST = 5;

/** A package's terms: the levers it changes, then what the others are. */
function termsOf(scenario: Debrief['scenario'], options: readonly number[]): string {
  const changed = scenario.levers.filter((l) => options[l.index] !== l.statusQuo).length;
  if (changed === 0) return 'Everything as before the talks';
  const terms = formatPackage(scenario, options);
  return changed === scenario.levers.length ? terms : `${terms}; every other lever as before the talks`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
