/**
 * Balance targets a designer sets for a scenario (its `balance:` block, or
 * --targets file.json), judged
 * on the baseline population at every sweep step, on point estimates:
 *   good_rate            { actor: [lo, hi] }   share of good outcomes
 *   result_mean          { actor: [lo, hi] }   mean result (points)
 *   batna_calibration    { actor: [lo, hi] }   mean result in games with no deal
 *   ending_rate          { ending: [lo, hi] }
 *   agreement_rate       [lo, hi]
 *   length_mean          [lo, hi]              weeks
 *   void_rate_max        p                     games where the same-week conflict rule voided a package
 *   late_first_agreement_max  p               games with a package signed whose first came in the last LAST_WEEKS turns
 *   void_share_max       p                     packages every party accepted that the conflict rule voided
 *   endings_reached_min  n                     distinct endings reached
 *   entropy_min          bits                  spread of endings
 *   events_never_fired_max  n
 *   no_dominant_actions  true                  no forbid/force or max-pressure probe beats the default
 *   zone_of_agreement    { actors, levers, start_max, widened_rate }
 *                        the share of packages on those levers inside every actor's RV: at most start_max at
 *                        the start, and more than that in some week of a share of games in widened_rate
 * on every population of the step:
 *   every_ending_rate_min  p                   each ending's share of games in the population it is most frequent in
 *   options_never_proposed_max  n              options proposed neither in the baseline nor where a bot plays
 * and on the probe populations (populationTargets.ts). The same block or file
 * may say what to play (games, probes, roles: balanceRun.ts); those keys are
 * not targets.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { RUN_KEYS } from './balanceRun';
import { POLICIES } from '../policies/policies';
import type { CellDef } from './plan';
import { MAX_ZONE, type ZoneSpec } from './zoneOfAgreement';
import {
  checkPopulationTargets,
  isRange,
  POPULATION_TARGET_KEYS,
  populationTargetProblems,
  type PopulationTargets,
} from './populationTargets';
import { baselineOf, roleOf, type BalanceSummary, type PopulationSummary } from './summarise';

export type Range = readonly [number, number];

/** A problem of a balance block or targets file, at `path` in it (at its key when `atKey`). */
export interface BalanceProblem {
  readonly path: readonly (string | number)[];
  readonly atKey: boolean;
  readonly message: string;
}

export interface Targets extends PopulationTargets {
  readonly good_rate?: Readonly<Record<string, Range>>;
  readonly result_mean?: Readonly<Record<string, Range>>;
  readonly batna_calibration?: Readonly<Record<string, Range>>;
  readonly ending_rate?: Readonly<Record<string, Range>>;
  readonly agreement_rate?: Range;
  readonly length_mean?: Range;
  readonly void_rate_max?: number;
  readonly late_first_agreement_max?: number;
  readonly void_share_max?: number;
  readonly options_never_proposed_max?: number;
  readonly every_ending_rate_min?: number;
  readonly endings_reached_min?: number;
  readonly entropy_min?: number;
  readonly events_never_fired_max?: number;
  readonly no_dominant_actions?: boolean;
  readonly zone_of_agreement?: ZoneTarget;
}

/** The block's `zone_of_agreement`, by id (docs/balance.md). */
export interface ZoneTarget {
  readonly actors: readonly string[];
  readonly levers: readonly string[];
  readonly start_max: number;
  readonly widened_rate: Range;
}

export interface TargetResult {
  readonly step: number;
  readonly target: string;
  readonly expected: string;
  readonly actual: number | null;
  readonly ok: boolean;
}

/** The targets that are one number each. */
const NUMBER_KEYS = [
  'void_rate_max',
  'late_first_agreement_max',
  'void_share_max',
  'options_never_proposed_max',
  'every_ending_rate_min',
  'endings_reached_min',
  'entropy_min',
  'events_never_fired_max',
] as const;

const KEYS = [
  'good_rate',
  'result_mean',
  'batna_calibration',
  'ending_rate',
  'agreement_rate',
  'length_mean',
  ...NUMBER_KEYS,
  'no_dominant_actions',
  'zone_of_agreement',
  ...POPULATION_TARGET_KEYS,
] as const;

/**
 * Checks a parsed JSON value (a balance block or targets file) against the
 * scenario and, when given, the run's populations (`cells`: a target about a
 * probe must be about one the run plays); returns the targets or every problem found.
 */
