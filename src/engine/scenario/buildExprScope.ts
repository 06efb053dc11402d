/**
 * The names an expression may read, bound to slots of the compiled scenario:
 * world.*, support.*, trust.*.*, lever.*, settled.*, red_line.*.*.*, param.*, week, weeks_left.
 * Reservation values get a narrower scope: what an actor expects from no deal
 * depends on the world, never on what has been signed or declared.
 */
import type { Binding, ExprScope } from '../expr';

export interface ScopeInput {
  readonly valueIndex: ReadonlyMap<string, number>;
  readonly levers: readonly {
    readonly id: string;
    readonly options: readonly string[];
    readonly statusQuo: string;
    /** The actors who sign it (ids): the only ones who may declare one of its options a red line. */
    readonly signatories: readonly string[];
  }[];
  readonly actors: readonly { readonly id: string }[];
  readonly params: ReadonlyMap<string, number>;
}

export function buildExprScope(input: ScopeInput, context: 'general' | 'reservation'): ExprScope {
  const bindings = new Map<string, Binding>();
  for (const [key, index] of input.valueIndex) bindings.set(key, { kind: 'value', index });
  input.levers.forEach((lever, index) => {
    bindings.set(`lever.${lever.id}`, { kind: 'lever', lever: index, options: lever.options });
    bindings.set(`settled.${lever.id}`, { kind: 'settled', lever: index });
    // Only a red line the rules allow (docs/model.md §3.1): a signatory's, on an option other than the status quo, of
    // a lever with a change left beside it (so of three options or more). A name that could never be true is then an
    // unknown name, with a suggestion, not a condition that never holds.
    input.actors.forEach((actor, a) => {
      if (!lever.signatories.includes(actor.id) || lever.options.length < 3) return;
      lever.options.forEach((option, o) => {
        if (option !== lever.statusQuo)
          bindings.set(`red_line.${actor.id}.${lever.id}.${option}`, {
            kind: 'red_line',
            actor: a,
            lever: index,
            option: o,
          });
      });
    });
  });
  for (const [name, value] of input.params) bindings.set(`param.${name}`, { kind: 'const', value });
  bindings.set('week', { kind: 'week' });
  bindings.set('weeks_left', { kind: 'weeks_left' });

  // What the talks have done so far: signatures and declared red lines, which no deal's fallback depends on.
  const isDealName = (name: string) =>
    name.startsWith('lever.') || name.startsWith('settled.') || name.startsWith('red_line.');
  return {
    lookup: (name) => bindings.get(name),
    forbidden: (name) =>
      context === 'reservation' && isDealName(name)
        ? 'A reservation value is what an actor expects from no deal, so it may read the world (world.*, support.*, trust.*, param.*, week, weeks_left) but not the levers or the red lines declared.'
        : undefined,
    names: () => [...bindings.keys()].filter((n) => context === 'general' || !isDealName(n)),
  };
}
