/**
 * A balance run's plan: which populations (cells) play, with which seeds,
 * over which parameter values, and how its units of work are numbered.
 * A unit is (sweep step, game index): every population plays game i of step
 * s with the same seed, so populations are compared on identical draws.
 * Units are numbered step-major; a shard is a contiguous range of units.
 */
import { POLICIES } from '../policies/policies';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { ACTION_TYPES } from '../game/Action';
import { resolvePolicy, SCRIPTED } from './policySpec';
import type { ActorIndex } from '../game/ids';
import type { ZoneSpec } from './zoneOfAgreement';

export interface SweepSpec {
  readonly param: string;
  readonly values: readonly number[];
}

export type CellKind = 'baseline' | 'role' | 'everyone';

/** One population: a policy spec per seat. */
export interface CellDef {
  readonly id: string;
  readonly label: string;
  readonly kind: CellKind;
  /** The actor index whose seat differs from the baseline (kind 'role'). */
  readonly role: number | null;
  /** The probe spec ('role' and 'everyone' cells). */
  readonly probe: string | null;
  readonly seats: readonly string[];
}

export interface BalancePlan {
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  /** Fingerprint of the scenario text: shards of different scenarios never merge. */
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly seed: number;
  /** Games per population and sweep step. */
  readonly games: number;
  readonly sweep: SweepSpec | null;
  readonly cells: readonly CellDef[];
  /** The zone of agreement the block's `zone_of_agreement` target asks for, measured in every game; absent: none. */
  readonly zone?: ZoneSpec | null;
}

export const stepCount = (plan: BalancePlan): number => plan.sweep?.values.length ?? 1;
export const unitCount = (plan: BalancePlan): number => plan.games * stepCount(plan);
export const unitStep = (plan: BalancePlan, unit: number): number => Math.floor(unit / plan.games);
export const unitGame = (plan: BalancePlan, unit: number): number => unit % plan.games;

/** Params to load a step's scenario with. */
export function stepParams(plan: BalancePlan, step: number): Record<string, number> | undefined {
  return plan.sweep ? { [plan.sweep.param]: at(plan.sweep.values, step, 'sweep value') } : undefined;
}

/** Units [from, to) of shard i of n (0 ≤ i < n): contiguous, disjoint, covering everything. */
export function shardRange(units: number, index: number, count: number): readonly [number, number] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count)
    throw new RangeError(`no shard ${index}/${count}`);
  return [Math.floor((index * units) / count), Math.floor(((index + 1) * units) / count)];
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** `param=from..to:steps` → evenly spaced values, from and to included. */
export function parseSweep(scenario: CompiledScenario, text: string): Parsed<SweepSpec> {
  const m = /^([A-Za-z_][\w.]*)=(-?[\d.]+(?:e-?\d+)?)\.\.(-?[\d.]+(?:e-?\d+)?):(\d+)$/.exec(text.trim());
  if (!m)
    return { ok: false, message: `--sweep "${text}": write <param>=<from>..<to>:<steps>, e.g. war_drift=0.1..0.5:5` };
  const [, param, fromText, toText, stepsText] = m as unknown as [string, string, string, string, string];
  if (!scenario.params.has(param)) {
    const known = [...scenario.params.keys()];
    return {
      ok: false,
      message: `--sweep: ${scenario.id} has no param "${param}" (${known.length > 0 ? `params: ${known.join(', ')}` : 'it declares no params'})`,
    };
  }
  const from = Number(fromText);
  const to = Number(toText);
  const steps = Number(stepsText);
  if (!Number.isFinite(from) || !Number.isFinite(to))
    return { ok: false, message: `--sweep "${text}": from and to must be numbers` };
  if (!Number.isInteger(steps) || steps < 1 || steps > 1000)
    return { ok: false, message: `--sweep "${text}": steps must be a whole number from 1 to 1000` };
  const values = Array.from({ length: steps }, (_, k) =>
    steps === 1 ? from : Number((from + ((to - from) * k) / (steps - 1)).toPrecision(12)),
  );
  return { ok: true, value: { param, values } };
}