export function parseTargets(
  scenario: CompiledScenario,
  json: unknown,
  cells?: readonly CellDef[],
): { ok: true; targets: Targets } | { ok: false; problems: BalanceProblem[] } {
  const problems: BalanceProblem[] = [];
  const problem = (path: readonly (string | number)[], message: string, atKey = false): void => {
    problems.push({ path, atKey, message });
  };
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, problems: [{ path: [], atKey: false, message: 'targets must be a JSON object' }] };
  const obj = json as Record<string, unknown>;
  const actorIds = new Set(scenario.actors.map((a) => a.id));
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key) && !(RUN_KEYS as readonly string[]).includes(key))
      problem(
        [key],
        `unknown target "${key}" (targets: ${KEYS.join(', ')}; what to play: ${RUN_KEYS.join(', ')})`,
        true,
      );
  }
  const perId = (key: string, ids: Set<string>, what: string) => {
    const v = obj[key];
    if (v === undefined) return;
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      return problem([key], `${key} must map ${what} ids to [lo, hi]`);
    for (const [id, range] of Object.entries(v)) {
      if (!ids.has(id)) problem([key, id], `${key}: no ${what} "${id}" (${[...ids].join(', ')})`, true);
      if (!isRange(range)) problem([key, id], `${key}.${id} must be [lo, hi] with lo ≤ hi`);
    }
  };
  perId('good_rate', actorIds, 'actor');
  perId('result_mean', actorIds, 'actor');
  perId('batna_calibration', actorIds, 'actor');
  perId('ending_rate', endingIds, 'ending');
  for (const key of ['agreement_rate', 'length_mean'])
    if (obj[key] !== undefined && !isRange(obj[key])) problem([key], `${key} must be [lo, hi] with lo ≤ hi`);
  for (const key of NUMBER_KEYS) {
    if (obj[key] !== undefined && (typeof obj[key] !== 'number' || !Number.isFinite(obj[key])))
      problem([key], `${key} must be a number`);
  }
  if (obj.no_dominant_actions !== undefined && typeof obj.no_dominant_actions !== 'boolean')
    problem(['no_dominant_actions'], 'no_dominant_actions must be true or false');
  if (obj.zone_of_agreement !== undefined) zoneProblems(obj.zone_of_agreement, scenario, problem);
  problems.push(...populationTargetProblems(scenario, obj, cells));
  if (problems.length > 0) return { ok: false, problems };
  const targets = Object.fromEntries(Object.entries(obj).filter(([key]) => (KEYS as readonly string[]).includes(key)));
  return { ok: true, targets: targets as Targets };
}

/** What is wrong with a `zone_of_agreement` target: its ids, its numbers. */
function zoneProblems(
  zone: unknown,
  scenario: CompiledScenario,
  problem: (path: readonly (string | number)[], message: string, atKey?: boolean) => void,
): void {
  const path = ['zone_of_agreement'];
  if (zone === null || typeof zone !== 'object' || Array.isArray(zone))
    return problem(path, 'zone_of_agreement must be { actors, levers, start_max, widened_rate }');
  const z = zone as Record<string, unknown>;
  const ids = (key: string, known: readonly { readonly id: string }[], least: number, what: string) => {
    const list = z[key];
    if (!Array.isArray(list) || list.length < least || list.some((id) => typeof id !== 'string'))
      return problem([...path, key], `zone_of_agreement.${key} must list at least ${least} ${what} id(s)`);
    list.forEach((id: string, i) => {
      if (list.indexOf(id) !== i) problem([...path, key, i], `zone_of_agreement.${key}: "${id}" is named twice`);
      else if (!known.some((k) => k.id === id))
        problem(
          [...path, key, i],
          `zone_of_agreement.${key}: no ${what} "${id}" (${known.map((k) => k.id).join(', ')})`,
        );
    });
  };
  ids('actors', scenario.actors, 2, 'actor');
  ids('levers', scenario.levers, 1, 'lever');
  const levers = Array.isArray(z.levers) ? (z.levers as unknown[]) : [];
  const size = levers.reduce<number>((n, id) => n * (scenario.levers.find((l) => l.id === id)?.options.length ?? 1), 1);
  if (size > MAX_ZONE)
    problem([...path, 'levers'], `zone_of_agreement.levers make ${size} packages; at most ${MAX_ZONE} are measured`);
  if (typeof z.start_max !== 'number' || !(z.start_max >= 0 && z.start_max <= 1))
    problem([...path, 'start_max'], 'zone_of_agreement.start_max must be a share from 0 to 1');
  if (!isRange(z.widened_rate))
    problem([...path, 'widened_rate'], 'zone_of_agreement.widened_rate must be [lo, hi] with lo ≤ hi');
  for (const key of Object.keys(z))
    if (!['actors', 'levers', 'start_max', 'widened_rate'].includes(key))
      problem([...path, key], `zone_of_agreement: unknown key "${key}"`, true);
}

/** The zone of agreement a run must measure for its targets, by index, or null when they name none. */
export function zoneSpecOf(scenario: CompiledScenario, targets: Targets): ZoneSpec | null {
  const zone = targets.zone_of_agreement;
  if (!zone) return null;
  const index = (list: readonly { readonly id: string; readonly index: number }[], id: string) =>
    list.find((x) => x.id === id)?.index ?? Number.NaN;
  return {
    actors: zone.actors.map((id) => index(scenario.actors, id)),
    levers: zone.levers.map((id) => index(scenario.levers, id)),
    startMax: zone.start_max,
  };
}

/** Whether a probe is one of the bots (the `bots` probe set: docs/balance.md), not a script or a forced action. */
const isBot = (probe: string | null): boolean => probe !== null && POLICIES.has(probe);

