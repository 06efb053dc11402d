/**
 * The names an expression may read, bound to slots of the compiled scenario:
 * world.*, support.*, trust.*.*, lever.*, settled.*, param.*, week, weeks_left.
 * Reservation values get a narrower scope: what an actor expects from no deal
 * depends on the world, never on what has been signed.
 */
import type { Binding, ExprScope } from '../expr';

export interface ScopeInput {
  readonly valueIndex: ReadonlyMap<string, number>;
  readonly levers: readonly { readonly id: string; readonly options: readonly string[] }[];
  readonly params: ReadonlyMap<string, number>;
}

export function buildExprScope(input: ScopeInput, context: 'general' | 'reservation'): ExprScope {
  const bindings = new Map<string, Binding>();
  for (const [key, index] of input.valueIndex) bindings.set(key, { kind: 'value', index });
  input.levers.forEach((lever, index) => {
    bindings.set(`lever.${lever.id}`, { kind: 'lever', lever: index, options: lever.options });
    bindings.set(`settled.${lever.id}`, { kind: 'settled', lever: index });
  });
  for (const [name, value] of input.params) bindings.set(`param.${name}`, { kind: 'const', value });
  bindings.set('week', { kind: 'week' });
  bindings.set('weeks_left', { kind: 'weeks_left' });

  const isDealName = (name: string) => name.startsWith('lever.') || name.startsWith('settled.');
  return {
    lookup: (name) => bindings.get(name),
    forbidden: (name) =>
      context === 'reservation' && isDealName(name)
        ? 'A reservation value is what an actor expects from no deal, so it may read the world (world.*, support.*, trust.*, param.*, week) but not the levers.'
        : undefined,
    names: () => [...bindings.keys()].filter((n) => context === 'general' || !isDealName(n)),
  };
}
