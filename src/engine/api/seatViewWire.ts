/**
 * A seat's view as plain data, for a seat played on another device
 * (docs/classroom.md): what JSON or a network message carries. A view holds
 * compiled expressions (conditions, effects, the seat's reservation value),
 * which are functions, two maps and the function that finds a trust value;
 * on the wire an expression is its source and a map its entries, and
 * viewFromWire compiles the expressions again in the scope of the view's own
 * public scenario, and finds trust values as the compiled scenario does. So the device rebuilds the
 * view it was sent — the public scenario and its own seat's profile — and
 * never needs the scenario file, which holds every actor's hidden profile.
 */
import { compileExpression, type Compiled } from '../expr';
import { buildExprScope } from '../scenario/buildExprScope';
import type { SeatView } from '../game/viewFor';

/** A seat's view on the wire: plain data only (viewToWire). */
export interface WireView {
  readonly wire: 'seat-view';
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

export function viewToWire(view: SeatView): WireView {
  const plain: unknown = JSON.parse(
    JSON.stringify(view, (_key, value: unknown) =>
      value instanceof Map ? ({ $map: [...(value as Map<unknown, unknown>)] } satisfies WireMap) : value,
    ),
  );
  return { wire: 'seat-view', view: plain };
}

/** The last scope's compiled expressions, by kind and source: a class's updates share one scenario. */
let compiled: { readonly signature: string; readonly fns: Map<string, Compiled> } | null = null;

/** The view `viewToWire` was given, its expressions compiled again; throws on what no view of ours could be. */
export function viewFromWire(wire: WireView): SeatView {
  const view = revive(wire.view) as {
    scenario: {
      params: ReadonlyMap<string, number>;
      valueIndex: ReadonlyMap<string, number>;
      levers: readonly { id: string; options: readonly { id: string }[] }[];
      actors: readonly { id: string }[];
      values: readonly { key: string }[];
      trustIndex?: (a: number, b: number) => number;
    };
  };
  const { params, valueIndex, levers, actors } = view.scenario;
  // Trust values follow one another, actor by actor (docs/model.md §2), as the compiled scenario lays them out.
  const trust = actors[0] ? `trust.${actors[0].id}.${actors[0].id}` : '';
  const first = view.scenario.values.findIndex((v) => v.key === trust);
  if (first < 0) throw new Error('A view on the wire has no trust values.');
  view.scenario.trustIndex = (a, b) => first + a * actors.length + b;
  const input = { valueIndex, params, levers: levers.map((l) => ({ id: l.id, options: l.options.map((o) => o.id) })) };
  const scopes = { general: buildExprScope(input, 'general'), reservation: buildExprScope(input, 'reservation') };
  const signature = JSON.stringify([[...valueIndex], [...params], input.levers]);
  if (compiled?.signature !== signature) compiled = { signature, fns: new Map() };
  const fns = compiled.fns;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const kind = EXPRESSIONS[key];
      const source = (child as { source?: unknown } | null)?.source;
      if (kind && typeof source === 'string') {
        const id = `${kind.scope}:${kind.expected}:${source}`;
        let fn = fns.get(id);
        if (!fn) {
          const result = compileExpression(source, scopes[kind.scope], kind.expected);
          if (!result.ok) throw new Error(`A view's expression does not compile: ${result.error.message}.`);
          fn = result.fn;
          fns.set(id, fn);
        }
        (child as { fn: Compiled }).fn = fn;
      } else visit(child);
    }
  };
  visit(view);
  return view as unknown as SeatView;
}

/** Plain data with its maps made maps again. */
function revive(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(revive);
  if (node === null || typeof node !== 'object') return node;
  const entries = (node as Partial<WireMap>).$map;
  if (Array.isArray(entries)) return new Map(entries.map(([k, v]) => [k, revive(v)]));
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, revive(v)]));
}