/** `a=p,b=q` over the default policy in every seat. */
export function parseSeats(scenario: CompiledScenario, text: string | undefined, fallback: string): Parsed<string[]> {
  const seats = scenario.actors.map(() => fallback);
  for (const part of (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const actorId = eq < 0 ? part : part.slice(0, eq);
    const spec = eq < 0 ? '' : part.slice(eq + 1);
    const actor = scenario.actors.find((a) => a.id === actorId);
    if (!actor)
      return {
        ok: false,
        message: `--seats: no actor "${actorId}" (actors: ${scenario.actors.map((a) => a.id).join(', ')})`,
      };
    if (!spec) return { ok: false, message: `--seats: write ${actorId}=<policy>` };
    const resolved = resolvePolicy(scenario, spec, fallback);
    if (!resolved.ok) return { ok: false, message: `--seats: ${resolved.message}` };
    seats[actor.index] = spec;
  }
  return { ok: true, value: seats };
}

/** The probe sets --probes understands, besides explicit specs. */
export const PROBE_SETS = ['bots', 'scripted', 'actions', 'options', 'all', 'everyone'] as const;

const PROBED_ACTIONS = ACTION_TYPES.filter((t) => t !== 'accept' && t !== 'reject');

/**
 * Why `item` (a probe set, a spec, or `everyone:<spec>`) is no probe, or null
 * when it is one. The one check of a probe item: --probes, the scenario's
 * `balance.probes` and the targets about probes all use it.
 */
export function probeProblem(scenario: CompiledScenario, item: string, fallback: string): string | null {
  if ((PROBE_SETS as readonly string[]).includes(item)) return null;
  const spec = item.startsWith('everyone:') ? item.slice('everyone:'.length) : item;
  const resolved = resolvePolicy(scenario, spec, fallback);
  if (resolved.ok) return null;
  // A bare name that is nothing known may be a misspelt set: name the sets too.
  return /^[\w-]+$/.test(item) ? `${resolved.message}; probe sets: ${PROBE_SETS.join(', ')}` : resolved.message;
}

/** Specs to try in `actor`'s seat for one probe set or spec. */
export function probeSpecsFor(scenario: CompiledScenario, item: string, actor: ActorIndex): string[] {
  const ownsPressure = scenario.pressures.some((p) => p.actor === actor);
  switch (item) {
    case 'bots':
      return [...POLICIES.keys()];
    case 'scripted':
      return [...SCRIPTED.keys()].filter((s) => s !== 'max-pressure' || ownsPressure);
    case 'actions':
      return PROBED_ACTIONS.filter((t) => t !== 'pressure' || ownsPressure).flatMap((t) => [
        `forbid:${t}`,
        `force:${t}`,
      ]);
    case 'options':
      return scenario.levers
        .filter((l) => l.proposers.includes(actor))
        .flatMap((l) =>
          l.options.flatMap((o, i) => (i === l.statusQuo ? [] : [`forbid:${l.id}=${o.id}`, `force:${l.id}=${o.id}`])),
        );
    case 'all':
      return ['bots', 'scripted', 'actions'].flatMap((s) => probeSpecsFor(scenario, s, actor));
    default:
      return [item];
  }
}

/**
 * The populations of a run: the baseline first, then, for each probed role,
 * the role playing each probe while the others keep their baseline seats, then
 * `everyone:<spec>` populations (every seat the same policy).
 */
export function buildCells(
  scenario: CompiledScenario,
  baseline: readonly string[],
  probes: readonly string[],
  roles: readonly number[],
  fallback: string,
): Parsed<CellDef[]> {
  const cells: CellDef[] = [
    {
      id: 'baseline',
      label: baselineLabel(scenario, baseline),
      kind: 'baseline',
      role: null,
      probe: null,
      seats: [...baseline],
    },
  ];
  const seen = new Set(['baseline']);
  const add = (cell: CellDef) => {
    if (!seen.has(cell.id)) {
      seen.add(cell.id);
      cells.push(cell);
    }
  };
  const everyone: string[] = [];
  for (const item of probes) {
    const problem = probeProblem(scenario, item, fallback);
    if (problem) return { ok: false, message: `--probes: ${problem}` };
    if (item === 'everyone') {
      everyone.push(...POLICIES.keys());
      continue;
    }
    if (item.startsWith('everyone:')) {
      everyone.push(item.slice('everyone:'.length));
      continue;
    }
    for (const actor of roles) {
      const a = at(scenario.actors, actor, 'actor');
      for (const spec of probeSpecsFor(scenario, item, a.index)) {
        if (spec === baseline[actor]) continue;
        add({
          id: `${a.id}:${spec}`,
          label: `${a.name} plays ${spec}`,
          kind: 'role',
          role: actor,
          probe: spec,
          seats: baseline.map((s, i) => (i === actor ? spec : s)),
        });
      }
    }
  }
  for (const spec of everyone) {
    const seats = scenario.actors.map(() => spec);
    if (seats.every((s, i) => s === baseline[i])) continue;
    add({ id: `everyone:${spec}`, label: `everyone plays ${spec}`, kind: 'everyone', role: null, probe: spec, seats });
  }
  return { ok: true, value: cells };
}

function baselineLabel(scenario: CompiledScenario, seats: readonly string[]): string {
  const distinct = [...new Set(seats)];
  if (distinct.length === 1) return `everyone plays ${distinct[0]}`;
  return seats.map((s, i) => `${at(scenario.actors, i, 'actor').id}=${s}`).join(', ');
}
