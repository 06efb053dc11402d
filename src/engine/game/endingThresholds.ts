/**
 * The dangers a screen can draw (docs/model.md §3.4): for each terminal
 * ending, the world values whose crossing of a fixed number ends the game,
 * read from the ending's condition; and which of them are near now. This
 * is a reading of the scenario for the table, not a rule: the end check
 * (resolveEnd) stays the only judge of when a game ends.
 */
import type { Ast } from '../expr/Ast';
import { parse } from '../expr/parse';
import { tokenize } from '../expr/tokenize';
import type { CompiledEffects } from '../scenario/CompiledScenario';
import type { PublicScenario } from './PublicScenario';

export type ThresholdOp = '>=' | '>' | '<=' | '<';

export interface EndingThreshold {
  /** The terminal ending's index in `scenario.endings`. */
  readonly ending: number;
  readonly title: string;
  /** The value's slot in `scenario.values`. */
  readonly value: number;
  /** The value ends the game when `value op at` holds. */
  readonly op: ThresholdOp;
  readonly at: number;
  /** True when crossing it ends the game by itself; false when other conditions must hold too (an `and`). */
  readonly alone: boolean;
  /** How close counts as near: the largest one-step push the scenario's pressures and events give this value, at least a tenth of its range. */
  readonly margin: number;
}

export interface EndingDanger extends EndingThreshold {
  /** How far the value is from the threshold now (0 or less: crossed). */
  readonly distance: number;
}

const FLIP: Readonly<Record<ThresholdOp, ThresholdOp>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };
const cache = new WeakMap<PublicScenario, readonly EndingThreshold[]>();

/** Every threshold of every terminal ending, in ending order then source order. */
export function endingThresholds(scenario: PublicScenario): readonly EndingThreshold[] {
  let found = cache.get(scenario);
  if (!found) {
    found = scenario.endings.flatMap((ending) =>
      ending.kind === 'terminal' && ending.when
        ? comparisons(parse(tokenize(ending.when.source), ending.when.source), true, scenario).map((c) => ({
            ending: ending.index,
            title: ending.title,
            ...c,
            margin: marginOf(scenario, c.value),
          }))
        : [],
    );
    cache.set(scenario, found);
  }
  return found;
}

/** The thresholds that stand alone and are within their margin of the values now, nearest first. */
export function endingDangers(scenario: PublicScenario, values: readonly number[]): readonly EndingDanger[] {
  return endingThresholds(scenario)
    .filter((t) => t.alone)
    .map((t) => ({ ...t, distance: distanceTo(t, values[t.value] ?? 0) }))
    .filter((t) => t.distance <= t.margin)
    .sort((a, b) => a.distance - b.distance || a.ending - b.ending);
}

function distanceTo(t: EndingThreshold, value: number): number {
  return t.op === '>=' || t.op === '>' ? t.at - value : value - t.at;
}

type Comparison = Pick<EndingThreshold, 'value' | 'op' | 'at' | 'alone'>;

function comparisons(ast: Ast, alone: boolean, scenario: PublicScenario): Comparison[] {
  if (ast.kind !== 'binary') return [];
  if (ast.op === 'or') return [...comparisons(ast.left, alone, scenario), ...comparisons(ast.right, alone, scenario)];
  if (ast.op === 'and') return [...comparisons(ast.left, false, scenario), ...comparisons(ast.right, false, scenario)];
  if (!(ast.op in FLIP)) return [];
  const op = ast.op as ThresholdOp;
  const slot = (a: Ast) => (a.kind === 'name' ? scenario.valueIndex.get(a.name) : undefined);
  const left = slot(ast.left);
  const right = slot(ast.right);
  if (left !== undefined) {
    const at = constantOf(ast.right, scenario);
    return at === undefined ? [] : [{ value: left, op, at, alone }];
  }
  if (right !== undefined) {
    const at = constantOf(ast.left, scenario);
    return at === undefined ? [] : [{ value: right, op: FLIP[op], at, alone }];
  }
  return [];
}

/** A number known before play: a literal, a parameter, or minus one. */
export function constantOf(ast: Ast, scenario: PublicScenario): number | undefined {
  if (ast.kind === 'number') return ast.value;
  if (ast.kind === 'name' && ast.name.startsWith('param.')) return scenario.params.get(ast.name.slice(6));
  if (ast.kind === 'unary' && ast.op === '-') {
    const inner = constantOf(ast.operand, scenario);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

function marginOf(scenario: PublicScenario, value: number): number {
  const def = scenario.values[value];
  const range = def ? def.max - def.min : 0;
  const pushes = [...scenario.pressures.map((p) => p.effects), ...scenario.events.map((e) => e.effects)].map((e) =>
    largestAdd(e, value, scenario),
  );
  return Math.max(range / 10, ...pushes);
}

function largestAdd(effects: CompiledEffects, value: number, scenario: PublicScenario): number {
  let sum = 0;
  for (const add of effects.add) {
    if (add.target !== value) continue;
    const source = add.expr.source.trim();
    const at = constantOf(parse(tokenize(source), source), scenario);
    if (at !== undefined) sum += Math.abs(at);
  }
  return sum;
}
