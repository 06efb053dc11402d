/**
 * A seat's view as plain data, for a seat played on another device
 * (docs/classroom.md): what JSON or a network message carries. A view holds
 * compiled expressions (conditions, effects, the seat's reservation value),
 * which are functions, two maps and the function that finds a trust value;
 * on the wire an expression is its source and a map its entries, and
 * viewFromWire compiles the expressions again in the scope of the view's own
 * public scenario, and finds trust values as the compiled scenario does. So
 * the device rebuilds the view it was sent — the public scenario and its own
 * seat's profile — and never needs the scenario file, which holds every
 * actor's hidden profile.
 *
 * The public scenario is the bulk of a view and never changes in a game: it
 * travels once (with a connection's first view), and later views are rebuilt
 * on the one the device already has.
 */
import { compileExpression, type Compiled, type ExprScope } from '../expr';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { buildExprScope } from '../scenario/buildExprScope';

/** A seat's view on the wire: plain data only (viewToWire). */
export interface WireView {
  readonly wire: 'seat-view';
  /** The public scenario, or null when the device has it already. */
  readonly scenario: unknown;
  /** The rest of the view. */
  readonly view: unknown;
}

/** A map, on the wire. */
interface WireMap {
  readonly $map: readonly (readonly [unknown, unknown])[];
}

/** Where a compiled expression sits in a view (docs/model.md §2), and what it must give. */
const EXPRESSIONS: Readonly<Record<string, { expected: 'number' | 'boolean'; scope: 'general' | 'reservation' }>> = {
  when: { expected: 'boolean', scope: 'general' },
  expr: { expected: 'number', scope: 'general' },
  reservation: { expected: 'number', scope: 'reservation' },
};

/** Each public scenario's wire form, made once. */
const wired = new WeakMap<PublicScenario, unknown>();

/** `view` as plain data; without its public scenario when the device has it (`withScenario` false). */
export function viewToWire(view: SeatView, withScenario = true): WireView {
  const { scenario, ...rest } = view;
  let plainScenario = wired.get(scenario);
  if (withScenario && plainScenario === undefined) wired.set(scenario, (plainScenario = plain(scenario)));
  return { wire: 'seat-view', scenario: withScenario ? plainScenario : null, view: plain(rest) };
}

/** A public scenario rebuilt from the wire, with what its views' expressions are compiled in. */
interface Rebuilt {
  readonly scenario: PublicScenario;
  readonly scopes: Readonly<Record<'general' | 'reservation', ExprScope>>;
  /** Compiled expressions by kind and source. */
  readonly fns: Map<string, Compiled>;
}
const rebuilt = new WeakMap<PublicScenario, Rebuilt>();

/**
 * The view `viewToWire` was given, its expressions compiled again. `known`: the public scenario of an earlier view
 * of the same game, for a wire sent without it. Throws on what no view of ours could be.
 */
export function viewFromWire(wire: WireView, known?: PublicScenario): SeatView {
  const base = wire.scenario === null ? known && rebuilt.get(known) : rebuildScenario(wire.scenario);
  if (!base) throw new Error('A view on the wire came without its scenario.');
  const rest = revive(wire.view) as object;
  compileIn(rest, base);
  return { ...rest, scenario: base.scenario } as SeatView;
}

function rebuildScenario(data: unknown): Rebuilt {
  const scenario = revive(data) as {
    params: ReadonlyMap<string, number>;
    valueIndex: ReadonlyMap<string, number>;
    levers: readonly {
      id: string;
      options: readonly { id: string }[];
      statusQuo: number;
      signatories: readonly number[];
    }[];
    actors: readonly { id: string }[];
    values: readonly { key: string }[];
    trustIndex?: (a: number, b: number) => number;
  };
  const { params, valueIndex, levers, actors } = scenario;
  // Trust values follow one another, actor by actor (docs/model.md §2), as the compiled scenario lays them out.
  const trust = actors[0] ? `trust.${actors[0].id}.${actors[0].id}` : '';
  const first = scenario.values.findIndex((v) => v.key === trust);
  if (first < 0) throw new Error('A view on the wire has no trust values.');
  scenario.trustIndex = (a, b) => first + a * actors.length + b;
  const input = {
    valueIndex,
    params,
    levers: levers.map((l) => ({
      id: l.id,
      options: l.options.map((o) => o.id),
      statusQuo: l.options[l.statusQuo]?.id ?? '',
      signatories: l.signatories.map((a) => actors[a]?.id ?? ''),
    })),
    actors,
  };
  const made: Rebuilt = {
    scenario: scenario as unknown as PublicScenario,
    scopes: { general: buildExprScope(input, 'general'), reservation: buildExprScope(input, 'reservation') },
    fns: new Map(),
  };
  compileIn(scenario, made);
  rebuilt.set(made.scenario, made);
  return made;
}

/** Compiles, in place, every expression `node` holds, in the scope of `base`. */
function compileIn(node: unknown, base: Rebuilt): void {
  if (Array.isArray(node)) return node.forEach((child) => compileIn(child, base));
  if (node === null || typeof node !== 'object' || node instanceof Map) return;
  for (const [key, child] of Object.entries(node)) {
    const kind = EXPRESSIONS[key];
    const source = (child as { source?: unknown } | null)?.source;
    if (!kind || typeof source !== 'string') {
      compileIn(child, base);
      continue;
    }
    const id = `${kind.scope}:${kind.expected}:${source}`;
    let fn = base.fns.get(id);
    if (!fn) {
      const result = compileExpression(source, base.scopes[kind.scope], kind.expected);
      if (!result.ok) throw new Error(`A view's expression does not compile: ${result.error.message}.`);
      fn = result.fn;
      base.fns.set(id, fn);
    }
    (child as { fn: Compiled }).fn = fn;
  }
}

/** Plain data: functions left out, maps as their entries. */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain);
  if (node instanceof Map) return { $map: [...(node as Map<unknown, unknown>)].map(([k, v]) => [k, plain(v)]) };
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (typeof value !== 'function') out[key] = plain(value);
  return out;
}

/** Plain data with its maps made maps again. */
function revive(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(revive);
  if (node === null || typeof node !== 'object') return node;
  const entries = (node as Partial<WireMap>).$map;
  if (Array.isArray(entries)) return new Map(entries.map(([k, v]) => [k, revive(v)]));
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, revive(v)]));
}
