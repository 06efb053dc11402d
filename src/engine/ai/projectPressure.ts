/**
 * Before applying pressure, the negotiator looks ahead with the scenario's
 * public rules: it applies the pressure's effects and its own cost to the
 * world, then runs the weekly dynamics toward the deadline (no one else
 * acting), and compares with the same projection without the pressure. It
 * learns what the pressure costs it now, and whether it would bring a
 * terminal ending (escalation, collapse…) sooner than doing nothing would.
 * The look-ahead is the costly part, so it runs only when asked, and stops
 * once it could no longer be sooner than the projection without pressure.
 */
import type { ExprEnv } from '../expr';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import type { CompiledEffects, CompiledExpr, CompiledRule } from '../scenario/CompiledScenario';
import { makeExprEnv } from '../model/makeExprEnv';
import { utilityOf } from '../model/utilityOf';
import { viewEnvOf } from '../policies/ownValue';
import { at, missing } from '../util/at';

export interface PressureProjection {
  /** Change in the seat's own utility right after the pressure. */
  readonly ownChange: number;
  /** The terminal ending the pressure would bring sooner, and in how many weeks; null if none. */
  hastens(): { readonly ending: number; readonly weeks: number } | null;
}

/** Projections for the seat's pressures this week; the no-pressure baseline is computed at most once, when first asked. */
export function pressureProjector(scenario: PublicScenario, view: SeatView): (pressure: number) => PressureProjection {
  const world = viewEnvOf(scenario, view);
  const envAt = (values: readonly number[], week: number): ExprEnv =>
    makeExprEnv(scenario, values, world.levers, world.settled, world.redLines, week);
  const before = utilityOf(view.profile, world.levers, view.values);
  let baseline: ReturnType<typeof firstTerminal> | undefined;
  return (pressure) => {
    const def = at(scenario.pressures, pressure);
    // No copies of the seat's values: nothing here writes to the arrays it is given.
    const pressed = applyEffects(scenario, [def.userCost, def.effects], view.values, world);
    const after = utilityOf(view.profile, world.levers, pressed);
    const hastens = () => {
      if (baseline === undefined) baseline = baselineOf(scenario, view, world, envAt);
      // Only an ending sooner than the baseline's counts, so the projection need not look further.
      return firstTerminal(scenario, pressed, view.week, envAt, baseline ? baseline.weeks : Number.POSITIVE_INFINITY);
    };
    return { ownChange: after - before, hastens };
  };
}

/**
 * The projection without pressure reads only the public world, which every seat of a week shares, and knows by its
 * environment (viewEnvOf): kept for the world it was made for, so that the seats who look ahead in one week make it
 * once. One world is kept, the last: the seats of a week decide one after another, and a WeakMap's entry a week (an
 * ephemeron the garbage collector must trace) cost 3–4% of a lab game (docs/balance.md, "Speed and memory").
 */
let kept: { world: ExprEnv; projection: Terminal | null } | null = null;

function baselineOf(
  scenario: PublicScenario,
  view: SeatView,
  world: ExprEnv,
  envAt: (v: readonly number[], w: number) => ExprEnv,
): Terminal | null {
  if (kept && kept.world === world) return kept.projection;
  const projection = firstTerminal(scenario, view.values, view.week, envAt, Number.POSITIVE_INFINITY);
  kept = { world, projection };
  return projection;
}

interface Terminal {
  readonly ending: number;
  readonly weeks: number;
}

/** The first terminal ending the dynamics reach from `values`, fewer than `within` weeks ahead; null if none. */
function firstTerminal(
  scenario: PublicScenario,
  values: readonly number[],
  week: number,
  envAt: (v: readonly number[], w: number) => ExprEnv,
  within: number,
): Terminal | null {
  const rules = rulesOf(scenario);
  for (let w = week; w <= scenario.turns.count && w - week < within; w++) {
    // applyEffects never changes the values it is given, so one environment serves the whole week.
    const env = envAt(values, w);
    // Index loops with plain reads rather than for-of, or find() and filter() with closures: a projection runs
    // every week it looks ahead.
    for (let i = 0; i < scenario.endings.length; i++) {
      const e = scenario.endings[i];
      if (e === undefined) missing('ending', i);
      if (e.kind === 'terminal' && e.when && e.when.fn(env) !== 0) return { ending: e.index, weeks: w - week };
    }
    const active: CompiledEffects[] = [];
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (r === undefined) missing('rule', i);
      if (!r.when || r.when.fn(env) !== 0) active.push(r.effects);
    }
    values = applyEffects(scenario, active, values, env);
  }
  return null;
}

