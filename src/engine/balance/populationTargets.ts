/**
 * Targets on the probe populations (docs/balance.md, "Targets"): what a role
 * reaches when it alone plays a probe, against the baseline and the expert.
 *   probe_good_rate      { probe: [lo, hi] }  the probed role's share of good outcomes
 *   probe_gain_max       { probe: points }    that share minus the role's baseline share, in percentage points
 *   probe_good_rate_max  { probe: p }         the probed role's share of good outcomes, at most
 *   below_expert         [probe, …]           that share is below the role's share under the expert
 *   good_rate_spread_max p                    baseline: the best playable role's share minus the worst's
 * A probe is a spec or a probe set (bots, scripted, actions, options, all), as
 * --probes takes them; a target holds for every probed role and every probe of
 * the set. A target about a probe the run did not play is a problem, never a pass.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { DEFAULT_POLICY } from '../policies/policies';
import { at } from '../util/at';
import { probeProblem, probeSpecsFor, type CellDef } from './plan';
import { searchOf } from './policySpec';
import { baselineOf, roleOf, type Rate, type StepSummary } from './summarise';
import type { BalanceProblem, Range, TargetResult } from './targets';

export interface PopulationTargets {
  readonly probe_good_rate?: Readonly<Record<string, Range>>;
  readonly probe_gain_max?: Readonly<Record<string, number>>;
  readonly probe_good_rate_max?: Readonly<Record<string, number>>;
  readonly below_expert?: readonly string[];
  readonly good_rate_spread_max?: number;
}

export const POPULATION_TARGET_KEYS = [
  'probe_good_rate',
  'probe_gain_max',
  'probe_good_rate_max',
  'below_expert',
  'good_rate_spread_max',
] as const;

/** One population a target is about: the actor `role` playing `spec`; `cell` indexes the plan, null when not played. */
interface Probed {
  readonly role: number;
  readonly spec: string;
  readonly cell: number | null;
}

/** The roles the run probed: those of its one-role populations, in actor order. */
function probedRoles(cells: readonly CellDef[]): number[] {
  const roles = new Set(cells.flatMap((c) => (c.kind === 'role' && c.role !== null ? [c.role] : [])));
  return [...roles].sort((a, b) => a - b);
}

/**
 * The populations `item` names, for every probed role: a spec equal to the
 * role's baseline seat is the baseline itself (cell 0), as --probes plays it.
 */
function probedBy(scenario: CompiledScenario, cells: readonly CellDef[], item: string): Probed[] {
  const baseline = at(cells, 0, 'baseline population').seats;
  return probedRoles(cells).flatMap((role) =>
    probeSpecsFor(scenario, item, at(scenario.actors, role, 'actor').index).map((spec) => {
      if (spec === baseline[role]) return { role, spec, cell: 0 };
      const cell = cells.findIndex((c) => c.kind === 'role' && c.role === role && c.probe === spec);
      return { role, spec, cell: cell < 0 ? null : cell };
    }),
  );
}

/** The expert's populations: probes `expert` or `expert:<n>` (the summary's skill ceiling reads the same ones). */
const isExpert = (cell: CellDef): boolean => cell.kind === 'role' && searchOf(cell.probe ?? '') === 'expert';

/** `[lo, hi]`: two finite numbers, lo ≤ hi. */
export const isRange = (x: unknown): x is Range =>
  Array.isArray(x) &&
  x.length === 2 &&
  x.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
  (x[0] as number) <= (x[1] as number);

const isNumber = (x: unknown, lo: number, hi: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;

/**
 * The problems of the population targets in `obj` (a balance block or a
 * targets file): their shape, their probes, and — given the run's plan —
 * that the run plays every population they are about.
 */
export function populationTargetProblems(
  scenario: CompiledScenario,
  obj: Readonly<Record<string, unknown>>,
  cells: readonly CellDef[] | undefined,
): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  const problem = (path: readonly (string | number)[], message: string, atKey = true): void => {
    problems.push({ path, atKey, message });
  };
  const names = cells === undefined ? [] : probedRoles(cells).map((r) => at(scenario.actors, r, 'actor').id);
  /** Checks one probe a target names, at `path`: a probe of one role, played for every probed role. */
  const probe = (key: string, item: string, path: readonly (string | number)[], atKey: boolean): void => {
    const wrong = probeProblem(scenario, item, DEFAULT_POLICY);
    if (wrong) return problem(path, `${key}: "${item}" is no probe: ${wrong}`, atKey);
    if (item === 'everyone' || item.startsWith('everyone:'))
      return problem(path, `${key}: "${item}" has no probed role (a target is about one role playing a probe)`, atKey);
    if (cells === undefined) return;
    if (names.length === 0)
      return problem(path, `${key}: the run played no probe in any role (give balance.probes or --probes)`, atKey);
    const missing = probedBy(scenario, cells, item).filter((p) => p.cell === null);
    if (missing.length > 0)
      problem(
        path,
        `${key}: the run did not play ${[...new Set(missing.map((m) => m.spec))].join(', ')} for ${[...new Set(missing.map((m) => at(scenario.actors, m.role, 'actor').id))].join(', ')} (add "${item}" to balance.probes or --probes)`,
        atKey,
      );
  };
  const perProbe = (key: string, valid: (v: unknown) => boolean, what: string) => {
    const v = obj[key];
    if (v === undefined) return;
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      return problem([key], `${key} must map probes (specs or sets) to ${what}`, false);
    for (const [item, value] of Object.entries(v)) {
      probe(key, item, [key, item], true);
      if (!valid(value)) problem([key, item], `${key}.${item} must be ${what}`, false);
    }
  };
  perProbe('probe_good_rate', isRange, '[lo, hi] with lo ≤ hi');
  perProbe('probe_gain_max', (x) => isNumber(x, -100, 100), 'a number of percentage points from -100 to 100');
  perProbe('probe_good_rate_max', (x) => isNumber(x, 0, 1), 'a share from 0 to 1');
  const below = obj.below_expert;
  if (below !== undefined) {
    if (!Array.isArray(below) || !below.every((x) => typeof x === 'string'))
      problem(['below_expert'], 'below_expert must be a list of probes (specs or sets)', false);
    else {
      below.forEach((item, i) => probe('below_expert', item, ['below_expert', i], false));
      if (cells !== undefined) {
        const without = probedRoles(cells).filter((r) => !cells.some((c) => isExpert(c) && c.role === r));
        if (without.length > 0)
          problem(
            ['below_expert'],
            `below_expert: the run did not play the expert for ${without.map((r) => at(scenario.actors, r, 'actor').id).join(', ')} (add expert to balance.probes or --probes)`,
          );
      }
    }
  }
  if (obj.good_rate_spread_max !== undefined && !isNumber(obj.good_rate_spread_max, 0, 1))
    problem(['good_rate_spread_max'], 'good_rate_spread_max must be a share from 0 to 1', false);
  return problems;
}

