/**
 * The analytics of a finished (or stopped) game as plain JSON-ready data
 * keyed by ids: the whole table's deal space in the final world over every
 * lever from the status quo (the space of docs/model.md §4's best achievable
 * deal), where the final deal sits in it, and each actor's grade. Used by
 * the CLI's --json output; the ending screen calls the pieces directly for
 * the pair of actors the student picks.
 */
import { gradeOutcome, type Grade } from '../model/gradeOutcome';
import { scoreActors, type ScoreInput } from '../model/scoreActor';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { theName } from '../text/theName';
import { at } from '../util/at';
import { analyseDeal } from './analyseDeal';
import { analyseSpace } from './analyseSpace';
import { dealWorldOf } from './dealWorldOf';
import { formatPackage } from './formatPackage';
import { packageOptions } from './packageOptions';
import type { SpacePoint } from './spacePoint';

export interface PointSummary {
  readonly text: string;
  /** lever id → option id, for levers off their status quo. */
  readonly clauses: Readonly<Record<string, string>>;
  readonly utilities: Readonly<Record<string, number>>;
  readonly advantages: Readonly<Record<string, number>>;
  readonly welfare: number;
}

export interface GameAnalytics {
  readonly group: readonly string[];
  /** RV of each actor in the final world: what walking away is worth at the end. */
  readonly reservations: Readonly<Record<string, number>>;
  /** How many packages are possible (every signatory would sign them): the space the landmarks are found in. */
  readonly packages: number;
  readonly zopa: { readonly count: number; readonly empty: boolean };
  readonly frontier: number;
  readonly nash: PointSummary | null;
  readonly kalaiSmorodinsky: PointSummary | null;
  readonly egalitarian: PointSummary;
  readonly welfare: PointSummary;
  readonly deal: {
    readonly text: string;
    readonly utilities: Readonly<Record<string, number>>;
    readonly advantages: Readonly<Record<string, number>>;
    readonly shares: Readonly<Record<string, number>>;
    readonly inZopa: boolean;
    readonly onFrontier: boolean;
    readonly distance: number;
    /** A package giving everyone at least distance more, when there is one. */
    readonly couldHaveBeen: string | null;
    /** lever id → actor id → utility change from the status quo. */
    readonly attribution: Readonly<Record<string, Readonly<Record<string, number>>>>;
  };
  readonly grades: Readonly<Record<string, { readonly grade: Grade; readonly sentence: string }>>;
}

export function gameAnalytics(scenario: CompiledScenario, input: ScoreInput): GameAnalytics {
  const group = scenario.actors.map((a) => a.index);
  const ids = scenario.actors.map((a) => a.id);
  const byActor = (xs: readonly number[]): Record<string, number> =>
    Object.fromEntries(ids.map((id, i) => [id, at(xs, i, 'member value')]));
  const point = (p: SpacePoint): PointSummary => ({
    text: formatPackage(scenario, p.options),
    clauses: Object.fromEntries(
      scenario.levers
        .filter((l) => p.options[l.index] !== l.statusQuo)
        .map((l) => [l.id, at(l.options, at(p.options, l.index, 'option'), 'option').id]),
    ),
    utilities: byActor(p.utilities),
    advantages: byActor(p.advantages),
    welfare: p.welfare,
  });
  const analytics = analyseSpace(
    scenario,
    group,
    dealWorldOf(scenario, input.endEnv, input.declared, { allLevers: true }),
  );
  const { space } = analytics;
  const deal = analyseDeal(scenario, space, input.finalOptions);
  return {
    group: ids,
    reservations: byActor(space.reservations),
    packages: space.possible.length,
    zopa: { count: analytics.zopa.count, empty: analytics.zopa.empty },
    frontier: analytics.frontier.length,
    nash: analytics.nash && point(analytics.nash),
    kalaiSmorodinsky: analytics.kalaiSmorodinsky && point(analytics.kalaiSmorodinsky),
    egalitarian: point(analytics.egalitarian),
    welfare: point(analytics.welfare),
    deal: {
      text: formatPackage(scenario, deal.options),
      utilities: byActor(deal.utilities),
      advantages: byActor(deal.advantages),
      shares: byActor(deal.shares),
      inZopa: deal.inZopa,
      onFrontier: deal.onFrontier,
      distance: deal.distance,
      couldHaveBeen: deal.witness < 0 ? null : formatPackage(scenario, packageOptions(space, deal.witness)),
      attribution: Object.fromEntries(
        scenario.levers.map((l) => [l.id, byActor(at(deal.attribution, l.index, 'lever'))]),
      ),
    },
    grades: Object.fromEntries(
      scoreActors(scenario, input).map((s) => {
        const actor = at(scenario.actors, s.actor, 'actor');
        const { grade, sentence } = gradeOutcome(s, theName(actor));
        return [actor.id, { grade, sentence }];
      }),
    ),
  };
}
