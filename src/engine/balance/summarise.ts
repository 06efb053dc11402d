/**
 * From streamed statistics to the figures a designer reads: every rate with
 * its 95% Wilson interval, every mean with its t interval, per population
 * and role; then the flags — probes that beat the default AI (dominant
 * actions, maximum pressure), and conclusions that flip between populations
 * (bot-dependent). Numbers are rounded to 6 decimals so the JSON reads well
 * and stays byte-identical however the games were split.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { ACTION_TYPES } from '../game/Action';
import { RESULT_BIN, RESULT_MAX, RESULT_MIN, type CellStats } from './CellStats';
import {
  countsInterval,
  entropy,
  histogramQuantile,
  meanInterval,
  ruleOfThree,
  wilson,
  type MeanEstimate,
  type Proportion,
} from './intervals';
import type { Moments } from './Moments';
import { GRADES } from './observeGame';
import { searchOf } from './policySpec';
import type { BalancePlan, CellDef } from './plan';
import type { ZoneSpec } from './zoneOfAgreement';

/** "The last weeks" of a scenario, for how much agreement piles up at the deadline. */
export const LAST_WEEKS = 2;

export interface Rate {
  readonly k: number;
  readonly n: number;
  readonly p: number | null;
  readonly lo: number;
  readonly hi: number;
}
export interface Mean {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Rounded to 6 decimals (and −0 to 0). */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
const num = (x: number): number | null => (Number.isFinite(x) ? round6(x) : null);
export const rateOf = (k: number, n: number): Rate => toRate(wilson(k, n));
// A Wilson interval's bounds are always finite (0 and 1 when n = 0).
const toRate = (p: Proportion): Rate => ({ k: p.k, n: p.n, p: num(p.p), lo: round6(p.lo), hi: round6(p.hi) });
const toMean = (m: MeanEstimate): Mean => ({
  n: m.n,
  mean: num(m.mean),
  sd: num(m.sd),
  lo: num(m.lo),
  hi: num(m.hi),
  min: num(m.min),
  max: num(m.max),
});
const meanOf = (m: Moments): Mean => toMean(meanInterval(m));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
/** Mean week of a histogram by week, leaving out index 0 ("never"). */
const weekMean = (byWeek: readonly number[]) => countsInterval(byWeek.map((c, w) => (w === 0 ? 0 : c)));

export interface RoleSummary {
  readonly result: Mean;
  readonly utility: Mean;
  readonly good: Rate;
  readonly grades: Readonly<Record<(typeof GRADES)[number], Rate>>;
  /** Games by result, bins of `bin` points from `from` (first and last bins are open-ended). */
  readonly resultHistogram: {
    readonly from: number;
    readonly to: number;
    readonly bin: number;
    readonly counts: readonly number[];
  };
  /** Mean result in games with no deal at all (should be near 0 if RV is honest), and u − RV at the end. */
  readonly batna: { readonly games: number; readonly result: Mean; readonly endSurplus: Mean };
  readonly actions: Readonly<Record<string, { readonly perGame: number | null; readonly games: Rate }>>;
  readonly unansweredPerGame: number | null;
  /** Paired with the baseline's same games; null in the baseline. */
  readonly vsBaseline: { readonly result: Mean; readonly good: Mean } | null;
}

export interface PopulationSummary {
  readonly id: string;
  readonly label: string;
  readonly kind: CellDef['kind'];
  readonly role: string | null;
  readonly probe: string | null;
  readonly seats: Readonly<Record<string, string>>;
  readonly games: number;
  readonly endings: readonly {
    readonly id: string;
    readonly title: string;
    readonly kind: string;
    readonly rate: Rate;
  }[];
  readonly endingEntropy: { readonly bits: number | null; readonly normalised: number | null };
  /** Endings never reached: their rate is below 3/n (95%). */
  readonly neverReached: readonly { readonly id: string; readonly below: number | null }[];
  readonly earlyEnd: Rate;
  readonly length: { readonly mean: Mean; readonly median: number | null; readonly byWeek: readonly number[] };
  readonly agreement: Rate;
  readonly dealsPerGame: Mean;
  readonly firstAgreement: {
    readonly week: Mean;
    readonly median: number | null;
    readonly byWeek: readonly number[];
    readonly inLastWeeks: Rate;
  };
  readonly signatures: { readonly byWeek: readonly number[]; readonly inLastWeeks: Rate };
  /** Whole-table zone of possible agreement; null when the deal space is too large to enumerate. */
  readonly zopa: {
    readonly openAtStart: Rate;
    readonly opened: Rate;
    readonly week: Mean;
    readonly byWeek: readonly number[];
  } | null;
  /** The zone of agreement the plan measured (zoneOfAgreement.ts); null when it measured none. */
  readonly zone: {
    readonly actors: readonly string[];
    readonly levers: readonly string[];
    readonly startMax: number;
    /** The share of the zone's packages inside it at the start. */
    readonly start: Mean;
    /** Games in which it held more than startMax at the start of some week. */
    readonly widened: Rate;
    readonly week: Mean;
    readonly byWeek: readonly number[];
  } | null;
  readonly welfare: Mean;
  readonly frontierDistance: Mean | null;
  readonly efficient: Rate | null;
  readonly conflictRule: {
    readonly games: Rate;
    readonly voids: number;
    readonly byLever: Readonly<Record<string, number>>;
  };
  readonly refused: number;
  readonly roles: Readonly<Record<string, RoleSummary>>;
  readonly pressures: readonly {
    readonly id: string;
    readonly actor: string;
    readonly perGame: number | null;
    readonly games: Rate;
  }[];
  readonly options: readonly {
    readonly lever: string;
    readonly option: string;
    readonly statusQuo: boolean;
    readonly proposed: number;
    readonly signed: number;
    readonly final: Rate;
  }[];
  readonly neverProposed: readonly string[];
  readonly offeredNeverAccepted: readonly string[];
  readonly events: readonly { readonly id: string; readonly fired: Rate }[];
  readonly neverFired: readonly { readonly id: string; readonly below: number | null }[];
}

export interface ProbeFlag {
  readonly step: number;
  readonly role: string;
  readonly population: string;
  readonly probe: string;
  /** dominant: forcing it beats the default; overused: forbidding it does; max-pressure; expert: the searching bot does; beats-default: another bot does. */
  readonly kind: 'dominant' | 'overused' | 'max-pressure' | 'expert' | 'beats-default';
  readonly result: Mean;
  readonly good: Mean;
  readonly text: string;
}

export interface BotDependent {
  readonly step: number;
  readonly conclusion: string;
  readonly holdsIn: readonly string[];
  readonly failsIn: readonly string[];
}

export interface PopulationPick {
  readonly population: string;
  readonly good: Rate;
  /** Paired with the baseline's same games; null for the baseline itself. */
  readonly vsBaseline: { readonly result: Mean; readonly good: Mean } | null;
}

export interface StepSummary {
  readonly step: number;
  readonly params: Readonly<Record<string, number>> | null;
  readonly populations: readonly PopulationSummary[];
  /** Per role: the default's good rate and the best population's (an estimate of the role's skill ceiling among the bots tried). */
  readonly skill: Readonly<
    Record<
      string,
      {
        readonly baseline: Rate;
        readonly best: PopulationPick;
        /** The searching expert in this role (from its seat's view, not the oracle), when it played: an estimate of the skill ceiling. */
        readonly expert: PopulationPick | null;
      }
    >
  >;
}

export interface BalanceSummary {
  readonly format: 'parley-balance-summary';
  readonly version: 1;
  readonly scenario: {
    readonly id: string;
    readonly title: string;
    readonly hash: string;
    readonly engineVersion: string;
  };
  readonly run: {
    readonly seed: number;
    readonly gamesPerPopulation: number;
    readonly sweep: { readonly param: string; readonly values: readonly number[] } | null;
    readonly populations: readonly { readonly id: string; readonly label: string }[];
    readonly gamesPlayed: number;
    readonly complete: boolean;
    readonly minEffect: number;
  };
  readonly steps: readonly StepSummary[];
  readonly flags: { readonly probes: readonly ProbeFlag[]; readonly botDependent: readonly BotDependent[] };
}

export interface SummaryOptions {
  /** Smallest mean result gain (points) for a probe to be flagged as beating the default. */
  readonly minEffect: number;
}

export function summarise(
  scenario: CompiledScenario,
  plan: BalancePlan,
  stats: readonly (readonly CellStats[] | null)[],
  options: SummaryOptions,
): BalanceSummary {
  const steps: StepSummary[] = [];
  const probes: ProbeFlag[] = [];
  const botDependent: BotDependent[] = [];
  let gamesPlayed = 0;
  stats.forEach((cells, step) => {
    if (!cells) return;
    const populations = cells.map((c, i) =>
      summarisePopulation(scenario, at(plan.cells, i, 'population'), c, plan.zone ?? null),
    );
    gamesPlayed += cells.reduce((s, c) => s + c.games, 0);
    steps.push({
      step,
      params: plan.sweep ? { [plan.sweep.param]: at(plan.sweep.values, step, 'sweep value') } : null,
      populations,
      skill: skillOf(scenario, plan, populations),
    });
    probes.push(...probeFlags(scenario, plan, step, populations, options.minEffect));
    botDependent.push(...botDependence(scenario, plan, step, populations));
  });
  const expected = plan.games * (plan.sweep?.values.length ?? 1) * plan.cells.length;
  return {
    format: 'parley-balance-summary',
    version: 1,
    scenario: {
      id: plan.scenarioId,
      title: plan.scenarioTitle,
      hash: plan.scenarioHash,
      engineVersion: plan.engineVersion,
    },
    run: {
      seed: plan.seed,
      gamesPerPopulation: plan.games,
      sweep: plan.sweep && { param: plan.sweep.param, values: [...plan.sweep.values] },
      populations: plan.cells.map((c) => ({ id: c.id, label: c.label })),
      gamesPlayed,
      complete: gamesPlayed === expected,
      minEffect: options.minEffect,
    },
    steps,
    flags: { probes, botDependent },
  };
}

/** A step's baseline population: always the first (the plan's cells start with it). */
export function baselineOf(step: StepSummary): PopulationSummary {
  return at(step.populations, 0, 'baseline population');
}

/** A population's summary of one actor's role, by actor id (every actor of the scenario has one). */
export function roleOf(population: PopulationSummary, actorId: string): RoleSummary {
  const role = population.roles[actorId];
  if (role === undefined) throw new RangeError(`No role "${actorId}" in population "${population.id}".`);
  return role;
}

function summarisePopulation(
  scenario: CompiledScenario,
  cell: CellDef,
  s: CellStats,
  zone: ZoneSpec | null,
): PopulationSummary {
  const n = s.games;
  const weeks = scenario.turns.count;
  const lastFrom = weeks - LAST_WEEKS + 1;
  const fromWeek1 = (xs: readonly number[]) => xs.slice(1);
  const inLast = (xs: readonly number[]) => sum(xs.slice(lastFrom));
  const spaceKnown = s.distance.n > 0 || n === 0;
  const options = scenario.levers.flatMap((l) => {
    const proposed = at(s.proposed, l.index, 'lever');
    const signed = at(s.signed, l.index, 'lever');
    const final = at(s.final, l.index, 'lever');
    return l.options.map((o, i) => ({
      lever: l.id,
      option: o.id,
      statusQuo: i === l.statusQuo,
      proposed: at(proposed, i, 'option'),
      signed: at(signed, i, 'option'),
      final: rateOf(at(final, i, 'option'), n),
    }));
  });
  return {
    id: cell.id,
    label: cell.label,
    kind: cell.kind,
    role: cell.role === null ? null : at(scenario.actors, cell.role, 'actor').id,
    probe: cell.probe,
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, at(cell.seats, a.index, 'seat')])),
    games: n,
    endings: scenario.endings.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      rate: rateOf(at(s.endings, e.index, 'ending'), n),
    })),
    endingEntropy: (() => {
      const h = entropy(s.endings);
      return { bits: num(h.bits), normalised: num(h.normalised) };
    })(),
    neverReached:
      n === 0
        ? []
        : scenario.endings
            .filter((e) => s.endings[e.index] === 0)
            .map((e) => ({ id: e.id, below: num(ruleOfThree(n)) })),
    earlyEnd: rateOf(s.early, n),
    length: { mean: meanOf(s.lengthM), median: num(histogramQuantile(s.length, 0.5)), byWeek: fromWeek1(s.length) },
    agreement: rateOf(s.agreed, n),
    dealsPerGame: meanOf(s.deals),
    firstAgreement: {
      week: toMean(weekMean(s.firstDeal)),
      median: num(histogramQuantile(s.firstDeal, 0.5)),
      byWeek: fromWeek1(s.firstDeal),
      inLastWeeks: rateOf(inLast(s.firstDeal), s.agreed),
    },
    signatures: { byWeek: fromWeek1(s.dealWeeks), inLastWeeks: rateOf(inLast(s.dealWeeks), sum(s.dealWeeks)) },
    zopa: spaceKnown
      ? {
          openAtStart: rateOf(s.zopa[1] ?? 0, n),
          opened: rateOf(n - at(s.zopa, 0, 'never-open count'), n),
          week: toMean(weekMean(s.zopa)),
          byWeek: fromWeek1(s.zopa),
        }
      : null,
    zone: zone && {
      actors: zone.actors.map((a) => at(scenario.actors, a, 'actor').id),
      levers: zone.levers.map((l) => at(scenario.levers, l, 'lever').id),
      startMax: zone.startMax,
      start: meanOf(s.zoneStart),
      widened: rateOf(n - at(s.zone, 0, 'never-wider count'), n),
      week: toMean(weekMean(s.zone)),
      byWeek: fromWeek1(s.zone),
    },
    welfare: meanOf(s.welfare),
    frontierDistance: spaceKnown ? meanOf(s.distance) : null,
    efficient: spaceKnown ? rateOf(s.efficient, s.distance.n) : null,
    conflictRule: {
      games: rateOf(s.voidGames, n),
      voids: sum(s.voidLevers),
      byLever: Object.fromEntries(
        scenario.levers
          .map((l) => [l.id, at(s.voidLevers, l.index, 'lever')] as const)
          .filter(([, voids]) => voids > 0),
      ),
    },
    refused: s.refused,
    roles: Object.fromEntries(
      scenario.actors.map((a) => {
        const r = at(s.actors, a.index, 'actor');
        const summary: RoleSummary = {
          result: meanOf(r.result),
          utility: meanOf(r.utility),
          good: rateOf(r.good, n),
          grades: {
            strong: rateOf(at(r.grades, 0, 'grade'), n),
            fair: rateOf(at(r.grades, 1, 'grade'), n),
            weak: rateOf(at(r.grades, 2, 'grade'), n),
          },
          resultHistogram: { from: RESULT_MIN, to: RESULT_MAX, bin: RESULT_BIN, counts: [...r.resultHist] },
          batna: { games: r.noDeal.n, result: meanOf(r.noDeal), endSurplus: meanOf(r.noDealEnd) },
          actions: Object.fromEntries(
            ACTION_TYPES.map((t, i) => [
              t,
              {
                perGame: n === 0 ? null : num(at(r.actions, i, 'action type') / n),
                games: rateOf(at(r.actionGames, i, 'action type'), n),
              },
            ]),
          ),
          unansweredPerGame: n === 0 ? null : num(r.unanswered / n),
          vsBaseline: cell.kind === 'baseline' ? null : { result: meanOf(r.diff), good: meanOf(r.goodDiff) },
        };
        return [a.id, summary];
      }),
    ),
    pressures: scenario.pressures.map((p) => ({
      id: p.id,
      actor: at(scenario.actors, p.actor, 'actor').id,
      perGame: n === 0 ? null : num(at(s.pressures, p.index, 'pressure') / n),
      games: rateOf(at(s.pressureGames, p.index, 'pressure'), n),
    })),
    options,
    neverProposed:
      n === 0 ? [] : options.filter((o) => !o.statusQuo && o.proposed === 0).map((o) => `${o.lever}=${o.option}`),
    offeredNeverAccepted:
      n === 0
        ? []
        : scenario.levers
            .filter((l) => sum(at(s.proposed, l.index, 'lever')) > 0 && sum(at(s.signed, l.index, 'lever')) === 0)
            .map((l) => l.id),
    events: scenario.events.map((e) => ({ id: e.id, fired: rateOf(at(s.fired, e.index, 'event'), n) })),
    neverFired:
      n === 0
        ? []
        : scenario.events.filter((e) => s.fired[e.index] === 0).map((e) => ({ id: e.id, below: num(ruleOfThree(n)) })),
  };
}