/** Whether `targets` holds any target at all (a block may only say what to play). */
export const hasTargets = (targets: Targets): boolean => Object.keys(targets).length > 0;

/** Every target judged at every sweep step of the run (`cells`: its plan's populations). */
export function checkTargets(
  scenario: CompiledScenario,
  cells: readonly CellDef[],
  summary: BalanceSummary,
  targets: Targets,
): TargetResult[] {
  const results: TargetResult[] = [];
  for (const step of summary.steps) {
    const p: PopulationSummary = baselineOf(step);
    const range = (target: string, actual: number | null, [lo, hi]: Range) =>
      results.push({
        step: step.step,
        target,
        expected: `${lo} to ${hi}`,
        actual,
        ok: actual !== null && actual >= lo && actual <= hi,
      });
    const atMost = (target: string, actual: number | null, max: number) =>
      results.push({ step: step.step, target, expected: `≤ ${max}`, actual, ok: actual !== null && actual <= max });
    const atLeast = (target: string, actual: number | null, min: number) =>
      results.push({ step: step.step, target, expected: `≥ ${min}`, actual, ok: actual !== null && actual >= min });
    for (const [id, r] of Object.entries(targets.good_rate ?? {})) range(`good_rate.${id}`, roleOf(p, id).good.p, r);
    for (const [id, r] of Object.entries(targets.result_mean ?? {}))
      range(`result_mean.${id}`, roleOf(p, id).result.mean, r);
    for (const [id, r] of Object.entries(targets.batna_calibration ?? {}))
      range(`batna_calibration.${id}`, roleOf(p, id).batna.result.mean, r);
    for (const [id, r] of Object.entries(targets.ending_rate ?? {})) {
      const ending = p.endings.find((e) => e.id === id);
      if (!ending) throw new RangeError(`No ending "${id}" in the summary (parseTargets checks the ids).`);
      range(`ending_rate.${id}`, ending.rate.p, r);
    }
    if (targets.agreement_rate) range('agreement_rate', p.agreement.p, targets.agreement_rate);
    if (targets.length_mean) range('length_mean', p.length.mean.mean, targets.length_mean);
    if (targets.void_rate_max !== undefined) atMost('void_rate_max', p.conflictRule.games.p, targets.void_rate_max);
    if (targets.late_first_agreement_max !== undefined)
      atMost('late_first_agreement_max', p.firstAgreement.inLastWeeks.p, targets.late_first_agreement_max);
    if (targets.void_share_max !== undefined) {
      const { voids } = p.conflictRule;
      const accepted = voids + p.signatures.byWeek.reduce((a, b) => a + b, 0);
      atMost('void_share_max', accepted === 0 ? null : voids / accepted, targets.void_share_max);
    }
    if (targets.options_never_proposed_max !== undefined) {
      // The baseline's and the bots' proposals only: a probe that forces an option proves nothing of the game.
      const played = step.populations.filter((q) => q.kind === 'baseline' || isBot(q.probe));
      const never = played.reduce<readonly string[]>(
        (left, q) => left.filter((o) => q.neverProposed.includes(o)),
        p.neverProposed,
      );
      atMost('options_never_proposed_max', never.length, targets.options_never_proposed_max);
    }
    if (targets.every_ending_rate_min !== undefined)
      for (const ending of scenario.endings) {
        const rates = step.populations.map((q) => q.endings.find((e) => e.id === ending.id)?.rate.p ?? 0);
        atLeast(`every_ending_rate_min.${ending.id}`, Math.max(...rates), targets.every_ending_rate_min);
      }
    if (targets.endings_reached_min !== undefined)
      atLeast('endings_reached_min', p.endings.filter((e) => e.rate.k > 0).length, targets.endings_reached_min);
    if (targets.entropy_min !== undefined) atLeast('entropy_min', p.endingEntropy.bits, targets.entropy_min);
    if (targets.events_never_fired_max !== undefined)
      atMost('events_never_fired_max', p.neverFired.length, targets.events_never_fired_max);
    if (targets.zone_of_agreement) {
      const wanted = targets.zone_of_agreement;
      // Judged only on the zone the run measured: another (a targets file given to merge) has no figure.
      const measured =
        p.zone !== null &&
        p.zone.startMax === wanted.start_max &&
        p.zone.actors.join() === wanted.actors.join() &&
        p.zone.levers.join() === wanted.levers.join()
          ? p.zone
          : null;
      atMost('zone_of_agreement.start', measured?.start.mean ?? null, wanted.start_max);
      range('zone_of_agreement.widened', measured?.widened.p ?? null, wanted.widened_rate);
    }
    if (targets.no_dominant_actions) {
      const count = summary.flags.probes.filter(
        (f) => f.step === step.step && (f.kind === 'dominant' || f.kind === 'overused' || f.kind === 'max-pressure'),
      ).length;
      results.push({
        step: step.step,
        target: 'no_dominant_actions',
        expected: '0 flagged probes',
        actual: count,
        ok: count === 0,
      });
    }
    results.push(...checkPopulationTargets(scenario, cells, step, targets));
  }
  return results;
}