/**
 * The dynamics as a projection runs them: only their adds and sets to the values a terminal ending reads, or that a
 * rule kept reads (its condition or effects), and so on. The values left out cannot change which ending comes first,
 * nor when, so the projection need not compute them: ukraine-2025 keeps 3 adds of its 15 (−0.7% instructions a lab
 * game). Made once per scenario.
 */
const rulesMade = new WeakMap<PublicScenario, readonly Pick<CompiledRule, 'when' | 'effects'>[]>();

function rulesOf(scenario: PublicScenario): readonly Pick<CompiledRule, 'when' | 'effects'>[] {
  let rules = rulesMade.get(scenario);
  if (rules) return rules;
  const needed = new Set<number>();
  const read = (expr: CompiledExpr | undefined) => {
    for (const name of expr?.names ?? []) {
      const index = scenario.valueIndex.get(name);
      if (index !== undefined) needed.add(index);
    }
  };
  for (const e of scenario.endings) if (e.kind === 'terminal') read(e.when);
  for (let size = -1; size !== needed.size;) {
    size = needed.size;
    for (const r of scenario.dynamics)
      for (const { target, expr } of [...r.effects.add, ...r.effects.set])
        if (needed.has(target)) {
          read(r.when);
          read(expr);
        }
  }
  const kept = ({ target }: { target: number }) => needed.has(target);
  rules = scenario.dynamics
    .map((r) => ({
      when: r.when,
      effects: { ...r.effects, add: r.effects.add.filter(kept), set: r.effects.set.filter(kept) },
    }))
    .filter((r) => r.effects.add.length > 0 || r.effects.set.length > 0);
  rulesMade.set(scenario, rules);
  return rules;
}

/** Adds summed then clamped once, as the rules do; of several sets the first wins (a projection needs no draw). */
function applyEffects(
  scenario: PublicScenario,
  list: readonly CompiledEffects[],
  values: readonly number[],
  env: ExprEnv,
): number[] {
  const next = values.slice();
  // Only the values the effects write, in the order first written, each with the sum of its adds (from 0, as the
  // rules sum them) and whether a set wrote it: a projection writes a few values a week, and lists of every value,
  // filled every week it looks ahead, cost more than its effects (−0.6% instructions a lab game).
  const targets: number[] = [];
  const sums: number[] = [];
  const isSet: boolean[] = [];
  // Index loops and plain reads, not for-of (an iterator's try block makes each compile dearer) nor at(), as below.
  for (let i = 0; i < list.length; i++) {
    const effects = list[i];
    if (effects === undefined) missing('effects', i);
    const { set, add } = effects;
    for (let x = 0; x < set.length; x++) {
      const effect = set[x];
      if (effect === undefined) missing('set', x);
      const k = written(targets, sums, isSet, effect.target);
      if (!isSet[k]) next[effect.target] = effect.expr.fn(env);
      isSet[k] = true;
    }
    for (let x = 0; x < add.length; x++) {
      const effect = add[x];
      if (effect === undefined) missing('add', x);
      const k = written(targets, sums, isSet, effect.target);
      sums[k] = (sums[k] ?? 0) + effect.expr.fn(env);
    }
  }
  for (let k = 0; k < targets.length; k++) {
    // Plain reads checked out of line (at() here went megamorphic): a projection runs this every week it looks ahead.
    const target = targets[k];
    const sum = sums[k];
    if (target === undefined || sum === undefined) missing('written value', k);
    const def = scenario.values[target];
    const now = next[target];
    if (def === undefined || now === undefined) missing('value', target);
    next[target] = Math.min(def.max, Math.max(def.min, now + sum));
  }
  return next;
}

/** The place of a value among those written, added with a sum of 0 when first written. */
function written(targets: number[], sums: number[], isSet: boolean[], target: number): number {
  const k = targets.indexOf(target);
  if (k >= 0) return k;
  targets.push(target);
  sums.push(0);
  isSet.push(false);
  return targets.length - 1;
}