function skillOf(
  scenario: CompiledScenario,
  plan: BalancePlan,
  populations: readonly PopulationSummary[],
): StepSummary['skill'] {
  const baseline = at(populations, 0, 'baseline population');
  return Object.fromEntries(
    scenario.actors.map((a) => {
      let best: PopulationPick = { population: baseline.id, good: roleOf(baseline, a.id).good, vsBaseline: null };
      let expert: PopulationPick | null = null;
      populations.forEach((p, i) => {
        const cell = at(plan.cells, i, 'population');
        if (cell.kind !== 'role' || cell.role !== a.index) return;
        const role = roleOf(p, a.id);
        const pick = { population: p.id, good: role.good, vsBaseline: role.vsBaseline };
        // The oracle sees the whole game: a ceiling, not a way a player could play the role.
        const search = searchOf(cell.probe ?? '');
        if (search !== 'oracle' && (pick.good.p ?? -1) > (best.good.p ?? -1)) best = pick;
        if (search === 'expert' && (pick.good.p ?? -1) > (expert?.good.p ?? -1)) expert = pick;
      });
      return [a.id, { baseline: roleOf(baseline, a.id).good, best, expert }];
    }),
  );
}

function probeFlags(
  scenario: CompiledScenario,
  plan: BalancePlan,
  step: number,
  populations: readonly PopulationSummary[],
  minEffect: number,
): ProbeFlag[] {
  const flags: ProbeFlag[] = [];
  populations.forEach((p, i) => {
    const cell = at(plan.cells, i, 'population');
    if (cell.kind !== 'role' || cell.role === null || !cell.probe) return;
    const actor = at(scenario.actors, cell.role, 'actor');
    const vs = roleOf(p, actor.id).vsBaseline;
    if (!vs || vs.result.lo === null || vs.result.mean === null) return;
    if (!(vs.result.lo > 0 && vs.result.mean >= minEffect)) return;
    const probe = cell.probe;
    const sign = probe.indexOf('@');
    const head = sign < 0 ? probe : probe.slice(0, sign);
    const kind: ProbeFlag['kind'] = head.startsWith('force:')
      ? 'dominant'
      : head.startsWith('forbid:')
        ? 'overused'
        : head === 'max-pressure'
          ? 'max-pressure'
          : searchOf(head)
            ? 'expert'
            : 'beats-default';
    const gain = `+${vs.result.mean.toFixed(2)} points [${vs.result.lo.toFixed(2)}, ${(vs.result.hi ?? Number.NaN).toFixed(2)}]`;
    const text =
      kind === 'dominant'
        ? `${actor.name}: always "${head.slice(6)}" beats its default policy by ${gain} — a dominant choice`
        : kind === 'overused'
          ? `${actor.name}: never "${head.slice(7)}" beats its default policy by ${gain} — the default uses it against its own interest`
          : kind === 'max-pressure'
            ? `${actor.name}: maximum pressure beats its default policy by ${gain}`
            : kind === 'expert'
              ? `${actor.name}: the ${searchOf(head) === 'oracle' ? 'oracle (the expert seeing the whole game)' : 'expert (searching bot)'} beats its default policy by ${gain} — the role rewards skill`
              : `${actor.name}: ${probe} beats its default policy by ${gain}`;
    flags.push({ step, role: actor.id, population: p.id, probe, kind, result: vs.result, good: vs.good, text });
  });
  return flags;
}