/** Rounded to 6 decimals, as the summary's rates are (and −0 to 0). */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

/** `rate`'s share minus `base`'s in percentage points (6 decimals), from the counts rather than the rounded shares. */
const pointsOver = (rate: Rate, base: Rate): number | null =>
  rate.n === 0 || base.n === 0 ? null : round6((rate.k / rate.n - base.k / base.n) * 100);

/** The population targets judged at one sweep step (cells: the plan's, in the order of the step's populations). */
export function checkPopulationTargets(
  scenario: CompiledScenario,
  cells: readonly CellDef[],
  step: StepSummary,
  targets: PopulationTargets,
): TargetResult[] {
  const results: TargetResult[] = [];
  const push = (target: string, expected: string, actual: number | null, ok: boolean) =>
    results.push({ step: step.step, target, expected, actual, ok: actual !== null && ok });
  const baseline = baselineOf(step);
  const goodIn = (cell: number, role: number): Rate =>
    roleOf(at(step.populations, cell, 'population'), at(scenario.actors, role, 'actor').id).good;
  const rateIn = (cell: number, role: number): number | null => goodIn(cell, role).p;
  /** Each population `item` names, with its row's name: target, item, the probe when the item is a set, the role. */
  const each = (key: string, item: string, judge: (name: string, p: Probed & { readonly cell: number }) => void) => {
    for (const p of probedBy(scenario, cells, item)) {
      if (p.cell === null) throw new RangeError(`${key}.${item}: not played (parseTargets checks this).`);
      const actor = at(scenario.actors, p.role, 'actor').id;
      judge(`${key}.${item}${p.spec === item ? '' : `.${p.spec}`}.${actor}`, { ...p, cell: p.cell });
    }
  };
  for (const [item, [lo, hi]] of Object.entries(targets.probe_good_rate ?? {}))
    each('probe_good_rate', item, (name, p) => {
      const rate = rateIn(p.cell, p.role);
      push(name, `${lo} to ${hi}`, rate, rate !== null && rate >= lo && rate <= hi);
    });
  for (const [item, max] of Object.entries(targets.probe_gain_max ?? {}))
    each('probe_gain_max', item, (name, p) => {
      const gain = pointsOver(goodIn(p.cell, p.role), goodIn(0, p.role));
      push(name, `≤ ${max} points over the baseline`, gain, gain !== null && gain <= max);
    });
  for (const [item, max] of Object.entries(targets.probe_good_rate_max ?? {}))
    each('probe_good_rate_max', item, (name, p) => {
      const rate = rateIn(p.cell, p.role);
      push(name, `≤ ${max}`, rate, rate !== null && rate <= max);
    });
  for (const item of targets.below_expert ?? [])
    each('below_expert', item, (name, p) => {
      const rate = rateIn(p.cell, p.role);
      const expert = step.skill[at(scenario.actors, p.role, 'actor').id]?.expert ?? null;
      const ceiling = expert?.good.p ?? null;
      push(
        name,
        ceiling === null ? 'below the expert (no expert figure)' : `< ${ceiling} (the expert, ${expert?.population})`,
        rate,
        rate !== null && ceiling !== null && rate < ceiling,
      );
    });
  if (targets.good_rate_spread_max !== undefined) {
    const rates = scenario.actors.filter((a) => a.playable).map((a) => roleOf(baseline, a.id).good);
    const shares = rates.filter((r) => r.n > 0).map((r) => r.k / r.n);
    const spread =
      shares.length === rates.length && shares.length > 0 ? round6(Math.max(...shares) - Math.min(...shares)) : null;
    push(
      'good_rate_spread_max',
      `≤ ${targets.good_rate_spread_max}`,
      spread,
      spread !== null && spread <= targets.good_rate_spread_max,
    );
  }
  return results;
}
