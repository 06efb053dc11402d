/**
 * state.json: everything `merge` needs — the plan, the scenario's text, the
 * units covered and the raw mergeable statistics. Shards of one run have the
 * same plan and disjoint ranges; merging them is adding their statistics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRunStats, runStatsFromJson } from './pool';
import {
  runStatsToJson,
  canonicalJson,
  type RunStats,
  type RunStatsJson,
  type BalancePlan,
} from '../../engine/authoring';

export const STATE_FILE = 'state.json';

export interface BalanceState {
  readonly format: 'parley-balance-state';
  /** 2 since each population's statistics hold the zone of agreement's (a state of version 1 has none). */
  readonly version: 2;
  readonly plan: BalancePlan;
  readonly defaultPolicy: string;
  readonly minEffect: number;
  readonly scenario: { readonly file: string; readonly text: string };
  /** Units covered, as sorted, disjoint [from, to) ranges. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly stats: RunStatsJson;
}

export function makeState(
  plan: BalancePlan,
  defaultPolicy: string,
  minEffect: number,
  file: string,
  text: string,
  ranges: readonly (readonly [number, number])[],
  stats: RunStats,
): BalanceState {
  return {
    format: 'parley-balance-state',
    version: 2,
    plan,
    defaultPolicy,
    minEffect,
    scenario: { file, text },
    ranges,
    stats: runStatsToJson(stats),
  };
}

export function readState(dir: string): BalanceState {
  const path = join(dir, STATE_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: cannot read a balance state (${error instanceof Error ? error.message : String(error)}); is ${dir} the --out of a balance run?`,
    );
  }
  const state = json as BalanceState;
  if (state?.format !== 'parley-balance-state' || state.version !== 2)
    throw new Error(`${path}: not a balance state of version 2 (a run of this version of Parley)`);
  return state;
}

/** Merges states of one run (same plan, scenario and options; disjoint ranges), in order of their first unit. */
export function mergeStates(states: readonly { dir: string; state: BalanceState }[]): {
  state: BalanceState;
  order: readonly string[];
} {
  const sorted = [...states].sort((a, b) => (a.state.ranges[0]?.[0] ?? 0) - (b.state.ranges[0]?.[0] ?? 0));
  const [first, ...rest] = sorted;
  if (!first) throw new Error('merge needs at least one directory');
  const key = (s: BalanceState) =>
    canonicalJson({ plan: s.plan, defaultPolicy: s.defaultPolicy, minEffect: s.minEffect, text: s.scenario.text });
  for (const { dir, state } of rest) {
    if (key(state) !== key(first.state))
      throw new Error(
        `${dir} is not a shard of the same run as ${first.dir} (scenario, seed, games, seats, probes, sweep, zone of agreement or options differ)`,
      );
  }
  const ranges = sorted.flatMap((s) => s.state.ranges).sort((a, b) => a[0] - b[0]);
  ranges.reduce<readonly [number, number] | null>((before, range) => {
    if (before && range[0] < before[1])
      throw new Error(
        `shards overlap: units ${before[0]}–${before[1] - 1} and ${range[0]}–${range[1] - 1} (was one shard given twice?)`,
      );
    return range;
  }, null);
  const stats: RunStats = [];
  for (const { state } of sorted) mergeRunStats(stats, runStatsFromJson(state.stats));
  const joined: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = joined[joined.length - 1];
    if (last && last[1] === a) last[1] = b;
    else joined.push([a, b]);
  }
  return {
    state: makeState(
      first.state.plan,
      first.state.defaultPolicy,
      first.state.minEffect,
      first.state.scenario.file,
      first.state.scenario.text,
      joined,
      stats,
    ),
    order: sorted.map((s) => s.dir),
  };
}