/**
 * Conclusions that clearly hold in some populations and clearly fail in
 * others: a rate whose 95% interval lies above its threshold in one
 * population and below it in another (forbid/force probes aside: they change
 * one choice on purpose). Requiring clear sides keeps noise from small runs out.
 */
function botDependence(
  scenario: CompiledScenario,
  plan: BalancePlan,
  step: number,
  populations: readonly PopulationSummary[],
): BotDependent[] {
  const compared = populations.filter(
    (p, i) => p.games > 0 && !/^(forbid|force):/.test(at(plan.cells, i, 'population').probe ?? ''),
  );
  if (compared.length < 2) return [];
  const conclusions: { text: string; rate: (p: PopulationSummary) => Rate; threshold: number }[] = [
    ...scenario.endings.map((e) => ({
      text: `ending "${e.id}" ends at least ${BOT_RARE * 100}% of games`,
      rate: (p: PopulationSummary) => at(p.endings, e.index, 'ending').rate,
      threshold: BOT_RARE,
    })),
    { text: 'most games reach an agreement', rate: (p) => p.agreement, threshold: 0.5 },
    ...scenario.actors.map((a) => ({
      text: `${a.id} gets a good outcome in most games`,
      rate: (p: PopulationSummary) => roleOf(p, a.id).good,
      threshold: 0.5,
    })),
    ...scenario.events.map((e) => ({
      text: `event "${e.id}" fires in at least ${BOT_RARE * 100}% of games`,
      rate: (p: PopulationSummary) => at(p.events, e.index, 'event').fired,
      threshold: BOT_RARE,
    })),
  ];
  return conclusions.flatMap(({ text, rate, threshold }) => {
    const holdsIn = compared.filter((p) => rate(p).lo > threshold).map((p) => p.id);
    const failsIn = compared.filter((p) => rate(p).hi < threshold).map((p) => p.id);
    return holdsIn.length > 0 && failsIn.length > 0 ? [{ step, conclusion: text, holdsIn, failsIn }] : [];
  });
}

/** "Rare" for bot-dependence: an ending or event below this share of games. */
export const BOT_RARE = 0.05;
