/**
 * Plays the units of a balance plan and accumulates their statistics. The
 * same code runs in every worker thread and in-process; a unit's games depend
 * only on the plan and the unit's number, so who plays it never matters.
 * Per unit, the baseline population plays first, then every other
 * population with the same seed (paired differences against the baseline).
 */
import { formatDiagnostic } from '../scenario/Diagnostic';
import { at } from '../util/at';
import { loadScenario } from '../scenario/loadScenario';
import type { PolicyFactory } from '../policies/Policy';
import { addGame, cellStatsToJson, emptyCellStats, type CellStats, type CellStatsJson } from './CellStats';
import { dealSpaceOf } from './DealSpace';
import { zoneOfAgreement } from './zoneOfAgreement';
import { GRADES, observeGame, stepContextOf, type GameObservation, type StepContext } from './observeGame';
import { stepParams, unitGame, unitStep, type BalancePlan } from './plan';
import { resolvePolicy, searchOf, type SeatContext } from './policySpec';
import { gameSeed } from './seeds';

/** Statistics of some units: per sweep step (null where no unit of that step was played), per cell. */
export type RunStats = (CellStats[] | null)[];
export type RunStatsJson = (CellStatsJson[] | null)[];

export const runStatsToJson = (stats: RunStats): RunStatsJson =>
  stats.map((cells) => cells && cells.map(cellStatsToJson));

interface Step {
  readonly ctx: StepContext;
  readonly factories: readonly (readonly PolicyFactory[])[];
}

export class BalanceRunner {
  private readonly steps = new Map<number, Step>();

  constructor(
    private readonly source: string | Uint8Array,
    private readonly file: string,
    readonly plan: BalancePlan,
    private readonly defaultPolicy: string,
  ) {}

  private step(index: number): Step {
    let step = this.steps.get(index);
    if (!step) {
      const params = stepParams(this.plan, index);
      const loaded = loadScenario(this.source, this.file, params ? { params } : {});
      if (!loaded.ok)
        throw new Error(
          `${this.file} does not load${params ? ` with ${JSON.stringify(params)}` : ''}:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`,
        );
      const scenario = loaded.scenario;
      const resolve = (spec: string, seat?: SeatContext) => {
        const resolved = resolvePolicy(scenario, spec, this.defaultPolicy, seat);
        if (!resolved.ok) throw new Error(resolved.message);
        return resolved.factory;
      };
      // The expert plays against the table's other policies: resolved plainly first, then handed to it.
      const factories = this.plan.cells.map((cell) => {
        const table = cell.seats.map((spec) => resolve(spec));
        return cell.seats.map((spec, actor) =>
          searchOf(spec) ? resolve(spec, { actor, table }) : at(table, actor, 'seat policy'),
        );
      });
      const zone = this.plan.zone ? zoneOfAgreement(scenario, this.plan.zone) : null;
      step = { ctx: stepContextOf(scenario, dealSpaceOf(scenario), zone), factories };
      this.steps.set(index, step);
    }
    return step;
  }

  /** Plays units [from, to); `line` receives each game's JSON line in order; `progress` the games played so far. */
  run(from: number, to: number, line?: (text: string) => void, progress?: (games: number) => void): RunStats {
    const stats: RunStats = [];
    let played = 0;
    for (let unit = from; unit < to; unit++) {
      const s = unitStep(this.plan, unit);
      const game = unitGame(this.plan, unit);
      const step = this.step(s);
      const seed = gameSeed(this.plan.seed, game);
      while (stats.length <= s) stats.push(null);
      const cells = stats[s] ?? (stats[s] = this.plan.cells.map(() => emptyCellStats(step.ctx.scenario)));
      let baseline: GameObservation | null = null;
      this.plan.cells.forEach((cell, c) => {
        const observed = observeGame(step.ctx, at(step.factories, c, 'population'), seed);
        addGame(at(cells, c, 'population statistics'), observed, baseline);
        if (c === 0) baseline = observed;
        line?.(gameLine(this.plan, step.ctx, s, cell.id, game, observed));
        played++;
      });
      progress?.(played);
    }
    return stats;
  }
}

const r4 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);

/** One line of games.jsonl: enough to find a game again (`npm run sim -- … --seed`) and to re-aggregate it. */
function gameLine(
  plan: BalancePlan,
  ctx: StepContext,
  step: number,
  population: string,
  game: number,
  o: GameObservation,
): string {
  const { scenario } = ctx;
  const byActor = <T>(f: (a: GameObservation['actors'][number]) => T) =>
    Object.fromEntries(scenario.actors.map((a, i) => [a.id, f(at(o.actors, i, 'actor outcome'))]));
  const terms = (clauses: readonly (readonly [number, number])[]) =>
    Object.fromEntries(
      clauses.map(([l, opt]) => {
        const lever = at(scenario.levers, l, 'lever');
        return [lever.id, at(lever.options, opt, 'option').id];
      }),
    );
  return JSON.stringify({
    step,
    ...(plan.sweep ? { [plan.sweep.param]: plan.sweep.values[step] } : {}),
    population,
    game,
    seed: o.seed,
    ending: at(scenario.endings, o.ending, 'ending').id,
    week: o.week,
    early: o.early,
    deals: o.signed.length,
    dealWeeks: o.signed.map((p) => p.week),
    zopaWeek: o.zopaWeek || null,
    ...(plan.zone ? { zoneWeek: o.zoneWeek || null } : {}),
    welfare: r4(o.welfare),
    distance: r4(o.distance),
    voids: o.voidLevers.length,
    refused: o.refused,
    results: byActor((x) => r4(x.result)),
    grades: byActor((x) => GRADES[x.grade]),
    // A signed package settles each of its levers; a later one moving a lever on overrides an earlier one.
    settled: terms(o.signed.flatMap((p) => p.clauses)),
    signed: o.signed.map((p) => ({
      id: p.id,
      week: p.week,
      proposer: at(scenario.actors, p.proposer, 'actor').id,
      counter: p.counter,
      terms: terms(p.clauses),
    })),
  });
}
